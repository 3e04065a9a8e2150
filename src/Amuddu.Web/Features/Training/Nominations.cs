using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// Nominating staff to a cycle (the coordinator, or a manager for the people who report to them), withdrawing them, and
/// the waiting list: beyond the cycle's capacity the nominated wait in line, in order of nomination, and the first in line
/// takes the seat a withdrawal frees. Each change touches the cycle row, so two nominations at once for the last seat cannot
/// both take it (the second gets a 409 and may try again).
/// </summary>
public static class Nominations
{
    public sealed record Nominate(Guid? UserId);

    public sealed record Certify(bool IsCertifiedTrainer);

    public static async Task<Results<Created<CycleParticipantResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Nominate request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var cycle = await TrainingAccess.FindCycleAsync(db, staff, id, cancellationToken);
        if (cycle is null || !TrainingAccess.SeesWholeCycle(cycle, staff))
        {
            return TypedResults.NotFound();
        }

        if (request.UserId is not { } userId)
        {
            return Invalid(text, text["FieldRequired", text["Cycles.Nominee"]]);
        }

        if (!await TrainingAccess.Nominable(db, staff, cycle).AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return Invalid(text, text["Cycles.NotNominable"]);
        }

        if (cycle.Status == CycleStatus.Closed)
        {
            return Conflicts.Of(text["Cycles.CycleClosed"]);
        }

        var participant = await db.CycleParticipants.SingleOrDefaultAsync(p => p.CycleId == cycle.Id && p.UserId == userId, cancellationToken);
        if (participant is not null && participant.Status != ParticipantStatus.Withdrawn)
        {
            return Conflicts.Of(text["Cycles.AlreadyNominated"]);
        }

        var enrolled = await db.CycleParticipants.CountAsync(p => p.CycleId == cycle.Id && p.Status == ParticipantStatus.Enrolled, cancellationToken);
        var status = enrolled < cycle.Capacity ? ParticipantStatus.Enrolled : ParticipantStatus.WaitingList;
        var now = clock.GetUtcNow();
        if (participant is null)
        {
            participant = new CycleParticipant { CycleId = cycle.Id, UserId = userId, NominatedBy = staff.UserId!.Value, NominatedAt = now, Status = status };
            db.CycleParticipants.Add(participant);
        }
        else
        {
            participant.Status = status;
            participant.NominatedAt = now;
        }

        Touch(db, cycle);
        await TrainingMessages.ParticipantPlacedAsync(db, protector, clock, cycle, participant, cancellationToken);
        audit.Add(db, TrainingAudit.ParticipantNominated, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id),
            $"participant {participant.Id}, user {userId}: {status}");
        if (await SaveAsync(db, text, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var shown = (await CycleDetails.ParticipantsAsync(db, cycle.Id, enrolledOnly: false, cancellationToken)).Single(p => p.Id == participant.Id);
        return TypedResults.Created($"/api/v1/training/participants/{participant.Id}", shown);
    }

    /// <summary>The participant leaves the cycle (the coordinator, their manager, or the participant themself): the first in line takes the seat.</summary>
    public static async Task<Results<Ok<CycleParticipantResponse>, NotFound, ProblemHttpResult>> Withdraw(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var found = await FindAsync(db, staff, id, cancellationToken);
        if (found is not var (participant, cycle))
        {
            return TypedResults.NotFound();
        }

        var mine = participant.UserId == staff.UserId;
        var manager = await TrainingAccess.Nominable(db, staff, cycle).AnyAsync(u => u.Id == participant.UserId, cancellationToken);
        if (!mine && !manager)
        {
            return TypedResults.NotFound();
        }

        if (participant.Status == ParticipantStatus.Withdrawn)
        {
            return Conflicts.Of(text["Cycles.AlreadyWithdrawn"]);
        }

        participant.Status = ParticipantStatus.Withdrawn;
        Touch(db, cycle);
        await TrainingMessages.ParticipantLeftAsync(db, participant, cancellationToken);
        await FillSeatsAsync(db, cycle, cancellationToken, protector, clock);
        audit.Add(db, TrainingAudit.ParticipantWithdrawn, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id), $"participant {participant.Id}");
        if (await SaveAsync(db, text, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok((await CycleDetails.ParticipantsAsync(db, cycle.Id, enrolledOnly: false, cancellationToken)).Single(p => p.Id == participant.Id));
    }

    /// <summary>The coordinator certifies a participant as a trainer of the cycle's modules in their own region (cascade), or takes it back.</summary>
    public static async Task<Results<Ok<CycleParticipantResponse>, NotFound, ProblemHttpResult>> SetCertified(
        Guid id, Certify request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(db, staff, id, cancellationToken);
        if (found is not var (participant, cycle) || !TrainingAccess.IsCoordinator(staff))
        {
            return TypedResults.NotFound();
        }

        if (request.IsCertifiedTrainer && participant.Status != ParticipantStatus.Enrolled)
        {
            return Conflicts.Of(text["Cycles.CertifyEnrolledOnly"]);
        }

        participant.IsCertifiedTrainer = request.IsCertifiedTrainer;
        audit.Add(db, TrainingAudit.TrainerCertified, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id),
            $"participant {participant.Id}: {request.IsCertifiedTrainer}");
        if (await SaveAsync(db, text, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok((await CycleDetails.ParticipantsAsync(db, cycle.Id, enrolledOnly: false, cancellationToken)).Single(p => p.Id == participant.Id));
    }

    /// <summary>Gives the free seats to the waiting list, first nominated first (and tells them, when given the outbox).</summary>
    public static async Task FillSeatsAsync(AmudduDbContext db, TrainingCycle cycle, CancellationToken cancellationToken,
        FieldProtector? protector = null, TimeProvider? clock = null)
    {
        var participants = await db.CycleParticipants.Where(p => p.CycleId == cycle.Id && p.Status != ParticipantStatus.Withdrawn).ToListAsync(cancellationToken);
        // What is being changed in this unit of work counts as it will be saved.
        var enrolled = participants.Count(p => p.Status == ParticipantStatus.Enrolled);
        foreach (var next in participants.Where(p => p.Status == ParticipantStatus.WaitingList).OrderBy(p => p.NominatedAt).ThenBy(p => p.Id)
            .Take(Math.Max(0, cycle.Capacity - enrolled)))
        {
            next.Status = ParticipantStatus.Enrolled;
            if (protector is not null && clock is not null)
            {
                await TrainingMessages.ParticipantPlacedAsync(db, protector, clock, cycle, next, cancellationToken);
            }
        }
    }

    /// <summary>A participant of a cycle whose participants the caller sees whole, with the cycle.</summary>
    private static async Task<(CycleParticipant, TrainingCycle)?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken)
    {
        var participant = await db.CycleParticipants.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var cycle = participant is null ? null : await TrainingAccess.FindCycleAsync(db, staff, participant.CycleId, cancellationToken);
        return participant is null || cycle is null || !TrainingAccess.SeesWholeCycle(cycle, staff) ? null : (participant, cycle);
    }

    private static void Touch(AmudduDbContext db, TrainingCycle cycle) => db.Entry(cycle).State = EntityState.Modified;

    private static async Task<ProblemHttpResult?> SaveAsync(AmudduDbContext db, IStringLocalizer text, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }
    }

    private static ValidationProblem Invalid(IStringLocalizer text, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = [message] }, title: text["ValidationTitle"]);
}
