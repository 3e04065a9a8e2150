using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Appointments.Pages;

/// <summary>What the booking form posts: a local date and time on the site's clock.</summary>
public sealed class BookingForm
{
    public Guid? CounsellorId { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public int? DurationMinutes { get; set; } = 30;
    public AppointmentChannel? Channel { get; set; } = AppointmentChannel.AtAgency;
    public Guid? SiteId { get; set; }
    public string? Place { get; set; }
    public string? Purpose { get; set; }

    public DateTimeOffset? StartsAt => Date is { } date && Time is { } time ? SiteTime.FromLocal(date, time) : null;
}

public static class AppointmentForms
{
    /// <summary>The organisation's active staff who open people's files, by name: who can be booked.</summary>
    public static Task<Dictionary<Guid, string>> CounsellorsAsync(AmudduDbContext db, Guid organisationId) =>
        (from u in db.Users.AsNoTracking()
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.OrganisationId == organisationId && u.IsActive && Policies.PeopleFileRoles.Contains(r.Name!)
         orderby u.DisplayName
         select new { u.Id, u.DisplayName }).Distinct().ToDictionaryAsync(u => u.Id, u => u.DisplayName);

    public static Task<Dictionary<Guid, string>> SitesAsync(AmudduDbContext db, Guid organisationId) =>
        db.Sites.AsNoTracking().Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Name).ToDictionaryAsync(s => s.Id, s => s.Name);

    /// <summary>"lundi 7 décembre 2026 10:30" on the site's clock, in the reader's language.</summary>
    public static string When(DateTimeOffset instant, System.Globalization.CultureInfo culture) =>
        SiteTime.ToLocal(instant).ToString("dddd d MMMM yyyy HH:mm", culture);
}
