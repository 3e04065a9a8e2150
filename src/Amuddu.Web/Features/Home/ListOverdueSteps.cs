using Amuddu.Web.Data;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// The counsellor's overdue action-plan steps: those they carry, and those of the people they follow who carry
/// their own (no owner). On the home page grouped by kind and by person with a count; on its own page, step by step.
/// </summary>
public static class ListOverdueSteps
{
    public sealed record KindCount(StepKind Kind, int Count);

    public sealed record PersonGroup(Guid PersonId, string Name, int Count, DateOnly OldestDueOn);

    public sealed record Summary(int Total, IReadOnlyList<KindCount> Kinds, IReadOnlyList<PersonGroup> People);

    public sealed record Step(Guid PersonId, string Name, StepKind Kind, string Title, DateOnly DueOn);

    /// <summary>Two grouped queries: the count per kind (and so the total), and the people with the oldest overdue steps.</summary>
    public static async Task<Summary> SummaryAsync(AmudduDbContext db, Guid organisationId, Guid userId, DateOnly today, int people,
        CancellationToken cancellationToken)
    {
        var kinds = await Overdue(db, organisationId, userId, today).GroupBy(x => x.Step.Kind)
            .Select(g => new KindCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        if (kinds.Count == 0)
        {
            return new Summary(0, [], []);
        }

        var groups = await Overdue(db, organisationId, userId, today)
            .GroupBy(x => new { x.Person.Id, x.Person.FirstName, x.Person.LastName, x.Person.FirstNameArabic, x.Person.LastNameArabic })
            .Select(g => new { g.Key, Count = g.Count(), Oldest = g.Min(x => x.Step.DueOn) })
            .OrderBy(g => g.Oldest).ThenByDescending(g => g.Count).ThenBy(g => g.Key.Id)
            .Take(people).ToListAsync(cancellationToken);
        return new Summary(kinds.Sum(k => k.Count), [.. kinds.OrderByDescending(k => k.Count).ThenBy(k => k.Kind)],
            [.. groups.Select(g => new PersonGroup(g.Key.Id, Person.NameOf(g.Key.FirstName, g.Key.LastName, g.Key.FirstNameArabic, g.Key.LastNameArabic),
                g.Count, g.Oldest))]);
    }

    /// <summary>One page of the steps, the oldest first.</summary>
    public static async Task<WorkList<Step>> PageAsync(AmudduDbContext db, Guid organisationId, Guid userId, DateOnly today, int skip, int take,
        CancellationToken cancellationToken)
    {
        var query = Overdue(db, organisationId, userId, today);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.Step.DueOn).ThenBy(x => x.Step.Id)
            .Select(x => new { x.Person.Id, x.Person.FirstName, x.Person.LastName, x.Person.FirstNameArabic, x.Person.LastNameArabic, x.Step.Kind, x.Step.Title, x.Step.DueOn })
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new WorkList<Step>([.. rows.Select(r => new Step(r.Id, Person.NameOf(r.FirstName, r.LastName, r.FirstNameArabic, r.LastNameArabic),
            r.Kind, r.Title, r.DueOn))], total);
    }

    /// <summary>A step with its person, composed further by the queries above (member init, which EF composes over).</summary>
    private sealed class Row
    {
        public required ActionPlanStep Step { get; init; }
        public required Person Person { get; init; }
    }

    /// <summary>The steps overdue by the step's own rule (<see cref="ActionPlanStep.OverdueOn"/>) that this counsellor carries.</summary>
    private static IQueryable<Row> Overdue(AmudduDbContext db, Guid organisationId, Guid userId, DateOnly today) =>
        from s in db.ActionPlanSteps.AsNoTracking().Where(ActionPlanStep.OverdueOn(today))
        join p in db.People.AsNoTracking() on s.PersonId equals p.Id
        where s.OrganisationId == organisationId
            && (s.OwnerUserId == userId || (s.OwnerUserId == null && p.CounsellorId == userId))
        select new Row { Step = s, Person = p };
}
