using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Appointments;

public static class AppointmentsApi
{
    public static RouteGroupBuilder MapAppointmentsApi(this RouteGroupBuilder api)
    {
        var person = api.MapGroup("/people/{personId:guid}/appointments").WithTags("Appointments").RequireAuthorization(Policies.PeopleFiles);
        person.MapGet("/", ListAppointments.Handle).WithSummary("The person's appointments, latest first, each with its reminder.");
        person.MapPost("/", BookAppointment.Handle)
            .WithSummary("Book an appointment; 409 when the counsellor is already booked then. Queues an SMS/WhatsApp reminder when the person agreed to it.");

        var calendar = api.MapGroup("/appointments").WithTags("Appointments").RequireAuthorization(Policies.PeopleFiles);
        calendar.MapGet("/", GetCalendar.Handle).WithSummary("Appointments from one local day to another (inclusive), of one counsellor or of the whole organisation.");
        calendar.MapPut("/{id:guid}", RescheduleAppointment.Handle).WithSummary("Move a booked appointment; the reminder is replaced.");
        calendar.MapPost("/{id:guid}/attended", RecordAttendance.Attended).WithSummary("The person came (once the start time has passed).");
        calendar.MapPost("/{id:guid}/no-show", RecordAttendance.NoShow).WithSummary("The person did not come (once the start time has passed).");
        calendar.MapPost("/{id:guid}/cancel", CancelAppointment.Handle).WithSummary("Cancel with a reason; the pending reminder is cancelled.");
        return api;
    }
}
