using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals.Network;

public sealed record NetworkPair(Guid SenderId, string Sender, Guid RecipientId, string Recipient, int Count);

public sealed record NetworkService(Guid OfferId, string Service, string Organisation, int Count);

public sealed record NetworkCount(string Code, int Count);

/// <summary>How long a step took, in days, over the referrals that took it.</summary>
public sealed record NetworkDuration(int Count, double? MedianDays, double? AverageDays);

public sealed record NetworkStatistics(
    string From, string To, bool WholeNetwork, int Sent, int Overdue, int CounterReferrals,
    IReadOnlyList<NetworkPair> Pairs, IReadOnlyList<NetworkService> Services, IReadOnlyList<NetworkCount> Statuses,
    IReadOnlyList<NetworkCount> DeclineReasons, NetworkDuration TimeToAccept, NetworkDuration TimeToComplete)
{
    /// <summary>When the referrals were last counted (the indicator refresh, every few minutes); null before the first count.</summary>
    public DateTimeOffset? CountedAt { get; init; }
}

/// <summary>
/// The referral network's figures over a period of sending: counts by pair of organisations, by
/// service, by status and by decline reason, the time to accept and to complete. Counts only, never a
/// person. The platform operator's managers see the whole network; any other organisation's, only the
/// referrals it sent or received. A year of a national network is hundreds of thousands of referrals: the figures are
/// read from their sums per day (<see cref="NetworkCell"/>, kept by the indicator refresh every few minutes), and the
/// page says when they were counted.
/// </summary>
public static class GetNetworkStatistics
{
    /// <summary>The default period: the last twelve months, today included.</summary>
    public const int DefaultMonths = 12;

    public static async Task<Results<Ok<NetworkStatistics>, ValidationProblem>> Handle(
        StatisticsReads statistics, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        if (!TryReadPeriod(from, to, clock, text, out var first, out var last, out var errors))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        return TypedResults.Ok(await LoadAsync(statistics.Db, staff, first, last, SiteTime.Today(clock), cancellationToken));
    }

    /// <summary>Reads the period (ISO dates, both days included); false with the errors naming the field otherwise.</summary>
    public static bool TryReadPeriod(string? from, string? to, TimeProvider clock, IStringLocalizer text,
        out DateOnly first, out DateOnly last, out ValidationErrors errors)
    {
        var today = SiteTime.Today(clock);
        errors = new ValidationErrors(text);
        first = ReadDate(from, today.AddMonths(-DefaultMonths).AddDays(1), "from", errors, text);
        last = ReadDate(to, today, "to", errors, text);
        if (errors.IsValid && first > last)
        {
            errors.Add("from", text["Network.PeriodInvalid"]);
        }

        return errors.IsValid;
    }

    private static DateOnly ReadDate(string? value, DateOnly fallback, string field, ValidationErrors errors, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        errors.Add(field, text["Network.DateInvalid"]);
        return fallback;
    }

