using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Appointments;

/// <summary>
/// Cancels a booked appointment, with the reason, and its pending reminder. Allowed without a
/// consent to processing in force: a person who withdrew it must not still be reminded.
/// </summary>
public static class CancelAppointment
{
    public const int ReasonMax = 500;

    public sealed record Request(string? Reason, long Version);

    public static async Task<Results<Ok<AppointmentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var appointment = await RescheduleAppointment.FindAsync(db, staff, id, cancellationToken);
        if (appointment is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("reason", request.Reason, "CancellationReason")
            .MaxLength("reason", request.Reason, ReasonMax, "CancellationReason");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (RescheduleAppointment.Unchangeable(appointment, request.Version, text) is { } conflict)
        {
            return conflict;
        }

        db.Entry(appointment).Property(a => a.Version).OriginalValue = request.Version;
        appointment.Status = AppointmentStatus.Cancelled;
        appointment.CancellationReason = request.Reason!.Trim();
        await AppointmentReminders.CancelAsync(db, appointment, cancellationToken);
        audit.Add(db, AppointmentAudit.Cancelled, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(appointment.PersonId),
            $"appointment {appointment.Id}");
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
