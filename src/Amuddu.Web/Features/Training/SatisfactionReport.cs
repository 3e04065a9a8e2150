using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>The questionnaire's answers per session and per module: how many, the average, how many gave each rating (1 to 5) and the comments. Never who.</summary>
public sealed record SatisfactionReportResponse(Guid CycleId, string Title, List<SatisfactionSummary> Modules, List<SatisfactionSummary> Sessions);

/// <summary><c>Distribution[0]</c> counts the ratings of 1, <c>Distribution[4]</c> those of 5.</summary>
public sealed record SatisfactionSummary(Guid Id, Guid ModuleId, int ModuleNumber, string ModuleTitle, DateTimeOffset? StartsAt, int Answers,
    decimal? Average, int[] Distribution, List<string> Comments);

public static class SatisfactionReport
{
    public static async Task<Results<Ok<SatisfactionReportResponse>, NotFound>> Handle(
        Guid cycleId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        await TestAccess.CoordinatedCycleAsync(db, staff, cycleId, cancellationToken) is { } cycle
            ? TypedResults.Ok(await LoadAsync(db, cycle, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<SatisfactionReportResponse> LoadAsync(AmudduDbContext db, TrainingCycle cycle, CancellationToken cancellationToken)
    {
        var modules = await db.TrainingModules.AsNoTracking().Where(m => m.CycleId == cycle.Id).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.CycleId == cycle.Id && s.Status == TrainingSessionStatus.Held)
            .OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        // Ordered by the answers' random ids: the order they came in tells nothing.
        var answers = await db.SatisfactionAnswers.AsNoTracking().Where(a => a.CycleId == cycle.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var byModule = modules.Select(m => Summary(m.Id, m, null, answers.Where(a => a.ModuleId == m.Id))).ToList();
        var bySession = sessions.Select(s => Summary(s.Id, modules.Single(m => m.Id == s.ModuleId), s.StartsAt, answers.Where(a => a.SessionId == s.Id))).ToList();
        return new SatisfactionReportResponse(cycle.Id, cycle.Title, byModule, bySession);
    }

    private static SatisfactionSummary Summary(Guid id, TrainingModule module, DateTimeOffset? startsAt, IEnumerable<SatisfactionAnswer> answers)
    {
        var list = answers.ToList();
        var distribution = new int[SatisfactionLimits.MaxRating];
        foreach (var a in list)
        {
            distribution[a.Rating - 1]++;
        }

        return new SatisfactionSummary(id, module.Id, module.Number, module.Title, startsAt, list.Count,
            list.Count == 0 ? null : Math.Round((decimal)list.Sum(a => a.Rating) / list.Count, 1, MidpointRounding.AwayFromZero),
            distribution, [.. list.Where(a => a.Comment is not null).Select(a => a.Comment!)]);
    }
}
