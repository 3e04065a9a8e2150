using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Appointments;

/// <summary>When an appointment may take place, and whether the counsellor is free then.</summary>
public static class AppointmentSlot
{
    public const int MinMinutes = 15;
    public const int MaxMinutes = 240;

    public static ValidationErrors CheckTime(ValidationErrors errors, Microsoft.Extensions.Localization.IStringLocalizer text,
        DateTimeOffset? startsAt, int? durationMinutes, DateTimeOffset now)
    {
        if (startsAt is not { } start)
        {
            errors.Add("startsAt", text["FieldRequired", text["AppointmentStart"]]);
        }
        else if (start < now)
        {
            errors.Add("startsAt", text["AppointmentInPast"]);
        }
        else if (start > now.AddYears(1))
        {
            errors.Add("startsAt", text["AppointmentTooFar"]);
        }

        if (durationMinutes is not { } minutes)
        {
            errors.Add("durationMinutes", text["FieldRequired", text["AppointmentDuration"]]);
        }
        else if (minutes is < MinMinutes or > MaxMinutes)
        {
            errors.Add("durationMinutes", text["AppointmentDurationInvalid", MinMinutes, MaxMinutes]);
        }

        return errors;
    }

    /// <summary>An active staff member of the organisation who opens people's files.</summary>
    public static Task<bool> IsCounsellorAsync(AmudduDbContext db, Guid organisationId, Guid userId, CancellationToken cancellationToken) =>
        (from u in db.Users
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.Id == userId && u.OrganisationId == organisationId && u.IsActive && Policies.PeopleFileRoles.Contains(r.Name!)
         select u.Id).AnyAsync(cancellationToken);

    /// <summary>
    /// Takes a write lock on the counsellor's row for the rest of the transaction, so that two
    /// bookings of the same counsellor are checked one after the other and cannot both get the slot
    /// (a row lock on PostgreSQL, the database write lock on SQLite).
    /// </summary>
    public static Task LockCalendarAsync(AmudduDbContext db, Guid counsellorId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == counsellorId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), cancellationToken);

    /// <summary>
    /// Whether a booked appointment of the counsellor overlaps the slot. No appointment lasts more than
    /// <see cref="MaxMinutes"/>, so only those starting in the <see cref="MaxMinutes"/> before the slot or during it
    /// can: the read stays a short range of the counsellor's calendar index, however many appointments they have had.
    /// </summary>
    public static Task<bool> IsTakenAsync(AmudduDbContext db, Guid counsellorId, DateTimeOffset start, DateTimeOffset end, Guid? except,
        CancellationToken cancellationToken)
    {
        var earliest = start.AddMinutes(-MaxMinutes);
        return db.Appointments.AnyAsync(a => a.CounsellorId == counsellorId && a.StartsAt > earliest && a.StartsAt < end
            && a.Status == AppointmentStatus.Booked && a.Id != except && a.EndsAt > start, cancellationToken);
    }
}
