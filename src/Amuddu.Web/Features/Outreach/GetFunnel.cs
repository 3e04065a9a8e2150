using System.Globalization;
using System.Linq.Expressions;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

public sealed record FunnelFigures(int Reached, int PreRegistered, int Attended, int Registered, int Positioned, int InActionPlan);

public sealed record FunnelMonth(string Month, FunnelFigures Figures);

/// <summary>An agency's or an agent's figures over the period; <see cref="Id"/> is null for pre-registrations without an agent (the public form).</summary>
public sealed record FunnelGroup(Guid? Id, string Name, FunnelFigures Figures);

public sealed record FunnelResponse(
    string From, string To, Guid? SiteId, Guid? AgentId, FunnelFigures Total, IReadOnlyList<FunnelMonth> Months,
    IReadOnlyList<FunnelGroup> Sites, IReadOnlyList<FunnelGroup> Agents)
{
    /// <summary>
    /// When the pre-registrations' steps were last counted (the indicator refresh, every few minutes); null before the
    /// first count. The people reached at the activities are counted as they are.
    /// </summary>
    public DateTimeOffset? CountedAt { get; init; }
}

/// <summary>
/// The outreach funnel, per month, agency and agent: people reached at the activities done, then,
/// of the people pre-registered in the month, how many attended a session, were registered (a file),
/// were positioned and have an action plan. Counts only: the activities' in one grouped query, the pre-registrations'
/// steps from <see cref="FunnelCell"/> (sums kept by the indicator refresh, so a period of a million reads a few hundred rows).
/// Agents see their own figures, counsellors their agency's, managers (indicators) the organisation's.
/// </summary>
public static class GetFunnel
{
    public const int MaxMonths = 24;

