using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Rights;

/// <summary>One line of the timeline, with the name of who did it.</summary>
public sealed record TimelineItem(DateTimeOffset At, string Area, string What, string? Detail, Guid? By, string? ByName);

/// <summary>What happened on a file, in every area, newest first. Opening the file is audited already; this is part of it.</summary>
public static class PersonTimeline
{
    public static async Task<Results<Ok<List<TimelineItem>>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, IEnumerable<IPersonalDataSection> sections, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LoadAsync(db, sections, personId, cancellationToken));
    }

    /// <summary>The caller has checked that the person is of the staff member's organisation.</summary>
    public static async Task<List<TimelineItem>> LoadAsync(
        AmudduDbContext db, IEnumerable<IPersonalDataSection> sections, Guid personId, CancellationToken cancellationToken)
    {
        var entries = new List<TimelineEntry>();
        foreach (var section in sections)
        {
            entries.AddRange(await section.TimelineAsync(personId, cancellationToken));
        }

        var userIds = entries.Select(e => e.By).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. entries
            .OrderByDescending(e => e.At)
            .Select(e => new TimelineItem(e.At, e.Area, e.What, e.Detail, e.By, e.By is { } by ? names.GetValueOrDefault(by) : null))];
    }
}
