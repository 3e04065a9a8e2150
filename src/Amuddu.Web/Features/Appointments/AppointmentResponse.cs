using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Appointments;

/// <summary><see cref="LocalStart"/> is the start on the site's clock (Africa/Casablanca), as the pages show it.</summary>
public sealed record AppointmentResponse(
    Guid Id, Guid PersonId, Guid CounsellorId, DateTimeOffset StartsAt, DateTime LocalStart, int DurationMinutes, DateTimeOffset EndsAt,
    AppointmentChannel Channel, Guid? SiteId, string? Place, string? Purpose, AppointmentStatus Status, string? CancellationReason,
    int RescheduleCount, DateTimeOffset? RescheduledFrom, long Version, ReminderResponse? Reminder)
{
    public static AppointmentResponse From(Appointment a, ReminderResponse? reminder) => new(
        a.Id, a.PersonId, a.CounsellorId, a.StartsAt, SiteTime.ToLocal(a.StartsAt), a.DurationMinutes, a.EndsAt, a.Channel, a.SiteId,
        a.Place, a.Purpose, a.Status, a.CancellationReason, a.RescheduleCount, a.RescheduledFrom, a.Version, reminder);
}

/// <summary>The appointment's latest reminder in the outbox (the recipient stays there, encrypted).</summary>
public sealed record ReminderResponse(OutboxChannel Channel, string Culture, DateTimeOffset DueAt, OutboxStatus Status);

/// <summary>One line of a calendar: the appointment and whose it is.</summary>
public sealed record CalendarItem(AppointmentResponse Appointment, string PersonName, string FileNumber);
