using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// The organisation's two boxes: "received" (referrals to it, never drafts) and "sent". The received box
/// names no one; the sent box names the person, whose file is the sender's own.
/// </summary>
public static class ListReferrals
{
    public const string Received = "received";
    public const string Sent = "sent";
    public const int PageSize = 50;

    /// <summary>The box's orders: the last changed first (the default), or the overdue first as a caseworker's home lists them.</summary>
    public const string ByUpdated = "updated";
    public const string ByOverdue = "overdue";

    public static async Task<Results<Ok<ReferralPage>, ValidationProblem>> Handle(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken,
        string? box = null, string? status = null, bool? overdue = null, int? page = null, string? sort = null)
    {
        var errors = new ValidationErrors(text);
        box ??= Received;
        if (box is not (Received or Sent))
        {
            errors.Add("box", text["FieldNotAllowed", text["ReferralLife.Box"]]);
        }

        ReferralStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<ReferralStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("status", text["FieldNotAllowed", text["Referral.Status"]]);
            }
        }

        if (page is < 1)
        {
            errors.Add("page", text["FieldNotAllowed", text["ReferralLife.Page"]]);
        }

        if (sort is not (null or "" or ByUpdated or ByOverdue))
        {
            errors.Add("sort", text["FieldNotAllowed", text["ReferralLife.Sort"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var today = SiteTime.Today(clock);
        var query = (box == Received ? ReferralAccess.Received(db, staff) : ReferralAccess.Sent(db, staff)).AsNoTracking();
        if (wanted is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (overdue == true)
        {
            query = query.Where(Referral.OverdueOn(today));
        }

        var number = page ?? 1;
        var total = await query.CountAsync(cancellationToken);
        var ordered = sort == ByOverdue ? OverdueFirst(query, today) : query.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id);
        var referrals = await ordered.Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ReferralPage(await ItemsAsync(db, staff, referrals, today, namePeople: box == Sent, cancellationToken), number, PageSize, total));
    }

    /// <summary>
    /// The overdue first (<see cref="Referral.OverdueFirst"/>), then those still to answer, then by the date the answer is due:
    /// the order of a caseworker's inbox on their home and of the received box sorted by <see cref="ByOverdue"/>.
    /// </summary>
    public static IOrderedQueryable<Referral> OverdueFirst(IQueryable<Referral> referrals, DateOnly today) => referrals
        .OrderBy(Referral.OverdueFirst(today))
        .ThenBy(r => r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received ? 0 : 1)
        .ThenBy(r => r.RespondBy).ThenBy(r => r.Id);

    /// <summary>Lines of a box; people are named only when <paramref name="namePeople"/> and the file is the caller's own.</summary>
    public static async Task<List<ReferralListItem>> ItemsAsync(
        AmudduDbContext db, ICurrentStaff staff, IReadOnlyList<Referral> referrals, DateOnly today, bool namePeople, CancellationToken cancellationToken)
    {
        var services = await ReferralNames.ServicesAsync(db, referrals.Select(r => r.OfferId), cancellationToken);
        var organisations = await ReferralNames.OrganisationsAsync(db,
            referrals.SelectMany(r => new[] { r.SenderOrganisationId, r.RecipientOrganisationId }), cancellationToken);
        var people = namePeople ? await ReferralNames.OwnPeopleAsync(db, staff, referrals.Select(r => r.PersonId), cancellationToken) : [];
        return [.. referrals.Select(r => new ReferralListItem(
            r.Id, r.Reference, r.Status, r.Urgency, services.GetValueOrDefault(r.OfferId, ""),
            organisations.GetValueOrDefault(r.SenderOrganisationId == staff.OrganisationId ? r.RecipientOrganisationId : r.SenderOrganisationId, ""),
            people.GetValueOrDefault(r.PersonId), r.SentAt, r.RespondBy, r.DueBy, r.IsOverdueOn(today), r.EscalatedAt is not null))];
    }
}
