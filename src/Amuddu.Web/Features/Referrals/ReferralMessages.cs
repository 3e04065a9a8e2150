using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// E-mails to staff about a referral, through the outbox in the caller's unit of work. They say which
/// referral (its reference and service) and what happened, never who the person is: an e-mail leaves the
/// platform, and the caseworker reads who it is in Amuddu, where every read is checked against the consent and audited.
/// </summary>
public static class ReferralMessages
{
    public const string Received = "ReferralReceived";
    public const string StatusChanged = "ReferralStatusChanged";
    public const string Escalated = "ReferralEscalated";

    /// <summary>Staff e-mails are written in French, the language every staff member of the network reads.</summary>
    private const string Language = "fr";

    public static string Subject(Guid referralId) => $"referral/{referralId}";

    /// <summary>Tells the receiving organisation's staff who take referrals that one has arrived.</summary>
    public static async Task EnqueueReceivedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, Referral referral,
        CancellationToken cancellationToken)
    {
        var roleIds = db.Roles.Where(r => Policies.ReferralRoles.Contains(r.Name!)).Select(r => r.Id);
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == referral.RecipientOrganisationId && u.IsActive && u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var service = await ServiceNameAsync(db, referral, cancellationToken);
        foreach (var member in staff)
        {
            await EnqueueAsync(db, protector, clock, referral, service, referral.RecipientOrganisationId, member.Email!, Received,
                new Dictionary<string, string> { ["respondBy"] = DateText(referral.RespondBy) },
                $"referral-received/{referral.Id}/{member.Id}", cancellationToken);
        }
    }

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
        await EnqueueAsync(db, protector, clock, referral, await ServiceNameAsync(db, referral, cancellationToken), organisationId, address, StatusChanged,
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

        await EnqueueAsync(db, protector, clock, referral, await ServiceNameAsync(db, referral, cancellationToken), referral.SenderOrganisationId, address, Escalated,
            new Dictionary<string, string> { ["respondBy"] = DateText(referral.RespondBy) },
            $"referral-escalated/{referral.Id}", cancellationToken);
    }

    private static string DateText(DateOnly day) => day.ToString("d", Cultures.ByLanguage.GetValueOrDefault(Language, Cultures.Default));

    private static async Task<string> ServiceNameAsync(AmudduDbContext db, Referral referral, CancellationToken cancellationToken) =>
        OfferLanguages.NameIn(await db.OfferTexts.AsNoTracking().Where(t => t.OfferId == referral.OfferId).ToListAsync(cancellationToken),
            Cultures.ByLanguage.GetValueOrDefault(Language, Cultures.Default));

    private static async Task EnqueueAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, Referral referral, string service,
        Guid organisationId, string address, string template, Dictionary<string, string> parameters, string deduplicationKey, CancellationToken cancellationToken)
    {
        parameters["reference"] = referral.Reference;
        parameters["service"] = service;
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
