using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Positioning;

/// <summary>The positioning's part of a person's rights: export everything, erase what describes the person, timeline.</summary>
public sealed class PositioningPersonalData(AmudduDbContext db, FieldProtector protector, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public string Name => "positioning";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken) =>
        await GetPositioning.LoadAsync(db, personId, protector, seesNote: true, cancellationToken);

    /// <summary>
    /// Free text goes (strengths, the confidential note, titles, fields, assessors, employers' names,
    /// tryout notes); levels, codes, countries, dates, scores and outcomes stay for the indicators.
    /// </summary>
    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (await db.PositioningRecords.SingleOrDefaultAsync(r => r.PersonId == personId, cancellationToken) is { } record)
        {
            record.Strengths = null;
            record.ConstraintNoteCipher = null;
        }

        foreach (var diploma in await db.PositioningDiplomas.Where(d => d.PersonId == personId).ToListAsync(cancellationToken))
        {
            diploma.Title = "";
            diploma.Field = null;
        }

        foreach (var experience in await db.PositioningExperiences.Where(e => e.PersonId == personId).ToListAsync(cancellationToken))
        {
            experience.Title = null;
        }

        foreach (var test in await db.KeySkillsTests.Where(t => t.PersonId == personId).ToListAsync(cancellationToken))
        {
            test.AssessedBy = null;
        }

        foreach (var tryout in await db.JobTryouts.Where(t => t.PersonId == personId).ToListAsync(cancellationToken))
        {
            tryout.EmployerName = null;
            tryout.Note = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var area = text["Positioning"];
        var entries = new List<TimelineEntry>();
        if (await db.PositioningRecords.AsNoTracking().SingleOrDefaultAsync(r => r.PersonId == personId, cancellationToken) is { } record)
        {
            entries.Add(new TimelineEntry(At(record.InterviewedOn), area, text["Positioning.Timeline.Recorded"],
                text[$"Positioning.Education.{record.EducationLevel}"], record.CounsellorId));
        }

        foreach (var test in await db.KeySkillsTests.AsNoTracking().Where(t => t.PersonId == personId).ToListAsync(cancellationToken))
        {
            var result = string.Join(" · ", new[] { test.Score?.ToString(CultureInfo.CurrentCulture) + (test.Score is null ? "" : "/100"), test.ResultLevel }
                .Where(r => !string.IsNullOrEmpty(r)));
            entries.Add(new TimelineEntry(At(test.TakenOn), area, text["Positioning.Timeline.Test", text[$"Positioning.TestKind.{test.Kind}"]], result, test.CreatedBy));
        }

        var occupations = await db.Occupations.AsNoTracking().ToDictionaryAsync(o => o.Code, cancellationToken);
        foreach (var tryout in await db.JobTryouts.AsNoTracking().Where(t => t.PersonId == personId).ToListAsync(cancellationToken))
        {
            entries.Add(new TimelineEntry(At(tryout.StartsOn), area, text["Positioning.Timeline.Tryout", text[$"Positioning.Outcome.{tryout.Outcome}"]],
                occupations.GetValueOrDefault(tryout.OccupationCode)?.NameIn(CultureInfo.CurrentUICulture), tryout.UpdatedBy));
        }

        return [.. entries.OrderBy(e => e.At)];
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