    public static async Task<Results<Ok<FunnelResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        StatisticsReads statistics, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken,
        string? from = null, string? to = null, Guid? siteId = null, Guid? agentId = null)
    {
        var db = statistics.Db;
        var thisMonth = FirstOfMonth(SiteTime.Today(clock));
        var errors = new ValidationErrors(text);
        var first = ReadMonth(from, thisMonth.AddMonths(-2), "from", errors, text);
        var last = ReadMonth(to, thisMonth, "to", errors, text);
        if (errors.IsValid && (last < first || first.AddMonths(MaxMonths) <= last))
        {
            errors.Add("to", text["Outreach.FunnelPeriodInvalid", MaxMonths]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (Scope(staff, siteId, agentId) is not { } scope)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["Outreach.FunnelForbidden"]);
        }

        return TypedResults.Ok(await LoadAsync(db, staff.OrganisationId!.Value, first, last, scope.SiteId, scope.AgentId, cancellationToken));
    }

    /// <summary>Which figures the staff member may see: null when none.</summary>
    public static (Guid? SiteId, Guid? AgentId)? Scope(ICurrentStaff staff, Guid? siteId, Guid? agentId)
    {
        if (Policies.IndicatorRoles.Any(staff.IsInRole))
        {
            return (siteId, agentId);
        }

        if (Policies.PeopleFileRoles.Any(staff.IsInRole))
        {
            return (staff.SiteId ?? siteId, agentId);
        }

        return staff.IsInRole(Roles.CommunityAgent) ? (siteId, staff.UserId) : null;
    }

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly ReadMonth(string? value, DateOnly fallback, string field, ValidationErrors errors, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month.Year is >= 2000 and <= 2100)
        {
            return month;
        }

        errors.Add(field, text["Outreach.MonthInvalid"]);
        return fallback;
    }

    public static async Task<FunnelResponse> LoadAsync(
        AmudduDbContext db, Guid organisationId, DateOnly first, DateOnly last, Guid? siteId, Guid? agentId, CancellationToken cancellationToken)
    {
        var months = Enumerable.Range(0, ((last.Year - first.Year) * 12) + last.Month - first.Month + 1).Select(i => first.AddMonths(i)).ToList();
        var start = SiteTime.StartOf(first);
        var end = SiteTime.StartOf(last.AddMonths(1));
        List<DateTimeOffset> innerStarts = [.. months.Skip(1).Select(SiteTime.StartOf)];
        var monthOf = MonthOf<Fact, Keyed>(innerStarts);

        var activities = db.OutreachActivities.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.Status == OutreachStatus.Done && a.PlannedAt >= start && a.PlannedAt < end);
        if (siteId is { } site)
        {
            activities = activities.Where(a => a.SiteId == site);
        }

        var reachedBySite = activities;
        if (agentId is { } agent)
        {
            reachedBySite = reachedBySite.Where(a => a.Agents.Any(x => x.AgentId == agent));
        }

        var reachedByAgent =
            from x in db.OutreachActivityAgents.AsNoTracking()
            join a in activities on x.ActivityId equals a.Id
            where agentId == null || x.AgentId == agentId
            select new Fact { At = a.PlannedAt, SiteId = a.SiteId, AgentId = x.AgentId, Value = a.ReachedTotal };

        // The activities are a few a day: read as they are. The pre-registrations (a million over two years at a national
        // agency) and their steps are read from the funnel's sums per month, agency and agent, kept by the indicator refresh.
        var reached = await CountAsync(reachedBySite.Select(a => new Fact { At = a.PlannedAt, SiteId = a.SiteId, AgentId = null, Value = a.ReachedTotal }), monthOf, cancellationToken);
        var reachedPerAgent = await CountAsync(reachedByAgent, monthOf, cancellationToken);
        var cells = db.FunnelCells.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && c.Month >= FunnelFact.MonthOf(first) && c.Month <= FunnelFact.MonthOf(last));
        if (siteId is { } preSite)
        {
            cells = cells.Where(c => c.SiteId == preSite);
        }

        if (agentId is { } preAgent)
        {
            cells = cells.Where(c => c.AgentId == preAgent);
        }

        var monthIndex = months.Select((m, i) => (FunnelFact.MonthOf(m), i)).ToDictionary(x => x.Item1, x => x.i);
        var steps = (await cells.ToListAsync(cancellationToken)).Select(c => new Cell(
                monthIndex[c.Month], c.SiteId == Guid.Empty ? null : c.SiteId, c.AgentId == Guid.Empty ? null : c.AgentId, c.PreRegistered)
            { Steps = [c.PreRegistered, c.Attended, c.Registered, c.Positioned, c.InPlan] }).ToList();
        var countedAt = await IndicatorFacts.CountedAtAsync(db, organisationId, cancellationToken);
        var total = SumBy(reached, steps, _ => 0);
        var byMonth = SumBy(reached, steps, c => c.Month);
        var bySite = SumBy(reached, steps, c => c.SiteId ?? Guid.Empty);
        var byAgent = SumBy(reachedPerAgent, steps, c => c.AgentId ?? Guid.Empty);

        List<Cell>[] all = [reached, reachedPerAgent, steps];
        var siteIds = all.SelectMany(s => s).Select(c => c.SiteId).OfType<Guid>().Distinct().ToList();
        var agentIds = all.SelectMany(s => s).Select(c => c.AgentId).OfType<Guid>().Distinct().ToList();
        var siteNames = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var agentNames = await db.Users.AsNoTracking().Where(u => agentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        return new FunnelResponse(
            Format(first), Format(last), siteId, agentId,
            total.GetValueOrDefault(0, Nothing),
            [.. months.Select((m, i) => new FunnelMonth(Format(m), byMonth.GetValueOrDefault(i, Nothing)))],
            [.. siteIds.Select(id => new FunnelGroup(id, siteNames.GetValueOrDefault(id, ""), bySite.GetValueOrDefault(id, Nothing))).OrderBy(g => g.Name, StringComparer.CurrentCulture)],
            [.. agentIds.Select(id => (Guid?)id).Append(null)
                .Select(id => new FunnelGroup(id, id is { } known ? agentNames.GetValueOrDefault(known, "") : "", byAgent.GetValueOrDefault(id ?? Guid.Empty, Nothing)))
                .Where(g => g.Id is not null || g.Figures.PreRegistered > 0)
                .OrderBy(g => g.Id is null).ThenBy(g => g.Name, StringComparer.CurrentCulture)])
        {
            CountedAt = countedAt,
        };
    }

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static readonly FunnelFigures Nothing = new(0, 0, 0, 0, 0, 0);

    /// <summary>The figures of each key (a month, an agency, an agent) summed in one pass over the cells.</summary>
    private static Dictionary<TKey, FunnelFigures> SumBy<TKey>(List<Cell> reached, List<Cell> steps, Func<Cell, TKey> key)
        where TKey : notnull
    {
        var sums = new Dictionary<TKey, int[]>();
        int[] Of(Cell cell) => sums.TryGetValue(key(cell), out var sum) ? sum : sums[key(cell)] = new int[6];
        foreach (var cell in reached)
        {
            Of(cell)[0] += cell.Value;
        }

        foreach (var cell in steps)
        {
            var sum = Of(cell);
            for (var k = 0; k < cell.Steps.Length; k++)
            {
                sum[k + 1] += cell.Steps[k];
            }
        }

        return sums.ToDictionary(p => p.Key, p => new FunnelFigures(p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4], p.Value[5]));
    }

    private static async Task<List<Cell>> CountAsync(IQueryable<Fact> facts, Expression<Func<Fact, Keyed>> monthOf, CancellationToken cancellationToken)
    {
        var rows = await facts.Select(monthOf)
            .GroupBy(k => new { k.Month, k.SiteId, k.AgentId })
            .Select(g => new { g.Key.Month, g.Key.SiteId, g.Key.AgentId, Value = g.Sum(k => k.Value) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Cell(r.Month, r.SiteId, r.AgentId, r.Value))];
    }

    /// <summary>
    /// The month index of each fact as a CASE on the instant (before the 2nd month's start: 0, ...),
    /// so the grouping happens in the database on either engine, whatever the time zone of the month.
    /// </summary>
    private static Expression<Func<TFact, TKeyed>> MonthOf<TFact, TKeyed>(IReadOnlyList<DateTimeOffset> innerStarts)
    {
        var fact = Expression.Parameter(typeof(TFact), "f");
        var at = Expression.Property(fact, nameof(Fact.At));
        Expression month = Expression.Constant(innerStarts.Count);
        for (var i = innerStarts.Count - 1; i >= 0; i--)
        {
            month = Expression.Condition(Expression.LessThan(at, Expression.Constant(innerStarts[i])), Expression.Constant(i), month);
        }

        // The month, then every other figure of the fact under its own name.
        var bindings = typeof(TKeyed).GetProperties().Select(p => Expression.Bind(p, p.Name == nameof(Keyed.Month) ? month : Expression.Property(fact, p.Name)));
        var body = Expression.MemberInit(Expression.New(typeof(TKeyed)), bindings);
        return Expression.Lambda<Func<TFact, TKeyed>>(body, fact);
    }

    private sealed class Fact
    {
        public DateTimeOffset At { get; set; }
        public Guid? SiteId { get; set; }
        public Guid? AgentId { get; set; }
        public int Value { get; set; }
    }

    private sealed class Keyed
    {
        public int Month { get; set; }
        public Guid? SiteId { get; set; }
        public Guid? AgentId { get; set; }
        public int Value { get; set; }
    }

    private sealed record Cell(int Month, Guid? SiteId, Guid? AgentId, int Value)
    {
        public int[] Steps { get; init; } = [];
    }
}
