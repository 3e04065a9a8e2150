using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>What the participants learnt: per participant and module the pre-test, the best post-test and the gain; per agency the averages, with how many participants they rest on.</summary>
public sealed record GainsReport(Guid CycleId, string Title, List<GainsModule> Modules, List<ParticipantGains> Participants, List<AgencyGains> Agencies);

public sealed record GainsModule(Guid Id, int Number, string Title);

public sealed record ParticipantGains(Guid ParticipantId, string Name, Guid? SiteId, string? Agency, List<ModuleGain> Modules);

public sealed record ModuleGain(Guid ModuleId, int? Pre, int? Post, int? Gain);

/// <summary>An agency's averages per module; <c>WithBoth</c> participants took both tests, and the averages rest on them.</summary>
public sealed record AgencyGains(Guid? SiteId, string? Agency, int Participants, List<AgencyModuleGain> Modules);

public sealed record AgencyModuleGain(Guid ModuleId, int WithBoth, decimal? AveragePre, decimal? AveragePost, decimal? AverageGain);

public static class TestGains
{
    public static async Task<Results<Ok<GainsReport>, NotFound>> Handle(
        Guid cycleId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        await TestAccess.CoordinatedCycleAsync(db, staff, cycleId, cancellationToken) is { } cycle
            ? TypedResults.Ok(await LoadAsync(db, cycle, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<GainsReport> LoadAsync(AmudduDbContext db, TrainingCycle cycle, CancellationToken cancellationToken)
    {
        var modules = await db.TrainingModules.AsNoTracking().Where(m => m.CycleId == cycle.Id).OrderBy(m => m.Number)
            .Select(m => new GainsModule(m.Id, m.Number, m.Title)).ToListAsync(cancellationToken);
        var people = await (
            from p in db.CycleParticipants.AsNoTracking()
            where p.CycleId == cycle.Id && p.Status == ParticipantStatus.Enrolled
            join u in db.Users on p.UserId equals u.Id
            join s in db.Sites on u.SiteId equals s.Id into sites
            from s in sites.DefaultIfEmpty()
            select new { p.Id, u.DisplayName, u.SiteId, Agency = s == null ? null : s.Name }).ToListAsync(cancellationToken);
        var attempts = await db.TestAttempts.AsNoTracking().Where(a => a.CycleId == cycle.Id)
            .GroupBy(a => new { a.ParticipantId, a.ModuleId, a.Test })
            .Select(g => new { g.Key.ParticipantId, g.Key.ModuleId, g.Key.Test, Best = g.Max(a => a.Percent) })
            .ToListAsync(cancellationToken);
        var best = attempts.ToDictionary(a => (a.ParticipantId, a.ModuleId, a.Test), a => a.Best);
        int? Of(Guid participant, Guid module, TestKind test) => best.TryGetValue((participant, module, test), out var v) ? v : null;

        var participants = people.OrderBy(p => p.Agency).ThenBy(p => p.DisplayName, StringComparer.CurrentCulture)
            .Select(p => new ParticipantGains(p.Id, p.DisplayName, p.SiteId, p.Agency, [.. modules.Select(m =>
            {
                var pre = Of(p.Id, m.Id, TestKind.Pre);
                var post = Of(p.Id, m.Id, TestKind.Post);
                return new ModuleGain(m.Id, pre, post, pre is { } a && post is { } b ? b - a : null);
            })])).ToList();
        var agencies = participants.GroupBy(p => (p.SiteId, p.Agency)).OrderBy(g => g.Key.Agency)
            .Select(g => new AgencyGains(g.Key.SiteId, g.Key.Agency, g.Count(), [.. modules.Select(m =>
            {
                var both = g.Select(p => p.Modules.Single(x => x.ModuleId == m.Id)).Where(x => x.Gain is not null).ToList();
                return new AgencyModuleGain(m.Id, both.Count,
                    Average(both.Select(x => x.Pre!.Value)), Average(both.Select(x => x.Post!.Value)), Average(both.Select(x => x.Gain!.Value)));
            })])).ToList();
        return new GainsReport(cycle.Id, cycle.Title, modules, participants, agencies);
    }

    private static decimal? Average(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round((decimal)list.Sum() / list.Count, 1, MidpointRounding.AwayFromZero);
    }
}
