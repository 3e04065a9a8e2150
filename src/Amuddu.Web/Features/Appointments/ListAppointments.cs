using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Appointments;

/// <summary>A person's appointments, latest first, each with its reminder.</summary>
public static class ListAppointments
{
    public static async Task<Results<Ok<List<AppointmentResponse>>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var appointments = await db.Appointments.AsNoTracking().Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.StartsAt).ToListAsync(cancellationToken);
        var reminders = await AppointmentReminders.LatestAsync(db, [.. appointments.Select(a => a.Id)], cancellationToken);
        return TypedResults.Ok(appointments.Select(a => AppointmentResponse.From(a, reminders.GetValueOrDefault(a.Id))).ToList());
    }
}
