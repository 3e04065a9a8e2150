using Amuddu.Web.Data;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>A person's places in information sessions, in their export, erasure and timeline (messages are in the appointments section's outbox export).</summary>
public sealed class SessionsPersonalData(AmudduDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public sealed record RegistrationExport(
        Guid SessionId, string Title, SessionTopic Topic, DateTimeOffset StartsAt, string Site, string Language, RegistrationStatus Status,
        DateTimeOffset? AttendanceTakenAt, SessionFollowUp FollowUp, DateTimeOffset RegisteredAt);

    public string Name => "infoSessions";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken) =>
        await (from r in db.SessionRegistrations.AsNoTracking()
               where r.PersonId == personId
               join s in db.InfoSessions on r.SessionId equals s.Id
               join site in db.Sites on s.SiteId equals site.Id
               orderby s.StartsAt
               select new RegistrationExport(s.Id, s.Title, s.Topic, s.StartsAt, site.Name, s.Language, r.Status, r.AttendanceTakenAt, r.FollowUp, r.CreatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// A place holds nothing that identifies the person beyond the link to the file, which the
    /// erasure anonymises: the places stay for the counts. Places in sessions still to come are
    /// given up, since nobody will come to them (their reminders are cancelled with the outbox).
    /// </summary>
    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var upcoming = await (from r in db.SessionRegistrations
                              where r.PersonId == personId && r.Status == RegistrationStatus.Registered
                              join s in db.InfoSessions on r.SessionId equals s.Id
                              where s.StartsAt > now
                              select r).ToListAsync(cancellationToken);
        foreach (var registration in upcoming)
        {
            registration.Status = RegistrationStatus.Cancelled;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var area = text["SessionsHeading"].Value;
        var rows = await (from r in db.SessionRegistrations.AsNoTracking()
                          where r.PersonId == personId
                          join s in db.InfoSessions on r.SessionId equals s.Id
                          select new { r.CreatedAt, r.CreatedBy, r.Status, r.AttendanceTakenAt, r.UpdatedAt, r.UpdatedBy, r.FollowUp, s.Title, s.StartsAt })
            .ToListAsync(cancellationToken);
        var entries = new List<TimelineEntry>();
        foreach (var r in rows)
        {
            var detail = $"{r.Title} · {SiteTime.ToLocal(r.StartsAt).ToString("g", System.Globalization.CultureInfo.CurrentCulture)}";
            entries.Add(new(r.CreatedAt, area, text["Timeline.SessionRegistered"], detail, r.CreatedBy));
            if (r.AttendanceTakenAt is { } taken)
            {
                entries.Add(new(taken, area, text[$"SessionRegistrationStatus.{r.Status}"], detail, r.UpdatedBy));
            }

            if (r.FollowUp != SessionFollowUp.None)
            {
                entries.Add(new(r.UpdatedAt, area, text[$"SessionFollowUp.{r.FollowUp}"], detail, r.UpdatedBy));
            }
        }

        return entries;
    }
}
