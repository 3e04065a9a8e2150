using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Sessions;

/// <summary>
/// The messages about a place in a session: a confirmation at once, a reminder 24 hours before,
/// and a notice when the session moves or is cancelled. Only for people who agreed to be contacted
/// (on the public form or at outreach; for a full file, the consent to contact by SMS or WhatsApp)
/// and gave a number or an address for that channel. They only say what, when and where.
/// </summary>
public static class SessionMessages
{
    public const string Confirmation = "SessionConfirmation";
    public const string Reminder = "SessionReminder";
    public const string Cancellation = "SessionCancelled";
    public const string Change = "SessionChanged";
    public static readonly TimeSpan Lead = TimeSpan.FromHours(24);

    public static string Subject(Guid registrationId) => $"session-registration/{registrationId}";

    private sealed record Contact(Guid? PersonId, OutboxChannel Channel, string Recipient, string Language);

    /// <summary>Confirms the place and schedules the reminder; false when the person cannot be written to.</summary>
    public static async Task<bool> OnRegisteredAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, InfoSession session,
        SessionRegistration registration, CancellationToken cancellationToken)
    {
        if (await ContactAsync(db, clock, registration, cancellationToken) is not { } contact)
        {
            return false;
        }

        var parameters = await ParametersAsync(db, session, contact.Language, cancellationToken);
        await EnqueueAsync(db, protector, clock, session, registration, contact, Confirmation, parameters, $"session-confirmation/{registration.Id}",
            clock.GetUtcNow(), cancellationToken);
        await ScheduleReminderAsync(db, protector, clock, session, registration, contact, parameters, cancellationToken);
        return true;
    }

    /// <summary>The pending reminder goes; people who may be written to are told the new time or place.</summary>
    public static async Task OnMovedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, InfoSession session,
        IReadOnlyList<SessionRegistration> registrations, CancellationToken cancellationToken)
    {
        foreach (var registration in registrations)
        {
            await Outbox.CancelPendingAsync(db, Subject(registration.Id), cancellationToken);
            if (await ContactAsync(db, clock, registration, cancellationToken) is { } contact)
            {
                var parameters = await ParametersAsync(db, session, contact.Language, cancellationToken);
                await EnqueueAsync(db, protector, clock, session, registration, contact, Change, parameters,
                    $"session-changed/{registration.Id}/{session.StartsAt.UtcTicks}/{session.Version}", clock.GetUtcNow(), cancellationToken);
                await ScheduleReminderAsync(db, protector, clock, session, registration, contact, parameters, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Pending messages are cancelled; people who may be written to are told the session will not
    /// take place. Returns how many are told.
    /// </summary>
    public static async Task<int> OnCancelledAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, InfoSession session,
        IReadOnlyList<SessionRegistration> registrations, CancellationToken cancellationToken)
    {
        var told = 0;
        foreach (var registration in registrations)
        {
            await Outbox.CancelPendingAsync(db, Subject(registration.Id), cancellationToken);
            if (await ContactAsync(db, clock, registration, cancellationToken) is { } contact)
            {
                var parameters = await ParametersAsync(db, session, contact.Language, cancellationToken);
                told += await EnqueueAsync(db, protector, clock, session, registration, contact, Cancellation, parameters,
                    $"session-cancelled/{registration.Id}", clock.GetUtcNow(), cancellationToken) ? 1 : 0;
            }
        }

        return told;
    }

    /// <summary>The language a message is written in: Darija speakers read Arabic; any other language, French.</summary>
    public static string MessageLanguage(string language) =>
        SessionRules.MessageLanguages.Contains(language) ? language : language == "ary" ? "ar" : "fr";

    private static async Task ScheduleReminderAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, InfoSession session,
        SessionRegistration registration, Contact contact, Dictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        // Closer than a day, the confirmation is the reminder.
        var due = session.StartsAt - Lead;
        if (due > clock.GetUtcNow())
        {
            await EnqueueAsync(db, protector, clock, session, registration, contact, Reminder, parameters,
                $"session-reminder/{registration.Id}/{session.StartsAt.UtcTicks}", due, cancellationToken);
        }
    }

    private static Task<bool> EnqueueAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, InfoSession session,
        SessionRegistration registration, Contact contact, string template, Dictionary<string, string> parameters, string key, DateTimeOffset due,
        CancellationToken cancellationToken) =>
        Outbox.EnqueueAsync(db, protector, clock, new OutboxRequest(session.OrganisationId, contact.PersonId, contact.Channel, contact.Recipient,
            contact.Language, template, parameters, Subject(registration.Id), key, due), cancellationToken);

    private static async Task<Contact?> ContactAsync(AmudduDbContext db, TimeProvider clock, SessionRegistration registration,
        CancellationToken cancellationToken)
    {
        if (registration.PreRegistrationId is { } preRegistrationId)
        {
            var pre = await db.PreRegistrations.AsNoTracking().Where(p => p.Id == preRegistrationId)
                .Select(p => new { p.ContactConsent, p.ContactChannel, p.Phone, p.Email, p.Language, p.ErasedAt }).SingleAsync(cancellationToken);
            if (!pre.ContactConsent || pre.ErasedAt is not null || pre.ContactChannel is not { } channel)
            {
                return null;
            }

            var (outboxChannel, recipient) = channel switch
            {
                ContactChannel.Sms => (OutboxChannel.Sms, pre.Phone),
                ContactChannel.WhatsApp => (OutboxChannel.WhatsApp, pre.Phone),
                ContactChannel.Email => (OutboxChannel.Email, pre.Email),
            };
            return recipient is { Length: > 0 } ? new Contact(null, outboxChannel, recipient, MessageLanguage(pre.Language)) : null;
        }

        var personId = registration.PersonId!.Value;
        var today = SiteTime.Today(clock);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.ErasedAt == null)
            .Select(p => new { p.Phone, p.WhatsApp, p.Languages }).SingleOrDefaultAsync(cancellationToken);
        if (person is null || !await AppointmentReminders.ContactConsentInForceAsync(db, personId, today, cancellationToken))
        {
            return null;
        }

        return person.WhatsApp is { Length: > 0 } whatsApp ? new Contact(personId, OutboxChannel.WhatsApp, whatsApp, Outbox.LanguageFor(person.Languages))
            : person.Phone is { Length: > 0 } phone ? new Contact(personId, OutboxChannel.Sms, phone, Outbox.LanguageFor(person.Languages))
            : null;
    }

    private static async Task<Dictionary<string, string>> ParametersAsync(AmudduDbContext db, InfoSession session, string language,
        CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == session.SiteId).Select(s => new { s.Name, s.Address, s.City }).SingleAsync(cancellationToken);
        var culture = Cultures.ByLanguage[language];
        var local = SiteTime.ToLocal(session.StartsAt);
        return new Dictionary<string, string>
        {
            ["title"] = session.Title,
            ["date"] = local.ToString("dddd d MMMM", culture),
            ["time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["place"] = session.Place ?? $"{site.Name}, {site.Address ?? site.City}",
        };
    }
}
