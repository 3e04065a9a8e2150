using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// A session with its attendance sheet: the cycle's enrolled participants, each present, absent or excused (with the
/// reason). The coordinator or a trainer of the session records it; the session is then held, and each participant's
/// completion is settled again.
/// </summary>
public static class SessionAttendance
{
    public sealed record Entry(Guid? ParticipantId, AttendanceStatus? Status, string? ExcuseReason);

    public sealed record Request(Entry[]? Entries);

    public static async Task<Results<Ok<TrainingSessionDetail>, NotFound>> Get(Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var found = await TrainingAccess.FindSessionAsync(db, staff, id, cancellationToken);
        return found is not var (session, cycle) ? TypedResults.NotFound() : TypedResults.Ok(await LoadAsync(db, staff, session, cycle, cancellationToken));
    }

    public static async Task<TrainingSessionDetail> LoadAsync(AmudduDbContext db, ICurrentStaff staff, TrainingSession session, TrainingCycle cycle,
        CancellationToken cancellationToken)
    {
        var shown = (await CycleDetails.SessionsAsync(db, db.TrainingSessions.Where(s => s.Id == session.Id), cancellationToken)).Single();
        var module = await db.TrainingModules.AsNoTracking().SingleAsync(m => m.Id == session.ModuleId, cancellationToken);
        var participants = await CycleDetails.ParticipantsAsync(db, cycle.Id, enrolledOnly: true, cancellationToken);
        var marks = await db.TrainingAttendance.AsNoTracking().Where(a => a.SessionId == session.Id).ToDictionaryAsync(a => a.ParticipantId, cancellationToken);
        var rows = participants.Select(p => marks.TryGetValue(p.Id, out var a)
            ? new TrainingAttendanceRow(p.Id, p.Name, p.Agency, a.Status, a.ExcuseReason)
            : new TrainingAttendanceRow(p.Id, p.Name, p.Agency, null, null)).ToList();
        return new TrainingSessionDetail(shown, cycle.Id, cycle.Title, module.Title, module.Number,
            await TrainingAccess.MayRecordAttendanceAsync(db, staff, session, cycle, cancellationToken), rows);
    }

    public static async Task<Results<Ok<TrainingSessionDetail>, ValidationProblem, NotFound, ProblemHttpResult>> Record(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IPostTestScores scores, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var found = await TrainingAccess.FindSessionAsync(db, staff, id, cancellationToken);
        if (found is not var (session, cycle) || !await TrainingAccess.MayRecordAttendanceAsync(db, staff, session, cycle, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var enrolled = await db.CycleParticipants.Where(p => p.CycleId == cycle.Id && p.Status == ParticipantStatus.Enrolled)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var errors = new ValidationErrors(text);
        var entries = request.Entries ?? [];
        if (entries.Length == 0)
        {
            errors.Add("entries", text["FieldRequired", text["Cycles.Attendance"]]);
        }

        for (var i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            if (e.ParticipantId is not { } participant || !enrolled.Contains(participant))
            {
                errors.Add($"entries[{i}].participantId", text["FieldNotAllowed", text["Cycles.Participant"]]);
            }

            if (e.Status is not { } status || !Enum.IsDefined(status))
            {
                errors.Add($"entries[{i}].status", text["FieldRequired", text["Cycles.AttendanceStatus"]]);
            }
            else if (status == AttendanceStatus.Excused && string.IsNullOrWhiteSpace(e.ExcuseReason))
            {
                errors.Add($"entries[{i}].excuseReason", text["Cycles.ExcuseReasonRequired"]);
            }

            errors.MaxLength($"entries[{i}].excuseReason", e.ExcuseReason?.Trim(), 500, "Cycles.ExcuseReason");
        }

        if (entries.Select(e => e.ParticipantId).Distinct().Count() != entries.Length)
        {
            errors.Add("entries", text["Cycles.AttendanceTwice"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (session.Status == TrainingSessionStatus.Cancelled)
        {
            return Conflicts.Of(text["Cycles.SessionCancelled"]);
        }

        if (DateOnly.FromDateTime(SiteTime.ToLocal(session.StartsAt)) > SiteTime.Today(clock))
        {
            return Conflicts.Of(text["Cycles.SessionNotYetHeld"]);
        }

        var marks = await db.TrainingAttendance.Where(a => a.SessionId == id).ToDictionaryAsync(a => a.ParticipantId, cancellationToken);
        foreach (var e in entries)
        {
            if (!marks.TryGetValue(e.ParticipantId!.Value, out var mark))
            {
                mark = new TrainingAttendance { SessionId = id, ParticipantId = e.ParticipantId.Value };
                db.TrainingAttendance.Add(mark);
            }

            mark.Status = e.Status!.Value;
            mark.ExcuseReason = e.Status == AttendanceStatus.Excused ? e.ExcuseReason!.Trim() : null;
        }

        session.Status = TrainingSessionStatus.Held;
        audit.Add(db, TrainingAudit.AttendanceRecorded, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id),
            $"session {id}: {entries.Count(e => e.Status == AttendanceStatus.Present)} present, {entries.Count(e => e.Status == AttendanceStatus.Absent)} absent, "
            + $"{entries.Count(e => e.Status == AttendanceStatus.Excused)} excused");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        // The session now counts as held for every participant, not only those on this sheet.
        foreach (var participant in enrolled)
        {
            await TrainingCompletion.RecomputeAsync(db, scores, participant, cancellationToken);
        }

        return TypedResults.Ok(await LoadAsync(db, staff, session, cycle, cancellationToken));
    }
}
