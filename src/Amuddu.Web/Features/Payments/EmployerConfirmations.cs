using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

/// <summary>One hire the employer is asked about: employment this month, or a retention check.</summary>
public sealed record HireToConfirm(
    Guid ApplicationId, string Reference, string Purpose, Guid TrancheId, int Number, TrancheCondition Condition, int? Month,
    DateOnly DueOn, long Version);

/// <summary>
/// The employer view of a hiring incentive's conditions: the employer says, month by month and at the retention
/// checks, whether the hire is still employed. Only its own incentive applications exist for it.
/// </summary>
public static class EmployerConfirmations
{
    private static readonly TrancheCondition[] EmployerConditions = [TrancheCondition.EmploymentConfirmed, TrancheCondition.RetentionConfirmed];

    public sealed record Request(bool? StillEmployed, string? Evidence, long Version);

    public static async Task<Ok<List<HireToConfirm>>> List(AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var hires = await (
            from a in ApplicationAccess.OfEmployer(db, staff)
            join p in db.Programmes on a.ProgrammeId equals p.Id
            join t in db.Tranches on a.Id equals t.ApplicationId
            where p.Kind == ProgrammeKind.HiringIncentive
                && (a.Status == ApplicationStatus.Contracted || a.Status == ApplicationStatus.InPayment)
                && t.Status == TrancheStatus.Planned && t.DueOn <= today
                && (t.Condition == TrancheCondition.EmploymentConfirmed || t.Condition == TrancheCondition.RetentionConfirmed)
            select new HireToConfirm(a.Id, a.Reference, a.Purpose, t.Id, t.Number, t.Condition, t.Month, t.DueOn, t.Version))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(hires.OrderBy(h => h.DueOn).ThenBy(h => h.Reference, StringComparer.Ordinal).ThenBy(h => h.Number).ToList());
    }

    public static async Task<Results<Ok<TrancheResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Confirm(
        Guid id, Guid trancheId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.OfEmployer(db, staff).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var tranche = application is null ? null
            : await db.Tranches.SingleOrDefaultAsync(t => t.Id == trancheId && t.ApplicationId == application.Id, cancellationToken);
        if (application is null || tranche is null || !EmployerConditions.Contains(tranche.Condition)
            || !await db.Programmes.AnyAsync(p => p.Id == application.ProgrammeId && p.Kind == ProgrammeKind.HiringIncentive, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).MaxLength("evidence", request.Evidence, ConfirmTranche.EvidenceMax, "Payments.Evidence");
        if (request.StillEmployed is null)
        {
            errors.Add("stillEmployed", text["FieldRequired", text["Payments.StillEmployed"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (ConfirmTranche.WhyNotConfirmable(tranche, application, tranche.Version, request.Version, clock, text) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        db.Entry(tranche).Property(t => t.Version).OriginalValue = request.Version;
        string action;
        if (request.StillEmployed == true)
        {
            TrancheConfirmation.Confirm(tranche, staff, now, request.Evidence);
            db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.TrancheConfirmed,
                note: text[$"Tranche.Condition.{tranche.Condition}"], amountCentimes: tranche.AmountCentimes));
            action = ApplicationAudit.TrancheConfirmed;
        }
        else
        {
            // The tranche stays planned: whether to suspend or cancel is the officer's decision, made on this event.
            var note = text["Payments.HireLeftNote", tranche.Number].Value + (FreeText.Clean(request.Evidence) is { } said ? $" — {said}" : "");
            db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.Note, note: note));
            db.Entry(tranche).State = EntityState.Unchanged;
            action = PaymentsAudit.HireLeft;
        }

        audit.Add(db, action, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"tranche {tranche.Id}: {tranche.Condition}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(TrancheResponse.From(tranche, []));
    }
}
