using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Placements;

/// <summary>The person's candidacies in their export, erasure and timeline.</summary>
public sealed class PlacementsPersonalData(AmudduDbContext db, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public string Name => "candidacies";

    public sealed record Export(Guid Id, string VacancyReference, string VacancyTitle, string Alias, CandidacyStatus Status, DateTimeOffset ShortlistedAt,
        DateTimeOffset? SentAt, DateOnly? InterviewOn, NotRetainedReason? NotRetainedReason, string? EmployerNote, Guid? OutcomeId);

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.Candidacies.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.ShortlistedAt)
            .Join(db.Vacancies, c => c.VacancyId, v => v.Id, (c, v) => new Export(c.Id, v.Reference, v.Title, c.Alias, c.Status, c.ShortlistedAt, c.SentAt,
                c.InterviewOn, c.NotRetainedReason, c.EmployerNote, c.OutcomeId))
            .ToListAsync(cancellationToken);

    /// <summary>The employer's note goes; the steps, reasons and dates stay for the counts.</summary>
    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        foreach (var candidacy in await db.Candidacies.Where(c => c.PersonId == personId).ToListAsync(cancellationToken))
        {
            candidacy.EmployerNote = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var area = text["Placements.Candidates"].Value;
        var rows = await db.Candidacies.AsNoTracking().Where(c => c.PersonId == personId)
            .Join(db.Vacancies, c => c.VacancyId, v => v.Id, (c, v) => new { c.ShortlistedAt, c.ShortlistedBy, c.Status, v.Title, v.Reference })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TimelineEntry(r.ShortlistedAt, area, text[$"Placements.Status.{r.Status}"], $"{r.Title} ({r.Reference})", r.ShortlistedBy))];
    }
}