    /// <summary>Whether the staff member sees the whole network: a manager of the platform operator.</summary>
    public static async Task<bool> SeesWholeNetworkAsync(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        Policies.IndicatorRoles.Any(staff.IsInRole)
        && await db.Organisations.AnyAsync(o => o.Id == staff.OrganisationId && o.IsPlatformOperator, cancellationToken);

    public static async Task<NetworkStatistics> LoadAsync(
        AmudduDbContext db, ICurrentStaff staff, DateOnly first, DateOnly last, DateOnly today, CancellationToken cancellationToken)
    {
        var whole = await SeesWholeNetworkAsync(db, staff, cancellationToken);
        var organisation = whole ? null : staff.OrganisationId;
        var (firstDay, lastDay, todayKey) = (NetworkFact.DayOf(first), NetworkFact.DayOf(last), NetworkFact.DayOf(today));
        var sums = db.NetworkCells.AsNoTracking().Where(c => c.Day >= firstDay && c.Day <= lastDay);
        if (organisation is { } own)
        {
            sums = sums.Where(c => c.OrganisationId == own || c.RecipientOrganisationId == own);
        }

        // One grouped read of the sums gives every count: a few hundred cells, however many referrals there are; the
        // tables are sums over them. Overdue today: the referrals whose first overdue day has come.
        var cells = await sums
            .GroupBy(c => new { c.OrganisationId, c.RecipientOrganisationId, c.OfferId, c.Status, c.DeclineReason, c.Counter, Overdue = c.OverdueFrom <= todayKey })
            .Select(g => new
            {
                SenderOrganisationId = g.Key.OrganisationId, g.Key.RecipientOrganisationId, g.Key.OfferId, g.Key.Status, g.Key.DeclineReason, g.Key.Counter,
                g.Key.Overdue, Count = g.Sum(c => c.Referrals), Accepted = g.Sum(c => c.Accepted), AcceptMilliseconds = g.Sum(c => c.AcceptMilliseconds),
                Completed = g.Sum(c => c.Completed), CompleteMilliseconds = g.Sum(c => c.CompleteMilliseconds),
            })
            .ToListAsync(cancellationToken);
        var pairs = cells.GroupBy(c => new { c.SenderOrganisationId, c.RecipientOrganisationId })
            .Select(g => new { g.Key.SenderOrganisationId, g.Key.RecipientOrganisationId, Count = g.Sum(c => c.Count) }).ToList();
        var services = cells.GroupBy(c => c.OfferId).Select(g => new { OfferId = g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var statuses = cells.GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var reasons = cells.Where(c => c.DeclineReason != "").GroupBy(c => c.DeclineReason)
            .Select(g => new { Reason = g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var overdue = cells.Where(c => c.Overdue).Sum(c => c.Count);
        var counter = cells.Where(c => c.Counter == 1).Sum(c => c.Count);
        var acceptedTime = await NetworkDurations.OfAsync(db, firstDay, lastDay, organisation, completed: false,
            cells.Sum(c => c.Accepted), cells.Sum(c => c.AcceptMilliseconds), cancellationToken);
        var completedTime = await NetworkDurations.OfAsync(db, firstDay, lastDay, organisation, completed: true,
            cells.Sum(c => c.Completed), cells.Sum(c => c.CompleteMilliseconds), cancellationToken);
        // The sums are as of the oldest organisation's last refresh (a partner's received referrals are its senders').
        var countedAt = await IndicatorFacts.CountedAtAsync(db, null, cancellationToken);

        var organisationIds = pairs.SelectMany(p => new[] { p.SenderOrganisationId, p.RecipientOrganisationId }).Distinct().ToList();
        var offerIds = services.Select(s => s.OfferId).ToList();
        var offers = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).Select(o => new { o.Id, o.OrganisationId }).ToListAsync(cancellationToken);
        organisationIds.AddRange(offers.Select(o => o.OrganisationId));
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        // In the request's language, or French.
        var serviceNames = await ReferralNames.ServicesAsync(db, offerIds, cancellationToken);
        var offerOrganisation = offers.ToDictionary(o => o.Id, o => o.OrganisationId);

        return new NetworkStatistics(
            first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), whole,
            statuses.Sum(s => s.Count), overdue, counter,
            [.. pairs.Select(p => new NetworkPair(p.SenderOrganisationId, names.GetValueOrDefault(p.SenderOrganisationId, ""),
                    p.RecipientOrganisationId, names.GetValueOrDefault(p.RecipientOrganisationId, ""), p.Count))
                .OrderByDescending(p => p.Count).ThenBy(p => p.Sender, StringComparer.CurrentCulture).ThenBy(p => p.Recipient, StringComparer.CurrentCulture)],
            [.. services.Select(s => new NetworkService(s.OfferId, serviceNames.GetValueOrDefault(s.OfferId, ""),
                    offerOrganisation.TryGetValue(s.OfferId, out var owner) ? names.GetValueOrDefault(owner, "") : "", s.Count))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Service, StringComparer.CurrentCulture)],
            // Every status a sent referral can have, in the order of its life, zeros included, so tables line up period to period.
            [.. Enum.GetValues<ReferralStatus>().Where(s => s != ReferralStatus.Draft)
                .Select(s => new NetworkCount(s.ToString(), statuses.Where(x => x.Status == s).Sum(x => x.Count)))],
            [.. reasons.Select(r => new NetworkCount(r.Reason, r.Count)).OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal)],
            acceptedTime, completedTime)
        {
            CountedAt = countedAt,
        };
    }
}
