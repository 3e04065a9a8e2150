using Amuddu.Web.Data;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Appointments;

/// <summary>Appointments and the messages queued about them, in the person's export, erasure and timeline.</summary>
public sealed class AppointmentsPersonalData(AmudduDbContext db, FieldProtector protector, IStringLocalizer<SharedResource> text)
    : IPersonalDataSection
{
    public sealed record MessageExport(OutboxChannel Channel, string Recipient, string Culture, string TemplateKey, string Text,
        DateTimeOffset DueAt, OutboxStatus Status);

    public sealed record Export(IReadOnlyList<AppointmentResponse> Appointments, IReadOnlyList<MessageExport> Messages);

    public string Name => "appointments";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.PersonId == personId).OrderBy(a => a.StartsAt).ToListAsync(cancellationToken);
        var reminders = await AppointmentReminders.LatestAsync(db, [.. appointments.Select(a => a.Id)], cancellationToken);
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.PersonId == personId).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        return new Export(
            [.. appointments.Select(a => AppointmentResponse.From(a, reminders.GetValueOrDefault(a.Id)))],
            [.. messages.Select(m => new MessageExport(m.Channel, m.RecipientCipher.Length == 0 ? "" : protector.UnprotectText(m.RecipientCipher),
                m.Culture, m.TemplateKey, Outbox.Render(text, m.TemplateKey, m.Culture, m.Parameters), m.DueAt, m.Status))]);
    }

    /// <summary>
    /// The purpose, place and reason go, and so do the numbers and contents of messages; pending
    /// reminders are cancelled. Times, channels and statuses stay for the indicators.
    /// </summary>
    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        foreach (var appointment in await db.Appointments.Where(a => a.PersonId == personId).ToListAsync(cancellationToken))
        {
            appointment.Purpose = null;
            appointment.Place = null;
            appointment.CancellationReason = null;
        }

        foreach (var message in await db.OutboxMessages.Where(m => m.PersonId == personId).ToListAsync(cancellationToken))
        {
            message.RecipientCipher = "";
            message.Parameters = "{}";
            if (message.Status == OutboxStatus.Pending)
            {
                message.Status = OutboxStatus.Cancelled;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var area = text["Appointments"].Value;
        var entries = new List<TimelineEntry>();
        foreach (var a in await db.Appointments.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(cancellationToken))
        {
            var when = SiteTime.ToLocal(a.StartsAt).ToString("g", System.Globalization.CultureInfo.CurrentCulture);
            entries.Add(new(a.CreatedAt, area, text["Timeline.AppointmentBooked"], when, a.CreatedBy));
            if (a.Status != AppointmentStatus.Booked)
            {
                entries.Add(new(a.UpdatedAt, area, text[$"AppointmentStatus.{a.Status}"], when, a.UpdatedBy));
            }
        }

        return entries;
    }
}
