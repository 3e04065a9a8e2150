using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Sessions;

/// <summary>The organisation's sessions: upcoming ones soonest first, or past ones latest first.</summary>
public static class ListSessions
{
    public const int PastShown = 100;

    public static async Task<Ok<List<SessionResponse>>> Handle(bool? past, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await LoadAsync(db, staff.OrganisationId!.Value, past ?? false, clock, cancellationToken));

    public static async Task<List<SessionResponse>> LoadAsync(AmudduDbContext db, Guid organisationId, bool past, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = db.InfoSessions.AsNoTracking().Where(s => s.OrganisationId == organisationId);
        // A session stays among the upcoming ones for 8 hours after its start, so attendance can be taken from the list that day.
        var sessions = past
            ? await query.Where(s => s.StartsAt < now.AddHours(-8)).OrderByDescending(s => s.StartsAt).Take(PastShown).ToListAsync(cancellationToken)
            : await query.Where(s => s.StartsAt >= now.AddHours(-8)).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var taken = await SessionRules.TakenAsync(db, [.. sessions.Select(s => s.Id)], cancellationToken);
        return [.. sessions.Select(s => SessionResponse.From(s, taken.GetValueOrDefault(s.Id)))];
    }
}

/// <summary>One session with everyone registered for it.</summary>
public static class GetSession
{
    public static async Task<Results<Ok<SessionDetails>, NotFound>> Handle(Guid id, AmudduDbContext db, ICurrentStaff staff,
        CancellationToken cancellationToken) =>
        await LoadAsync(db, staff, id, cancellationToken) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    public static async Task<SessionDetails?> LoadAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken)
    {
        var session = await db.InfoSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == staff.OrganisationId, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var rows = await (
            from r in db.SessionRegistrations.AsNoTracking()
            where r.SessionId == id
            join p in db.PreRegistrations on r.PreRegistrationId equals p.Id into pre
            from p in pre.DefaultIfEmpty()
            join f in db.People on r.PersonId equals f.Id into file
            from f in file.DefaultIfEmpty()
            orderby r.CreatedAt, r.Id
            select new { Registration = r, Pre = p, Person = f }).ToListAsync(cancellationToken);
        var registrations = rows.Select(row => new RegistrationResponse(
            row.Registration.Id,
            row.Registration.PreRegistrationId is null ? RegistrantKind.Person : RegistrantKind.PreRegistration,
            row.Registration.PreRegistrationId,
            row.Registration.PersonId,
            row.Pre is { } pre ? string.Join(' ', new[] { pre.FirstName, pre.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)))
                : row.Person?.DisplayName ?? "",
            row.Pre?.ContactConsent ?? false,
            row.Registration.Status,
            row.Registration.AttendanceTakenAt,
            row.Registration.FollowUp,
            row.Pre?.PersonId,
            row.Registration.Version)).ToList();
        var taken = registrations.Count(r => r.Status != RegistrationStatus.Cancelled);
        return new SessionDetails(SessionResponse.From(session, taken), registrations);
    }
}
