using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outcomes;

/// <summary>Outcomes and follow-up checks in the person's export, erasure and timeline.</summary>
public sealed class OutcomesPersonalData(AmudduDbContext db, FieldProtector protector, IStringLocalizer<SharedResource> text, TimeProvider clock)
    : IPersonalDataSection
{
    public string Name => "outcomes";

    public sealed record Export(IReadOnlyList<OutcomeResponse> Outcomes, IReadOnlyList<CheckResponse> FollowUpChecks);

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.PersonId == personId).OrderBy(o => o.StartsOn).ToListAsync(cancellationToken);
        var checks = await db.FollowUpChecks.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.DueOn).ToListAsync(cancellationToken);
        return new Export([.. outcomes.Select(o => OutcomeResponse.From(o, protector))], [.. checks.Select(c => CheckResponse.From(c, protector, today))]);
    }

    /// <summary>
    /// Names of employers and cooperatives, activity descriptions and notes go; kinds, contracts,
    /// wage bands, dates and check results stay for the indicators.
    /// </summary>
    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        foreach (var outcome in await db.Outcomes.Where(o => o.PersonId == personId).ToListAsync(cancellationToken))
        {
            outcome.EmployerName = null;
            outcome.Activity = null;
            outcome.CooperativeName = null;
            outcome.NoteCipher = null;
        }

        foreach (var check in await db.FollowUpChecks.Where(c => c.PersonId == personId).ToListAsync(cancellationToken))
        {
            check.NoteCipher = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var area = text["Outcomes.Title"].Value;
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.PersonId == personId).ToListAsync(cancellationToken);
        var checks = await db.FollowUpChecks.AsNoTracking().Where(c => c.PersonId == personId && c.Status != CheckStatus.Pending).ToListAsync(cancellationToken);
        var entries = outcomes.Select(o => new TimelineEntry(
            new DateTimeOffset(o.StartsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), area, text[$"Outcomes.Kind.{o.Kind}"], Summary(o), o.RecordedBy));
        var done = checks.Select(c => new TimelineEntry(c.DoneAt ?? c.UpdatedAt, area, text["Outcomes.CheckAfter", c.AfterMonths],
            c.Result is { } result ? text[$"Outcomes.CheckResult.{result}"].Value : null, c.DoneBy));
        return [.. entries, .. done];
    }

    private string? Summary(Outcome o) => o.Kind switch
    {
        OutcomeKind.Employed => string.Join(" · ", new[] { o.OccupationTitle, o.EmployerName, o.ContractType is { } c ? text[$"Outcomes.ContractType.{c}"].Value : null }.OfType<string>()),
        OutcomeKind.SelfEmployed => string.Join(" · ", new[] { o.Activity, o.SelfEmploymentStatus is { } s ? text[$"Outcomes.SelfEmploymentStatus.{s}"].Value : null, o.CooperativeName }.OfType<string>()),
        OutcomeKind.InTraining => string.Join(" · ", new[] { o.TrainingTitle, o.ProviderName }.OfType<string>()),
        OutcomeKind.Exited => o.ExitReason is { } r ? text[$"Outcomes.ExitReason.{r}"].Value : null,
    };
}
