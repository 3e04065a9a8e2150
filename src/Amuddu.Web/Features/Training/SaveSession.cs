using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>The coordinator plans a session of a module, or changes one; the enrolled participants get a reminder the day before.</summary>
public static class SaveSession
{
    public sealed record Change(SessionInput? Session, long Version);

    public static async Task<Results<Created<TrainingSessionResponse>, ValidationProblem, NotFound>> Add(
        Guid id, SessionInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var module = await db.TrainingModules.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        var cycle = module is null ? null : await TrainingAccess.FindManagedCycleAsync(db, staff, module.CycleId, cancellationToken);
        if (module is null || cycle is null)
        {
            return TypedResults.NotFound();
        }

        var (errors, region) = await request.ValidateAsync(db, cycle, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var session = new TrainingSession { ModuleId = module.Id, CycleId = cycle.Id, Status = TrainingSessionStatus.Planned };
        request.ApplyTo(session, region);
        db.TrainingSessions.Add(session);
        db.TrainingSessionTrainers.AddRange(request.TrainerIds!.Distinct().Select(t => new TrainingSessionTrainer { SessionId = session.Id, TrainerId = t }));
        await TrainingMessages.SessionPlannedAsync(db, protector, clock, cycle, session, cancellationToken);
        audit.Add(db, TrainingAudit.SessionSaved, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id), $"session {session.Id} created");
        await db.SaveChangesAsync(cancellationToken);
        var saved = await CycleDetails.SessionsAsync(db, db.TrainingSessions.Where(s => s.Id == session.Id), cancellationToken);
        return TypedResults.Created($"/api/v1/training/sessions/{session.Id}", saved.Single());
    }

    public static async Task<Results<Ok<TrainingSessionResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        Guid id, Change request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IPostTestScores scores, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        var cycle = session is null ? null : await TrainingAccess.FindManagedCycleAsync(db, staff, session.CycleId, cancellationToken);
        if (session is null || cycle is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Session is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["session"] = [text["FieldRequired", "session"]] }, title: text["ValidationTitle"]);
        }

        var (errors, region) = await request.Session.ValidateAsync(db, cycle, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (session.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        request.Session.ApplyTo(session, region);
        db.TrainingSessionTrainers.RemoveRange(await db.TrainingSessionTrainers.Where(t => t.SessionId == id).ToListAsync(cancellationToken));
        db.TrainingSessionTrainers.AddRange(request.Session.TrainerIds!.Distinct().Select(t => new TrainingSessionTrainer { SessionId = id, TrainerId = t }));
        await TrainingMessages.SessionPlannedAsync(db, protector, clock, cycle, session, cancellationToken);
        audit.Add(db, TrainingAudit.SessionSaved, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id), $"session {session.Id} updated");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        // A session no longer held changes what its attendance counts for.
        foreach (var participant in await db.TrainingAttendance.Where(a => a.SessionId == id).Select(a => a.ParticipantId).ToListAsync(cancellationToken))
        {
            await TrainingCompletion.RecomputeAsync(db, scores, participant, cancellationToken);
        }

        var saved = await CycleDetails.SessionsAsync(db, db.TrainingSessions.Where(s => s.Id == session.Id), cancellationToken);
        return TypedResults.Ok(saved.Single());
    }
}
