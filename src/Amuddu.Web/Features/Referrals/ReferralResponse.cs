using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>A line of a box. <see cref="PersonName"/> is only ever given to the organisation that holds the person's file.</summary>
public sealed record ReferralListItem(
    Guid Id, string Reference, ReferralStatus Status, ReferralUrgency Urgency, string Service, string Partner, string? PersonName,
    DateTimeOffset? SentAt, DateOnly RespondBy, DateOnly? DueBy, bool Overdue, bool Escalated);

public sealed record ReferralPage(IReadOnlyList<ReferralListItem> Items, int Page, int PageSize, int Total);

public sealed record ReferralEventResponse(DateTimeOffset At, ReferralEventKind Kind, ReferralStatus? Status, string? Note, string? By, string ByOrganisation);

/// <summary>
/// A referral as either end sees it. <see cref="PersonId"/> is given only to the organisation holding the
/// person's file (the sender, or the recipient of a counter-referral), to link to it; the other end reads
/// the shared part through <c>/person</c>. <see cref="Actions"/> are the changes the caller may make now.
/// </summary>
public sealed record ReferralResponse(
    Guid Id, string Reference, ReferralSide Side, ReferralStatus Status, ReferralUrgency Urgency,
    Guid OfferId, string Service, Guid SenderOrganisationId, string SenderOrganisation, Guid RecipientOrganisationId, string RecipientOrganisation,
    string? SenderUser, string? RecipientUser, Guid? PersonId, string? PersonName, string Reason, string? Request, DateOnly RespondBy, DateOnly? DueBy,
    SharedData SharedData, DateTimeOffset? SentAt, DateTimeOffset? ReceivedAt, DateTimeOffset? RespondedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt, DateTimeOffset? ClosedAt, DeclineReason? DeclineReason, ReferralOutcome? Outcome, string? ResponseNote,
    bool Overdue, DateTimeOffset? EscalatedAt, Guid? ParentReferralId, IReadOnlyList<string> Actions, IReadOnlyList<ReferralEventResponse> Events,
    long Version);

/// <summary>Names of services, organisations and people for referrals, each in one query whatever the number of referrals.</summary>
internal static class ReferralNames
{
    public static async Task<Dictionary<Guid, string>> ServicesAsync(AmudduDbContext db, IEnumerable<Guid> offerIds, CancellationToken cancellationToken)
    {
        var ids = offerIds.Distinct().ToList();
        var texts = await db.OfferTexts.AsNoTracking().Where(t => ids.Contains(t.OfferId)).ToListAsync(cancellationToken);
        return texts.GroupBy(t => t.OfferId).ToDictionary(g => g.Key, g => OfferLanguages.NameIn(g, CultureInfo.CurrentUICulture));
    }

    public static Task<Dictionary<Guid, string>> OrganisationsAsync(AmudduDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return db.Organisations.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    public static Task<Dictionary<Guid, string>> UsersAsync(AmudduDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    /// <summary>Names of the people whose file is the caller's own; the others stay out of the answer.</summary>
    public static async Task<Dictionary<Guid, string>> OwnPeopleAsync(AmudduDbContext db, ICurrentStaff staff, IEnumerable<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.OrganisationId == staff.OrganisationId)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic }).ToListAsync(cancellationToken);
        return people.ToDictionary(p => p.Id, p => People.Person.NameOf(p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic));
    }
}
