using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Payments;

/// <summary>The rules of the money side shared by the use cases: the schedule, when a tranche may be paid, when a grant is done.</summary>
public static class Disbursement
{
    /// <summary>
    /// The tranches a contracted application is due. Fixed and ceiling grants: one per step of the programme, a share
    /// of the approved amount, the last taking the rounding remainder so that they add up to the centime. Monthly
    /// grants: one a month, with a zero-amount retention check after each check month that is not the last.
    /// </summary>
    public static List<Tranche> Schedule(Programme programme, SupportApplication application, ICurrentStaff staff, DateTimeOffset now)
    {
        var tranches = new List<Tranche>();
        void Add(TrancheCondition condition, int? month, DateOnly dueOn, long amount)
        {
            var signed = condition == TrancheCondition.ContractSigned;
            tranches.Add(new Tranche
            {
                ApplicationId = application.Id,
                ProgrammeId = programme.Id,
                OrganisationId = application.OrganisationId,
                Number = tranches.Count + 1,
                Condition = condition,
                Month = month,
                DueOn = dueOn,
                AmountCentimes = amount,
                // The agreement is signed now: its tranche falls due at once.
                Status = signed ? TrancheStatus.Due : TrancheStatus.Planned,
                ConditionMetAt = signed ? now : null,
                ConditionMetBy = signed ? staff.UserId : null,
            });
        }

        switch (programme.AmountPolicy)
        {
            case AmountPolicy.Fixed:
            case AmountPolicy.Ceiling:
                var approved = application.ApprovedCentimes ?? application.RequestedCentimes;
                var steps = programme.Tranches.OrderBy(s => s.Number).ToList();
                long allocated = 0;
                for (var i = 0; i < steps.Count; i++)
                {
                    var amount = i == steps.Count - 1 ? approved - allocated : approved * steps[i].Percent / 100;
                    allocated += amount;
                    Add(steps[i].Condition, steps[i].Month, application.StartsOn.AddMonths(steps[i].Month ?? 0), amount);
                }

                break;
            case AmountPolicy.Monthly:
                var months = application.Months ?? programme.MaxMonths ?? 1;
                var checks = programme.RetentionCheckMonths.Where(m => m > 0 && m < months).ToHashSet();
                for (var month = 1; month <= months; month++)
                {
                    Add(programme.MonthlyCondition ?? TrancheCondition.AttendanceConfirmed, month, application.StartsOn.AddMonths(month - 1),
                        application.RequestedCentimes);
                    if (checks.Contains(month))
                    {
                        Add(TrancheCondition.RetentionConfirmed, month, application.StartsOn.AddMonths(month), 0);
                    }
                }

                break;
        }

        return tranches;
    }

    /// <summary>A retention check: a zero-amount tranche that pays nothing and holds back the months after it.</summary>
    public static bool IsCheck(Tranche tranche) => tranche.AmountCentimes == 0 && tranche.Condition == TrancheCondition.RetentionConfirmed;

    /// <summary>Null when the tranche may be ordered now, or the text key saying why not.</summary>
    public static async Task<string?> WhyNotPayableAsync(AmudduDbContext db, Tranche tranche, SupportApplication application, CancellationToken cancellationToken)
    {
        if (application.Status is not (ApplicationStatus.Contracted or ApplicationStatus.InPayment))
        {
            return "Payments.NotPayable.Application";
        }

        if (application.SuspendedAt is not null)
        {
            return "Payments.NotPayable.Suspended";
        }

        switch (tranche.Status)
        {
            case TrancheStatus.Due:
                break;
            case TrancheStatus.Planned:
                return "Payments.NotPayable.ConditionNotMet";
            case TrancheStatus.Ordered:
                return "Payments.NotPayable.Ordered";
            case TrancheStatus.Paid:
                return "Payments.NotPayable.Paid";
            case TrancheStatus.Cancelled:
                return "Payments.NotPayable.Cancelled";
        }

        if (IsCheck(tranche))
        {
            return "Payments.NotPayable.Check";
        }

        if (tranche.Month is { } month
            && await db.Tranches.AnyAsync(t => t.ApplicationId == application.Id && t.AmountCentimes == 0
                && t.Condition == TrancheCondition.RetentionConfirmed && t.Month < month && t.Status == TrancheStatus.Planned, cancellationToken))
        {
            return "Payments.NotPayable.RetentionCheck";
        }

        return null;
    }

    /// <summary>
    /// Completes the application once every tranche that pays something is paid (or cancelled), and releases
    /// what was committed and not paid. Call inside the caller's transaction: the release is an UPDATE of its own.
    /// </summary>
    public static async Task<bool> CompleteIfPaidAsync(AmudduDbContext db, SupportApplication application, ICurrentStaff staff, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var tranches = await db.Tranches.Where(t => t.ApplicationId == application.Id).ToListAsync(cancellationToken);
        var paying = tranches.Where(t => !IsCheck(t)).ToList();
        if (paying.Count == 0 || paying.Any(t => t.Status is not (TrancheStatus.Paid or TrancheStatus.Cancelled))
            || !ApplicationMoves.TryMove(db, application, ApplicationStatus.Completed, staff, now))
        {
            return false;
        }

        application.ClosedAt = now;
        var unpaid = (application.ApprovedCentimes ?? 0) - paying.Where(t => t.Status == TrancheStatus.Paid).Sum(t => t.AmountCentimes);
        await db.SaveChangesAsync(cancellationToken);
        if (unpaid > 0)
        {
            await BudgetLedger.ReleaseAsync(db, application.ProgrammeId, application.RegionCode, unpaid, cancellationToken);
        }

        return true;
    }

    public static async Task<List<TrancheResponse>> TranchesOfAsync(AmudduDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var tranches = await db.Tranches.AsNoTracking().Where(t => t.ApplicationId == applicationId).OrderBy(t => t.Number).ToListAsync(cancellationToken);
        var orders = await db.PaymentOrders.AsNoTracking().Where(o => o.ApplicationId == applicationId).ToListAsync(cancellationToken);
        return tranches.Select(t => TrancheResponse.From(t, orders)).ToList();
    }
}
