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
/// Books a person with a counsellor (the signed-in one unless another is named). The counsellor
/// must be free (409 otherwise); a reminder is queued when the person agreed to SMS or WhatsApp.
/// </summary>
public static class BookAppointment
{
    public sealed record Request(
        Guid? CounsellorId, DateTimeOffset? StartsAt, int? DurationMinutes, AppointmentChannel? Channel, Guid? SiteId, string? Place, string? Purpose);

    public static async Task<Results<Created<AppointmentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        if (!await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var organisationId = person.OrganisationId;
        var counsellorId = request.CounsellorId ?? staff.UserId!.Value;
        var errors = AppointmentSlot.CheckTime(new ValidationErrors(text), text, request.StartsAt, request.DurationMinutes, now)
            .Required("purpose", request.Purpose, "AppointmentPurpose")
            .MaxLength("purpose", request.Purpose, 500, "AppointmentPurpose")
            .MaxLength("place", request.Place, 200, "AppointmentPlace");
        if (!await AppointmentSlot.IsCounsellorAsync(db, organisationId, counsellorId, cancellationToken))
        {
            errors.Add("counsellorId", text["FieldNotAllowed", text["Counsellor"]]);
        }

        if (request.Channel is null)
        {
            errors.Add("channel", text["FieldRequired", text["AppointmentChannel"]]);
        }
        else if (request.Channel == AppointmentChannel.AtAgency && request.SiteId is null)
        {
            errors.Add("siteId", text["FieldRequired", text["Site"]]);
        }

        if (request.SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganisationId == organisationId, cancellationToken))
        {
            errors.Add("siteId", text["FieldNotAllowed", text["Site"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var start = request.StartsAt!.Value.ToUniversalTime();
        var appointment = new Appointment
        {
            PersonId = personId,
            OrganisationId = organisationId,
            CounsellorId = counsellorId,
            StartsAt = start,
            DurationMinutes = request.DurationMinutes!.Value,
            EndsAt = start.AddMinutes(request.DurationMinutes.Value),
            Channel = request.Channel!.Value,
            SiteId = request.SiteId,
            Place = FreeText.Clean(request.Place),
            Purpose = request.Purpose!.Trim(),
            Status = AppointmentStatus.Booked,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AppointmentSlot.LockCalendarAsync(db, counsellorId, cancellationToken);
        if (await AppointmentSlot.IsTakenAsync(db, counsellorId, appointment.StartsAt, appointment.EndsAt, null, cancellationToken))
        {
            return Conflicts.Of(text["AppointmentCounsellorBusy"]);
        }

        db.Appointments.Add(appointment);
        await AppointmentReminders.ScheduleAsync(db, protector, clock, text, appointment, cancellationToken);
        audit.Add(db, AppointmentAudit.Booked, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"appointment {appointment.Id}: {appointment.Channel}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var reminders = await AppointmentReminders.LatestAsync(db, [appointment.Id], cancellationToken);
        return TypedResults.Created($"/api/v1/appointments/{appointment.Id}",
            AppointmentResponse.From(appointment, reminders.GetValueOrDefault(appointment.Id)));
    }
}
