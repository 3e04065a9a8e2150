using Amuddu.Web.Data;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Sessions;

/// <summary>The public calendar: published sessions that have not started yet, of every organisation.</summary>
public static class PublicSessions
{
    public const int Shown = 200;

    public static async Task<Ok<List<PublicSessionResponse>>> List(string? city, string? language, SessionTopic? topic, AmudduDbContext db,
        TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LoadAsync(db, clock, city, language, topic, null, cancellationToken));

    public static async Task<Results<Ok<PublicSessionResponse>, NotFound>> Get(Guid id, AmudduDbContext db, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await LoadAsync(db, clock, null, null, null, id, cancellationToken)) is [var session] ? TypedResults.Ok(session) : TypedResults.NotFound();

    public static async Task<List<PublicSessionResponse>> LoadAsync(AmudduDbContext db, TimeProvider clock, string? city, string? language,
        SessionTopic? topic, Guid? id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query =
            from s in db.InfoSessions.AsNoTracking()
            join site in db.Sites on s.SiteId equals site.Id
            where s.Status == SessionStatus.Published && s.StartsAt > now
            select new { Session = s, site.Name, site.City, site.Address };
        if (id is { } one)
        {
            query = query.Where(r => r.Session.Id == one);
        }

        if (!string.IsNullOrWhiteSpace(city))
        {
            query = query.Where(r => r.City == city);
        }

        if (!string.IsNullOrWhiteSpace(language))
        {
            query = query.Where(r => r.Session.Language == language);
        }

        if (topic is { } wanted)
        {
            query = query.Where(r => r.Session.Topic == wanted);
        }

        var rows = await query.OrderBy(r => r.Session.StartsAt).Take(Shown).ToListAsync(cancellationToken);
        var taken = await SessionRules.TakenAsync(db, [.. rows.Select(r => r.Session.Id)], cancellationToken);
        return [.. rows.Select(r => new PublicSessionResponse(r.Session.Id, r.Session.Topic, r.Session.Title, r.Session.StartsAt,
            SiteTime.ToLocal(r.Session.StartsAt), r.Session.DurationMinutes, r.Session.Language, r.Name, r.City, r.Address, r.Session.Place,
            Math.Max(0, r.Session.Capacity - taken.GetValueOrDefault(r.Session.Id))))];
    }

    /// <summary>The cities that have a session on the calendar, for the filter.</summary>
    public static Task<List<string>> CitiesAsync(AmudduDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (from s in db.InfoSessions
                join site in db.Sites on s.SiteId equals site.Id
                where s.Status == SessionStatus.Published && s.StartsAt > now
                select site.City).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }
}
