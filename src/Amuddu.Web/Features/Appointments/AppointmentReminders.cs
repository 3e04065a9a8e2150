using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Appointments;

/// <summary>
/// The SMS or WhatsApp reminder of an appointment, 24 hours before it (at once when it is closer),
/// only for a person who agreed to be contacted that way and has a number. Each booking and each
/// rescheduling has its own deduplication key, so a retried request never reminds twice.
/// </summary>
public static class AppointmentReminders
{
    public const string TemplateKey = "AppointmentReminder";
    public static readonly TimeSpan Lead = TimeSpan.FromHours(24);

    public static async Task<bool> ScheduleAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, IStringLocalizer text,
        Appointment appointment, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == appointment.PersonId)
            .Select(p => new { p.Phone, p.WhatsApp, p.Languages }).SingleAsync(cancellationToken);
        var (channel, recipient) = person.WhatsApp is { Length: > 0 } whatsApp ? (OutboxChannel.WhatsApp, whatsApp)
            : person.Phone is { Length: > 0 } phone ? (OutboxChannel.Sms, phone)
            : (OutboxChannel.Sms, null);
        var today = SiteTime.Today(clock);
        if (recipient is null || !await ContactConsentInForceAsync(db, appointment.PersonId, today, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var due = appointment.StartsAt - Lead;
        var language = Outbox.LanguageFor(person.Languages);
        var site = appointment.SiteId is { } siteId
            ? await db.Sites.Where(s => s.Id == siteId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var culture = Cultures.ByLanguage[language];
        var local = SiteTime.ToLocal(appointment.StartsAt);
        // Only what the message says: when and where. No name, no purpose.
        var parameters = new Dictionary<string, string>
        {
            ["date"] = local.ToString("dddd d MMMM", culture),
            ["time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["where"] = Where(text, culture, appointment.Channel, site),
        };
        return await Outbox.EnqueueAsync(db, protector, clock, new OutboxRequest(
            appointment.OrganisationId, appointment.PersonId, channel, recipient, language, TemplateKey, parameters,
            appointment.OutboxSubject, $"appointment-reminder/{appointment.Id}/{appointment.RescheduleCount}", due < now ? now : due),
            cancellationToken);
    }

    public static Task CancelAsync(AmudduDbContext db, Appointment appointment, CancellationToken cancellationToken) =>
        Outbox.CancelPendingAsync(db, appointment.OutboxSubject, cancellationToken);

    public static Task<bool> ContactConsentInForceAsync(AmudduDbContext db, Guid personId, DateOnly today, CancellationToken cancellationToken) =>
        db.Consents.Where(ProcessingConsent.InForce(ConsentPurpose.ContactBySmsOrWhatsApp, today)).AnyAsync(c => c.PersonId == personId, cancellationToken);

    /// <summary>The latest reminder of each appointment, for showing beside it.</summary>
    public static async Task<Dictionary<Guid, ReminderResponse>> LatestAsync(AmudduDbContext db, IReadOnlyCollection<Guid> appointmentIds,
        CancellationToken cancellationToken)
    {
        var subjects = appointmentIds.Select(id => $"appointment/{id}").ToList();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => subjects.Contains(m.Subject))
            .Select(m => new { m.Subject, m.Channel, m.Culture, m.DueAt, m.Status, m.CreatedAt }).ToListAsync(cancellationToken);
        return messages.GroupBy(m => Guid.Parse(m.Subject["appointment/".Length..]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.CreatedAt).Select(m => new ReminderResponse(m.Channel, m.Culture, m.DueAt, m.Status)).First());
    }

    private static string Where(IStringLocalizer text, CultureInfo culture, AppointmentChannel channel, string? site)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return channel == AppointmentChannel.AtAgency && site is not null ? site : text[$"AppointmentChannel.{channel}"].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
