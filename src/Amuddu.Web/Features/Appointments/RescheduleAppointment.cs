using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Appointments;

/// <summary>
/// Moves a booked appointment to another time (the counsellor must be free then). It keeps the
/// time it moved from and counts the moves; the pending reminder is replaced by one for the new time.
/// </summary>
public static class RescheduleAppointment
{
    public sealed record Request(DateTimeOffset? StartsAt, int? DurationMinutes, long Version);

    public static async Task<Results<Ok<AppointmentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var appointment = await FindAsync(db, staff, id, cancellationToken);
        if (appointment is null)
        {
            return TypedResults.NotFound();
        }

        if (!await ProcessingConsent.IsInForceAsync(db, appointment.PersonId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var errors = AppointmentSlot.CheckTime(new ValidationErrors(text), text, request.StartsAt, request.DurationMinutes, clock.GetUtcNow());
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (Unchangeable(appointment, request.Version, text) is { } conflict)
        {
            return conflict;
        }

        db.Entry(appointment).Property(a => a.Version).OriginalValue = request.Version;
        var start = request.StartsAt!.Value.ToUniversalTime();
        var end = start.AddMinutes(request.DurationMinutes!.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AppointmentSlot.LockCalendarAsync(db, appointment.CounsellorId, cancellationToken);
        if (await AppointmentSlot.IsTakenAsync(db, appointment.CounsellorId, start, end, appointment.Id, cancellationToken))
        {
            return Conflicts.Of(text["AppointmentCounsellorBusy"]);
        }

        appointment.RescheduledFrom = appointment.StartsAt;
        appointment.RescheduleCount++;
        appointment.StartsAt = start;
        appointment.DurationMinutes = request.DurationMinutes.Value;
        appointment.EndsAt = end;
        await AppointmentReminders.CancelAsync(db, appointment, cancellationToken);
        await AppointmentReminders.ScheduleAsync(db, protector, clock, text, appointment, cancellationToken);
        audit.Add(db, AppointmentAudit.Rescheduled, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(appointment.PersonId),
            $"appointment {appointment.Id}: {appointment.RescheduledFrom:O} -> {appointment.StartsAt:O}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var reminders = await AppointmentReminders.LatestAsync(db, [appointment.Id], cancellationToken);
        return TypedResults.Ok(AppointmentResponse.From(appointment, reminders.GetValueOrDefault(appointment.Id)));
    }

    /// <summary>Only a booked appointment, as the caller last read it, can change: otherwise the 409 to answer.</summary>
    public static ProblemHttpResult? Unchangeable(Appointment appointment, long version, IStringLocalizer text) =>
        appointment.Version != version ? Conflicts.Of(text["EditedByOther"])
        : appointment.Status != AppointmentStatus.Booked ? Conflicts.Of(text["AppointmentNotBooked"])
        : null;

    /// <summary>Another organisation's appointment is "not found", like one that does not exist.</summary>
    public static Task<Appointment?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        db.Appointments.SingleOrDefaultAsync(a => a.Id == id && a.OrganisationId == staff.OrganisationId, cancellationToken);
}
