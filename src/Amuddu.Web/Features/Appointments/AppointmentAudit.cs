namespace Amuddu.Web.Features.Appointments;

public static class AppointmentAudit
{
    public const string Booked = "appointment.booked";
    public const string Rescheduled = "appointment.rescheduled";
    public const string Attended = "appointment.attended";
    public const string NoShow = "appointment.no-show";
    public const string Cancelled = "appointment.cancelled";
}
