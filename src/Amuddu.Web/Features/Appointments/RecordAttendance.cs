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

/// <summary>Records that the person came, or did not: only once the appointment has started.</summary>
public static class RecordAttendance
{
    public sealed record Request(long Version);

    public static Task<Results<Ok<AppointmentResponse>, NotFound, ProblemHttpResult>> Attended(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Handle(id, AppointmentStatus.Attended, request, db, staff, audit, clock, text, cancellationToken);

    public static Task<Results<Ok<AppointmentResponse>, NotFound, ProblemHttpResult>> NoShow(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Handle(id, AppointmentStatus.NoShow, request, db, staff, audit, clock, text, cancellationToken);

    public static async Task<Results<Ok<AppointmentResponse>, NotFound, ProblemHttpResult>> Handle(
        Guid id, AppointmentStatus outcome, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var appointment = await RescheduleAppointment.FindAsync(db, staff, id, cancellationToken);
        if (appointment is null)
        {
            return TypedResults.NotFound();
        }

        if (!await ProcessingConsent.IsInForceAsync(db, appointment.PersonId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        if (RescheduleAppointment.Unchangeable(appointment, request.Version, text) is { } conflict)
        {
            return conflict;
        }

        if (appointment.StartsAt > clock.GetUtcNow())
        {
            return Conflicts.Of(text["AppointmentNotStarted"]);
        }

        db.Entry(appointment).Property(a => a.Version).OriginalValue = request.Version;
        appointment.Status = outcome;
        // A reminder not yet sent has nothing left to remind of.
        await AppointmentReminders.CancelAsync(db, appointment, cancellationToken);
        audit.Add(db, outcome == AppointmentStatus.Attended ? AppointmentAudit.Attended : AppointmentAudit.NoShow,
            staff.UserId, staff.OrganisationId, PeopleAudit.Subject(appointment.PersonId), $"appointment {appointment.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var reminders = await AppointmentReminders.LatestAsync(db, [appointment.Id], cancellationToken);
        return TypedResults.Ok(AppointmentResponse.From(appointment, reminders.GetValueOrDefault(appointment.Id)));
    }
}
