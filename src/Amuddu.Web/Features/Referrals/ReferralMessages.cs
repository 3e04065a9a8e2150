using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// E-mails to staff about a referral, through the outbox in the caller's unit of work. They say which
/// referral (its reference and service) and what happened, never who the person is: an e-mail leaves the platform.
/// </summary>
public static class ReferralMessages
{
    public const string StatusChanged = "ReferralStatusChanged";
    public const string Escalated = "ReferralEscalated";

    /// <summary>Staff e-mails are written in French, the language every staff member of the network reads.</summary>
    private const string Language = "fr";

    public static string Subject(Guid referralId) => $"referral/{referralId}";

    /// <summary>
    /// Tells the other end. The sender hears from the receiving side through the staff member who made the
    /// referral; the receiving side through its caseworker, or the service's contact address before anyone took it.
    /// </summary>
    public static async Task StatusChangedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, IStringLocalizer text,
        Referral referral, ReferralSide by, CancellationToken cancellationToken)
    {
        var (organisationId, address) = by == ReferralSide.Recipient
            ? (referral.SenderOrganisationId, await EmailOfAsync(db, referral.SenderUserId, cancellationToken))
            : (referral.RecipientOrganisationId, referral.RecipientUserId is { } user
                ? await EmailOfAsync(db, user, cancellationToken)
                : await db.Offers.Where(o => o.Id == referral.OfferId).Select(o => o.ContactEmail).SingleOrDefaultAsync(cancellationToken));
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        var status = InLanguage(() => text[$"Referral.Status.{referral.Status}"].Value);
        await EnqueueAsync(db, protector, clock, referral, organisationId, address, StatusChanged,
            new Dictionary<string, string> { ["status"] = status }, $"referral-status/{referral.Id}/{referral.Status}/{clock.GetUtcNow().UtcTicks}", cancellationToken);
    }

    /// <summary>Tells the sender's manager that a referral is late; once per referral.</summary>
    public static async Task EscalatedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, Referral referral, Guid managerId,
        CancellationToken cancellationToken)
    {
        if (await EmailOfAsync(db, managerId, cancellationToken) is not { Length: > 0 } address)
        {
            return;
        }

        await EnqueueAsync(db, protector, clock, referral, referral.SenderOrganisationId, address, Escalated,
            new Dictionary<string, string> { ["respondBy"] = referral.RespondBy.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) },
            $"referral-escalated/{referral.Id}", cancellationToken);
    }

    private static async Task EnqueueAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, Referral referral, Guid organisationId,
        string address, string template, Dictionary<string, string> parameters, string deduplicationKey, CancellationToken cancellationToken)
    {
        var texts = await db.OfferTexts.AsNoTracking().Where(t => t.OfferId == referral.OfferId).ToListAsync(cancellationToken);
        parameters["reference"] = referral.Reference;
        parameters["service"] = OfferLanguages.NameIn(texts, Cultures.ByLanguage.GetValueOrDefault(Language, Cultures.Default));
        await Outbox.EnqueueAsync(db, protector, clock, new OutboxRequest(
            organisationId, null, OutboxChannel.Email, address, Language, template, parameters, Subject(referral.Id), deduplicationKey,
            clock.GetUtcNow()), cancellationToken);
    }

    private static Task<string?> EmailOfAsync(AmudduDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId && u.IsActive).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);

    private static string InLanguage(Func<string> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Cultures.ByLanguage.GetValueOrDefault(Language, Cultures.Default);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
