using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Appointments;

/// <summary>
/// The organisation's appointments between two local days (inclusive), of one counsellor or of
/// all; today and the next six days by default.
/// </summary>
public static class GetCalendar
{
    public const int MaxDays = 62;

    public static async Task<Results<Ok<List<CalendarItem>>, ValidationProblem>> Handle(
        DateOnly? from, DateOnly? to, Guid? counsellorId, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var first = from ?? SiteTime.Today(clock);
        var last = to ?? first.AddDays(6);
        if (last < first || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [text["CalendarRangeInvalid", MaxDays]] },
                title: text["ValidationTitle"]);
        }

        return TypedResults.Ok(await LoadAsync(db, staff.OrganisationId!.Value, SiteTime.StartOf(first), SiteTime.StartOf(last.AddDays(1)),
            counsellorId, cancellationToken));
    }

    public static async Task<List<CalendarItem>> LoadAsync(AmudduDbContext db, Guid organisationId, DateTimeOffset start, DateTimeOffset end,
        Guid? counsellorId, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.Appointments.AsNoTracking()
                          join p in db.People.AsNoTracking() on a.PersonId equals p.Id
                          where a.OrganisationId == organisationId && a.StartsAt >= start && a.StartsAt < end
                              && (counsellorId == null || a.CounsellorId == counsellorId)
                          orderby a.StartsAt
                          select new { a, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic, p.FileNumber })
            .ToListAsync(cancellationToken);
        var reminders = await AppointmentReminders.LatestAsync(db, [.. rows.Select(r => r.a.Id)], cancellationToken);
        return [.. rows.Select(r => new CalendarItem(AppointmentResponse.From(r.a, reminders.GetValueOrDefault(r.a.Id)),
            Person.NameOf(r.FirstName, r.LastName, r.FirstNameArabic, r.LastNameArabic), r.FileNumber))];
    }
}
