using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// A person's applications for support, their history, documents, tranches, payments and recoveries. On the
/// timeline: every status change and every payment ordered, paid, failed or cancelled with its amount.
/// </summary>
public sealed class ApplicationsPersonalData(AmudduDbContext db, FieldProtector protector, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public sealed record EventExport(DateTimeOffset At, ApplicationEventKind Kind, ApplicationStatus? Status, decimal? Amount, Guid? ByUserId, string? Note);

    public sealed record DocumentExport(Guid Id, ApplicationDocumentKind Kind, string FileName, string ContentType, long Size, Guid? TrancheId, DateTimeOffset UploadedAt);

    public sealed record TrancheExport(Guid Id, int Number, string Condition, int? Month, DateOnly DueOn, decimal Amount, TrancheStatus Status,
        DateTimeOffset? ConditionMetAt, string? Evidence);

    /// <summary>A payment order without the payee's account number: the file holds it only for the bank's transfer file.</summary>
    public sealed record PaymentExport(Guid Id, string Reference, Guid TrancheId, decimal Amount, PaymentChannel Channel, string PayeeName, string? PayeeAccount, PaymentStatus Status,
        DateTimeOffset CreatedAt, DateTimeOffset? ExportedAt, DateOnly? SettledOn, string? FailureReason, DateTimeOffset? CancelledAt, string? CancelReason);

    public sealed record RecoveryExport(Guid Id, decimal Owed, decimal Recovered, string Reason, RecoveryStatus Status, DateOnly? DueOn, DateTimeOffset CreatedAt);

    public sealed record BusinessPlanExport(string Activity, string Market, string Costs, decimal CostsTotal, string FinancingPlan, decimal OwnContribution,
        decimal ExpectedMonthlyIncome, int Members);

    public sealed record ApplicationExport(
        Guid Id, string Reference, Guid ProgrammeId, string ProgrammeName, Guid? EmployerOrganisationId, ApplicationStatus Status, string Purpose,
        DateOnly StartsOn, DateOnly? EndsOn, string RegionCode, decimal Requested, int? Months, decimal? Approved, string? ContractType,
        PaymentChannel? PayeeChannel, string? PayeeName, IReadOnlyList<EligibilityCheckResponse> Eligibility, bool? IsEligible, string? OverrideJustification,
        DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? DecisionConditions, string? DecisionNote, DateTimeOffset? SuspendedAt,
        string? SuspensionReason, DateTimeOffset CreatedAt, BusinessPlanExport? BusinessPlan, IReadOnlyList<EventExport> Events,
        IReadOnlyList<DocumentExport> Documents, IReadOnlyList<TrancheExport> Tranches, IReadOnlyList<PaymentExport> Payments,
        IReadOnlyList<RecoveryExport> Recoveries);

    public string Name => "applications";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var applications = await db.Applications.AsNoTracking().Where(a => a.PersonId == personId).OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => applications.Select(a => a.ProgrammeId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var events = (await db.ApplicationEvents.AsNoTracking().Where(e => ids.Contains(e.ApplicationId)).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
        var documents = (await db.ApplicationDocuments.AsNoTracking().Where(d => ids.Contains(d.ApplicationId)).ToListAsync(cancellationToken)).ToLookup(d => d.ApplicationId);
        var tranches = (await db.Tranches.AsNoTracking().Where(t => ids.Contains(t.ApplicationId)).ToListAsync(cancellationToken)).ToLookup(t => t.ApplicationId);
        var payments = (await db.PaymentOrders.AsNoTracking().Where(o => ids.Contains(o.ApplicationId)).ToListAsync(cancellationToken)).ToLookup(o => o.ApplicationId);
        var recoveries = (await db.Recoveries.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).ToListAsync(cancellationToken)).ToLookup(r => r.ApplicationId);
        var plans = await db.BusinessPlans.AsNoTracking().Where(p => ids.Contains(p.ApplicationId)).ToDictionaryAsync(p => p.ApplicationId, cancellationToken);
        return applications.Select(a => new ApplicationExport(
            a.Id, a.Reference, a.ProgrammeId, programmes.GetValueOrDefault(a.ProgrammeId, ""), a.EmployerOrganisationId, a.Status, a.Purpose, a.StartsOn,
            a.EndsOn, a.RegionCode, Money.ToDirhams(a.RequestedCentimes), a.Months, a.ApprovedCentimes is { } approved ? Money.ToDirhams(approved) : null,
            a.ContractType?.ToString(), a.PayeeChannel, a.PayeeName, [.. a.Eligibility.Select(e => new EligibilityCheckResponse(e.Kind, e.Passed, e.Found))],
            a.IsEligible, a.OverrideJustification, a.SubmittedAt, a.DecidedAt, a.DecisionConditions, a.DecisionNote, a.SuspendedAt, a.SuspensionReason,
            a.CreatedAt,
            plans.GetValueOrDefault(a.Id) is { } p
                ? new BusinessPlanExport(p.Activity, p.Market, p.Costs, Money.ToDirhams(p.CostsCentimes), p.FinancingPlan, Money.ToDirhams(p.OwnContributionCentimes),
                    Money.ToDirhams(p.ExpectedMonthlyIncomeCentimes), p.Members)
                : null,
            [.. events[a.Id].OrderBy(e => e.At).Select(e => new EventExport(e.At, e.Kind, e.Status, e.AmountCentimes is { } c ? Money.ToDirhams(c) : null, e.ByUserId, e.Note))],
            [.. documents[a.Id].OrderBy(d => d.UploadedAt).Select(d => new DocumentExport(d.Id, d.Kind, d.FileName, d.ContentType, d.Size, d.TrancheId, d.UploadedAt))],
            [.. tranches[a.Id].OrderBy(t => t.Number).Select(t => new TrancheExport(t.Id, t.Number, t.Condition.ToString(), t.Month, t.DueOn,
                Money.ToDirhams(t.AmountCentimes), t.Status, t.ConditionMetAt, t.Evidence))],
            [.. payments[a.Id].OrderBy(o => o.CreatedAt).Select(o => new PaymentExport(o.Id, o.Reference, o.TrancheId, Money.ToDirhams(o.AmountCentimes), o.Channel,
                o.PayeeName, o.PayeeAccountCipher.Length == 0 ? null : protector.UnprotectText(o.PayeeAccountCipher), o.Status, o.CreatedAt, o.ExportedAt, o.SettledOn, o.FailureReason, o.CancelledAt, o.CancelReason))],
            [.. recoveries[a.Id].OrderBy(r => r.CreatedAt).Select(r => new RecoveryExport(r.Id, Money.ToDirhams(r.OwedCentimes), Money.ToDirhams(r.RecoveredCentimes),
                r.Reason, r.Status, r.DueOn, r.CreatedAt))])).ToList();
    }

    /// <summary>
    /// Blanks what was written about the person (purpose, notes, justifications, the business plan's words, the
    /// payee's name and account on the application and on the orders that paid the person, evidence, recovery reasons,
    /// document file names). Payment orders themselves, their references, statuses and every amount stay: they are the
    /// organisation's financial records, which the law on public and donor funds requires it to keep and which an audit
    /// of the programme traces through the bank's own records. An employer's account is not the person's and stays.
    /// </summary>
    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        var mine = db.Applications.Where(a => a.PersonId == personId).Select(a => a.Id);
        await db.Applications.Where(a => a.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Purpose, "")
            .SetProperty(a => a.PayeeName, (string?)null)
            .SetProperty(a => a.PayeeAccountCipher, (string?)null)
            .SetProperty(a => a.OverrideJustification, (string?)null)
            .SetProperty(a => a.DecisionConditions, (string?)null)
            .SetProperty(a => a.DecisionNote, (string?)null)
            .SetProperty(a => a.SuspensionReason, (string?)null), cancellationToken);
        await db.ApplicationEvents.Where(e => mine.Contains(e.ApplicationId)).ExecuteUpdateAsync(s => s.SetProperty(e => e.Note, (string?)null), cancellationToken);
        await db.BusinessPlans.Where(p => mine.Contains(p.ApplicationId)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Activity, "")
            .SetProperty(p => p.Market, "")
            .SetProperty(p => p.Costs, "")
            .SetProperty(p => p.FinancingPlan, ""), cancellationToken);
        await db.CommitteeScores.Where(c => mine.Contains(c.ApplicationId)).ExecuteUpdateAsync(s => s.SetProperty(c => c.Comment, (string?)null), cancellationToken);
        await db.Tranches.Where(t => mine.Contains(t.ApplicationId)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Evidence, (string?)null), cancellationToken);
        var paidToThePerson = db.Applications.Where(a => a.PersonId == personId && a.EmployerOrganisationId == null).Select(a => a.Id);
        await db.PaymentOrders.Where(o => paidToThePerson.Contains(o.ApplicationId)).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.PayeeName, "")
            .SetProperty(o => o.PayeeAccountCipher, "")
            .SetProperty(o => o.FailureReason, (string?)null)
            .SetProperty(o => o.CancelReason, (string?)null), cancellationToken);
        await db.Recoveries.Where(r => mine.Contains(r.ApplicationId)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Reason, ""), cancellationToken);
        // The scans may show the person (contracts, receipts); the kind and size stay for the counts.
        var documents = db.ApplicationDocuments.Where(d => mine.Contains(d.ApplicationId)).Select(d => d.Id);
        await db.ApplicationDocumentContents.Where(c => documents.Contains(c.DocumentId)).ExecuteDeleteAsync(cancellationToken);
        await db.ApplicationDocuments.Where(d => mine.Contains(d.ApplicationId)).ExecuteUpdateAsync(s => s.SetProperty(d => d.FileName, ""), cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var applications = await db.Applications.AsNoTracking().Where(a => a.PersonId == personId)
            .Join(db.Programmes, a => a.ProgrammeId, p => p.Id, (a, p) => new { a.Id, a.Reference, Programme = p.Name })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var ids = applications.Keys.ToList();
        var area = text["Programmes.Section.Heading"].Value;
        string Of(Guid id) => $"{applications[id].Programme} ({applications[id].Reference})";

        // Status changes come from the history; payments from the orders themselves, which know their tranche.
        var events = await db.ApplicationEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ApplicationId) && (e.Kind == ApplicationEventKind.StatusChanged || e.Kind == ApplicationEventKind.Suspended
                || e.Kind == ApplicationEventKind.Resumed || e.Kind == ApplicationEventKind.RecoveryOpened))
            .ToListAsync(cancellationToken);
        var entries = events.Select(e => new TimelineEntry(e.At, area, e.Kind switch
        {
            ApplicationEventKind.StatusChanged => text["Programmes.Timeline.Status", text[$"Application.Status.{e.Status}"]].Value,
            ApplicationEventKind.RecoveryOpened when e.AmountCentimes is { } owed => text["Programmes.Timeline.Recovery", Money.Format(owed)].Value,
            _ => text[$"Application.EventKind.{e.Kind}"].Value,
        }, Of(e.ApplicationId), e.ByUserId)).ToList();

        var orders = await db.PaymentOrders.AsNoTracking().Where(o => ids.Contains(o.ApplicationId))
            .Join(db.Tranches, o => o.TrancheId, t => t.Id, (o, t) => new { Order = o, t.Number })
            .ToListAsync(cancellationToken);
        foreach (var (order, number) in orders.Select(x => (x.Order, x.Number)))
        {
            var amount = Money.Format(order.AmountCentimes, CultureInfo.CurrentCulture);
            entries.Add(new(order.CreatedAt, area, text["Programmes.Timeline.Ordered", number, amount], Of(order.ApplicationId), order.CreatedBy));
            switch (order.Status)
            {
                case PaymentStatus.Paid:
                    var paidAt = order.SettledOn is { } settled ? SiteTime.FromLocal(settled, new TimeOnly(12, 0)) : order.ExportedAt ?? order.CreatedAt;
                    entries.Add(new(paidAt, area, text["Programmes.Timeline.Paid", number, amount], Of(order.ApplicationId), null));
                    break;
                case PaymentStatus.Failed:
                    entries.Add(new(order.ExportedAt ?? order.CreatedAt, area, text["Programmes.Timeline.Failed", number, amount], Of(order.ApplicationId), null));
                    break;
                case PaymentStatus.Cancelled:
                    entries.Add(new(order.CancelledAt ?? order.CreatedAt, area, text["Programmes.Timeline.Cancelled", number, amount], Of(order.ApplicationId), order.CancelledBy));
                    break;
                case PaymentStatus.Ordered or PaymentStatus.Exported:
                    break;
            }
        }

        return entries;
    }
}
