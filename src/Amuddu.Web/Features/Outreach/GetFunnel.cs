using System.Globalization;
using System.Linq.Expressions;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Sessions;
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
    IReadOnlyList<FunnelGroup> Sites, IReadOnlyList<FunnelGroup> Agents);

/// <summary>
/// The outreach funnel, per month, agency and agent: people reached at the activities done, then,
/// of the people pre-registered in the month, how many attended a session, were registered (a file),
/// were positioned and have an action plan. Counts only, each step one grouped query in the database.
/// Agents see their own figures, counsellors their agency's, managers (indicators) the organisation's.
/// </summary>
public static class GetFunnel
{
    public const int MaxMonths = 24;

    public static async Task<Results<Ok<FunnelResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken,
        string? from = null, string? to = null, Guid? siteId = null, Guid? agentId = null)
    {
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

        var pre = db.PreRegistrations.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.CreatedAt >= start && p.CreatedAt < end);
        if (siteId is { } preSite)
        {
            pre = pre.Where(p => p.SiteId == preSite);
        }

        if (agentId is { } preAgent)
        {
            pre = pre.Where(p => p.AgentId == preAgent);
        }

        // One grouped query per source, one after the other: a DbContext runs one query at a time. The activities are a
        // few a day; the pre-registrations, a million over two years at a national agency, are read on SQLite in one pass
        // over a covering index that counts every step of each (month, agency, agent) cell at once.
        var reached = await CountAsync(reachedBySite.Select(a => new Fact { At = a.PlannedAt, SiteId = a.SiteId, AgentId = null, Value = a.ReachedTotal }), monthOf, cancellationToken);
        var reachedPerAgent = await CountAsync(reachedByAgent, monthOf, cancellationToken);
        List<Cell> preRegistered, attended, registered, positioned, inPlan;
        if (db.Database.IsSqlite())
        {
            var steps = await StepsAsync(db, pre, MonthOf<StepFact, StepKeyed>(innerStarts), cancellationToken);
            preRegistered = [.. steps.Select(c => c with { Value = c.Steps[0] })];
            attended = [.. steps.Select(c => c with { Value = c.Steps[1] })];
            registered = [.. steps.Select(c => c with { Value = c.Steps[2] })];
            positioned = [.. steps.Select(c => c with { Value = c.Steps[3] })];
            inPlan = [.. steps.Select(c => c with { Value = c.Steps[4] })];
        }
        else
        {
            // PostgreSQL answers each step's EXISTS as a hash semi-join, faster than one pass probing an index per row
            // (measured: bench/Amuddu.Reporting.Bench/README.md).
            var converted = pre.Where(p => p.Status == PreRegistrationStatus.Converted && p.PersonId != null);
            preRegistered = await CountAsync(Facts(pre), monthOf, cancellationToken);
            attended = await CountAsync(Facts(pre.Where(p => db.SessionRegistrations.Any(r => r.PreRegistrationId == p.Id && r.Status == RegistrationStatus.Attended))),
                monthOf, cancellationToken);
            registered = await CountAsync(Facts(converted), monthOf, cancellationToken);
            positioned = await CountAsync(Facts(converted.Where(p => db.People.Any(x => x.Id == p.PersonId
                && (x.Stage != PathwayStage.Received || db.PositioningRecords.Any(r => r.PersonId == x.Id))))), monthOf, cancellationToken);
            inPlan = await CountAsync(Facts(converted.Where(p => db.ActionPlans.Any(a => a.PersonId == p.PersonId))), monthOf, cancellationToken);
        }

        FunnelFigures Figures(Func<Cell, bool> keep, List<Cell> reachedCells) => new(
            reachedCells.Where(keep).Sum(c => c.Value), preRegistered.Where(keep).Sum(c => c.Value), attended.Where(keep).Sum(c => c.Value),
            registered.Where(keep).Sum(c => c.Value), positioned.Where(keep).Sum(c => c.Value), inPlan.Where(keep).Sum(c => c.Value));

        List<Cell>[] all = [reached, reachedPerAgent, preRegistered];
        var siteIds = all.SelectMany(s => s).Select(c => c.SiteId).OfType<Guid>().Distinct().ToList();
        var agentIds = all.SelectMany(s => s).Select(c => c.AgentId).OfType<Guid>().Distinct().ToList();
        var siteNames = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var agentNames = await db.Users.AsNoTracking().Where(u => agentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        return new FunnelResponse(
            Format(first), Format(last), siteId, agentId,
            Figures(_ => true, reached),
            [.. months.Select((m, i) => new FunnelMonth(Format(m), Figures(c => c.Month == i, reached)))],
            [.. siteIds.Select(id => new FunnelGroup(id, siteNames.GetValueOrDefault(id, ""), Figures(c => c.SiteId == id, reached))).OrderBy(g => g.Name, StringComparer.CurrentCulture)],
            [.. agentIds.Select(id => (Guid?)id).Append(null)
                .Select(id => new FunnelGroup(id, id is { } known ? agentNames.GetValueOrDefault(known, "") : "", Figures(c => c.AgentId == id, reachedPerAgent)))
                .Where(g => g.Id is not null || g.Figures.PreRegistered > 0)
                .OrderBy(g => g.Id is null).ThenBy(g => g.Name, StringComparer.CurrentCulture)]);
    }

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static IQueryable<Fact> Facts(IQueryable<PreRegistration> query) =>
        query.Select(p => new Fact { At = p.CreatedAt, SiteId = p.SiteId, AgentId = p.AgentId, Value = 1 });

    private static async Task<List<Cell>> CountAsync(IQueryable<Fact> facts, Expression<Func<Fact, Keyed>> monthOf, CancellationToken cancellationToken)
    {
        var rows = await facts.Select(monthOf)
            .GroupBy(k => new { k.Month, k.SiteId, k.AgentId })
            .Select(g => new { g.Key.Month, g.Key.SiteId, g.Key.AgentId, Value = g.Sum(k => k.Value) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Cell(r.Month, r.SiteId, r.AgentId, r.Value))];
    }

    /// <summary>
    /// The pre-registrations' steps per (month, agency, agent) in one pass: pre-registered, attended a session,
    /// registered (converted into a file), positioned (the file past Received, or with a positioning record) and in an
    /// action plan. Each step is a 0 or 1 of the pre-registration, summed.
    /// </summary>
    private static async Task<List<Cell>> StepsAsync(
        AmudduDbContext db, IQueryable<PreRegistration> pre, Expression<Func<StepFact, StepKeyed>> monthOf, CancellationToken cancellationToken)
    {
        var converted = PreRegistrationStatus.Converted;
        var rows = await pre
            .Select(p => new StepFact
            {
                At = p.CreatedAt,
                SiteId = p.SiteId,
                AgentId = p.AgentId,
                Attended = db.SessionRegistrations.Any(r => r.PreRegistrationId == p.Id && r.Status == RegistrationStatus.Attended) ? 1 : 0,
                Registered = p.Status == converted && p.PersonId != null ? 1 : 0,
                // Positioned: a positioning record (its index answers; a record's person always exists), else a file past Received.
                Positioned = p.Status == converted && p.PersonId != null && (db.PositioningRecords.Any(r => r.PersonId == p.PersonId)
                    || db.People.Any(x => x.Id == p.PersonId && x.Stage != PathwayStage.Received)) ? 1 : 0,
                InPlan = p.Status == converted && p.PersonId != null && db.ActionPlans.Any(a => a.PersonId == p.PersonId) ? 1 : 0,
            })
            .Select(monthOf)
            .GroupBy(k => new { k.Month, k.SiteId, k.AgentId })
            .Select(g => new
            {
                g.Key.Month, g.Key.SiteId, g.Key.AgentId, Count = g.Count(), Attended = g.Sum(x => x.Attended), Registered = g.Sum(x => x.Registered),
                Positioned = g.Sum(x => x.Positioned), InPlan = g.Sum(x => x.InPlan),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Cell(r.Month, r.SiteId, r.AgentId, r.Count) { Steps = [r.Count, r.Attended, r.Registered, r.Positioned, r.InPlan] })];
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

    private sealed class StepFact
    {
        public DateTimeOffset At { get; set; }
        public Guid? SiteId { get; set; }
        public Guid? AgentId { get; set; }
        public int Attended { get; set; }
        public int Registered { get; set; }
        public int Positioned { get; set; }
        public int InPlan { get; set; }
    }

    private sealed class StepKeyed
    {
        public int Month { get; set; }
        public Guid? SiteId { get; set; }
        public Guid? AgentId { get; set; }
        public int Attended { get; set; }
        public int Registered { get; set; }
        public int Positioned { get; set; }
        public int InPlan { get; set; }
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
