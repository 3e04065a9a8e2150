using System.Globalization;
using System.Linq.Expressions;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
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
    /// <summary>When the figures were counted: they are kept <see cref="GetNetworkStatistics.KeptFor"/>.</summary>
    public DateTimeOffset CountedAt { get; init; }
}

/// <summary>
/// The referral network's figures over a period of sending: counts by pair of organisations, by
/// service, by status and by decline reason, the time to accept and to complete. Counts only, never a
/// person. The platform operator's managers see the whole network; any other organisation's, only the
/// referrals it sent or received. The figures of a period are counted over every referral sent in it (a year of a
/// national network is hundreds of thousands), so they are kept <see cref="KeptFor"/> and shared by everyone who
/// sees the same network: the page says when they were counted.
/// </summary>
public static class GetNetworkStatistics
{
    /// <summary>The default period: the last twelve months, today included.</summary>
    public const int DefaultMonths = 12;

    /// <summary>How long the figures of a period are kept before they are counted again.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(2);

    public static async Task<Results<Ok<NetworkStatistics>, ValidationProblem>> Handle(
        AmudduDbContext db, ICurrentStaff staff, KeptFigures kept, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        if (!TryReadPeriod(from, to, clock, text, out var first, out var last, out var errors))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        return TypedResults.Ok(await LoadAsync(db, staff, kept, first, last, SiteTime.Today(clock), cancellationToken));
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
        AmudduDbContext db, ICurrentStaff staff, KeptFigures kept, DateOnly first, DateOnly last, DateOnly today, CancellationToken cancellationToken)
    {
        var whole = await SeesWholeNetworkAsync(db, staff, cancellationToken);
        // Names and their order are in the reader's language.
        var key = (nameof(GetNetworkStatistics), whole ? (Guid?)null : staff.OrganisationId, first, last, today, CultureInfo.CurrentUICulture.Name);
        var (statistics, countedAt) = await kept.GetAsync(key, KeptFor, () => CountAsync(db, staff, whole, first, last, today, cancellationToken));
        return statistics with { CountedAt = countedAt };
    }

    private static async Task<NetworkStatistics> CountAsync(
        AmudduDbContext db, ICurrentStaff staff, bool whole, DateOnly first, DateOnly last, DateOnly today, CancellationToken cancellationToken)
    {
        var start = SiteTime.StartOf(first);
        var end = SiteTime.StartOf(last.AddDays(1));
        var referrals = db.Referrals.AsNoTracking().Where(r => r.SentAt != null && r.SentAt >= start && r.SentAt < end);
        if (!whole)
        {
            var organisationId = staff.OrganisationId;
            referrals = referrals.Where(r => r.SenderOrganisationId == organisationId || r.RecipientOrganisationId == organisationId);
        }

        // One grouped pass over the period gives every count: the cells of (pair, service, status, reason, counter-referral,
        // overdue) are a few hundred however many referrals there are; the tables are sums over them.
        var cells = await referrals.Select(CellOf(today))
            .GroupBy(c => new { c.SenderOrganisationId, c.RecipientOrganisationId, c.OfferId, c.Status, c.DeclineReason, c.Counter, c.Overdue })
            .Select(g => new
            {
                g.Key.SenderOrganisationId, g.Key.RecipientOrganisationId, g.Key.OfferId, g.Key.Status, g.Key.DeclineReason, g.Key.Counter, g.Key.Overdue,
                Count = g.Count(),
            })
            .ToListAsync(cancellationToken);
        var pairs = cells.GroupBy(c => new { c.SenderOrganisationId, c.RecipientOrganisationId })
            .Select(g => new { g.Key.SenderOrganisationId, g.Key.RecipientOrganisationId, Count = g.Sum(c => c.Count) }).ToList();
        var services = cells.GroupBy(c => c.OfferId).Select(g => new { OfferId = g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var statuses = cells.GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var reasons = cells.Where(c => c.DeclineReason != null).GroupBy(c => c.DeclineReason)
            .Select(g => new { Reason = g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var overdue = cells.Where(c => c.Overdue == 0).Sum(c => c.Count);
        var counter = cells.Where(c => c.Counter == 1).Sum(c => c.Count);

        // Durations: counts, sums and the middle values in the database (the rows never come back).
        var organisation = whole ? null : staff.OrganisationId;
        var (acceptedTime, completedTime) = await NetworkDurations.CountAsync(db, start, end, organisation, cancellationToken);

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
            [.. reasons.Select(r => new NetworkCount(r.Reason!.Value.ToString(), r.Count)).OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal)],
            acceptedTime, completedTime);
    }

    /// <summary>
    /// A referral as the grouped pass reads it: its pair, service, status and reason, whether it answers another
    /// (a counter-referral) and <see cref="Referral.OverdueFirst"/> (0 when overdue on <paramref name="today"/>).
    /// </summary>
    private static Expression<Func<Referral, Cell>> CellOf(DateOnly today)
    {
        var overdueFirst = Referral.OverdueFirst(today);
        var r = overdueFirst.Parameters[0];
        MemberAssignment Bind(string name, Expression value) => Expression.Bind(typeof(Cell).GetProperty(name)!, value);
        var body = Expression.MemberInit(Expression.New(typeof(Cell)),
            Bind(nameof(Cell.SenderOrganisationId), Expression.Property(r, nameof(Referral.SenderOrganisationId))),
            Bind(nameof(Cell.RecipientOrganisationId), Expression.Property(r, nameof(Referral.RecipientOrganisationId))),
            Bind(nameof(Cell.OfferId), Expression.Property(r, nameof(Referral.OfferId))),
            Bind(nameof(Cell.Status), Expression.Property(r, nameof(Referral.Status))),
            Bind(nameof(Cell.DeclineReason), Expression.Property(r, nameof(Referral.DeclineReason))),
            Bind(nameof(Cell.Counter), Expression.Condition(
                Expression.NotEqual(Expression.Property(r, nameof(Referral.ParentReferralId)), Expression.Constant(null, typeof(Guid?))),
                Expression.Constant(1), Expression.Constant(0))),
            Bind(nameof(Cell.Overdue), overdueFirst.Body));
        return Expression.Lambda<Func<Referral, Cell>>(body, r);
    }

    private sealed class Cell
    {
        public Guid SenderOrganisationId { get; set; }
        public Guid RecipientOrganisationId { get; set; }
        public Guid OfferId { get; set; }
        public ReferralStatus Status { get; set; }
        public DeclineReason? DeclineReason { get; set; }
        public int Counter { get; set; }
        public int Overdue { get; set; }
    }
}
