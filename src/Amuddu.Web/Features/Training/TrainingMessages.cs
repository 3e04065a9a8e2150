using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The e-mails of a cycle, through the outbox in the caller's unit of work: the invitation when a participant gets a
/// seat (or the news that they wait in line), and a reminder due the day before each session they are to attend. A
/// reminder is enqueued with its due time, so the outbox's own delivery pass sends it when the time comes: no
/// scheduled pass of our own. A withdrawn participant's or a moved session's pending reminders are cancelled.
/// </summary>
public static class TrainingMessages
{
    public const string Invitation = "TrainingInvitation";
    public const string WaitingList = "TrainingWaitingList";
    public const string Reminder = "TrainingReminder";

    /// <summary>Staff read French unless told otherwise: their accounts carry no language.</summary>
    private const string Language = "fr";

    public static string Subject(Guid participantId) => $"training-participant {participantId}";

    private static string ReminderKeyPrefix(Guid sessionId) => $"training-reminder/{sessionId}/";

    /// <summary>After a nomination or a seat freed: the invitation (or the waiting-list notice) and the reminders of the sessions to come.</summary>
    public static async Task ParticipantPlacedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, TrainingCycle cycle,
        CycleParticipant participant, CancellationToken cancellationToken)
    {
        var email = await db.Users.Where(u => u.Id == participant.UserId && u.IsActive).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var enrolled = participant.Status == ParticipantStatus.Enrolled;
        await Outbox.EnqueueAsync(db, protector, clock, new OutboxRequest(cycle.OrganisationId, null, OutboxChannel.Email, email, Language,
            enrolled ? Invitation : WaitingList,
            new Dictionary<string, string> { ["title"] = cycle.Title, ["from"] = Day(cycle.StartsOn), ["to"] = Day(cycle.EndsOn) },
            Subject(participant.Id), $"training-{(enrolled ? "invitation" : "waiting")}/{participant.Id}/{participant.NominatedAt.UtcTicks}/{participant.Status}",
            clock.GetUtcNow()), cancellationToken);
        if (!enrolled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var sessions = await db.TrainingSessions.AsNoTracking()
            .Where(s => s.CycleId == cycle.Id && s.Status == TrainingSessionStatus.Planned && !s.IsCatchUp).ToListAsync(cancellationToken);
        foreach (var session in sessions.Where(s => s.StartsAt > now))
        {
            await RemindAsync(db, protector, clock, cycle, session, participant.Id, email, cancellationToken);
        }
    }

    /// <summary>After a session is planned or moved: a reminder for each enrolled participant (the earlier ones for it are cancelled).</summary>
    public static async Task SessionPlannedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, TrainingCycle cycle,
        TrainingSession session, CancellationToken cancellationToken)
    {
        var prefix = ReminderKeyPrefix(session.Id);
        foreach (var stale in await db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith(prefix) && m.Status == OutboxStatus.Pending)
            .ToListAsync(cancellationToken))
        {
            stale.Status = OutboxStatus.Cancelled;
        }

        // A catch-up session is for those who missed the module: the coordinator tells them, not a reminder to all.
        if (session.Status != TrainingSessionStatus.Planned || session.IsCatchUp || session.StartsAt <= clock.GetUtcNow())
        {
            return;
        }

        var participants = await db.CycleParticipants.AsNoTracking()
            .Where(p => p.CycleId == cycle.Id && p.Status == ParticipantStatus.Enrolled)
            .Join(db.Users.Where(u => u.IsActive), p => p.UserId, u => u.Id, (p, u) => new { p.Id, u.Email })
            .ToListAsync(cancellationToken);
        foreach (var p in participants.Where(p => !string.IsNullOrWhiteSpace(p.Email)))
        {
            await RemindAsync(db, protector, clock, cycle, session, p.Id, p.Email!, cancellationToken);
        }
    }

    public static Task ParticipantLeftAsync(AmudduDbContext db, CycleParticipant participant, CancellationToken cancellationToken) =>
        Outbox.CancelPendingAsync(db, Subject(participant.Id), cancellationToken);

    private static async Task RemindAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, TrainingCycle cycle, TrainingSession session,
        Guid participantId, string email, CancellationToken cancellationToken)
    {
        var local = SiteTime.ToLocal(session.StartsAt);
        var dayBefore = session.StartsAt.AddDays(-1);
        var now = clock.GetUtcNow();
        await Outbox.EnqueueAsync(db, protector, clock, new OutboxRequest(cycle.OrganisationId, null, OutboxChannel.Email, email, Language, Reminder,
            new Dictionary<string, string>
            {
                ["title"] = cycle.Title,
                ["date"] = Day(DateOnly.FromDateTime(local)),
                ["time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["place"] = session.Place ?? session.OnlineLink ?? "",
            },
            Subject(participantId), $"{ReminderKeyPrefix(session.Id)}{participantId}/{session.StartsAt.UtcTicks}",
            dayBefore > now ? dayBefore : now), cancellationToken);
    }

    private static string Day(DateOnly day) => day.ToString("d", Cultures.ByLanguage.GetValueOrDefault(Language, Cultures.Default));
}
