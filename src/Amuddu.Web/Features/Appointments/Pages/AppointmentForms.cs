using Amuddu.Web.Data;
using Amuddu.Web.Features.Users;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Appointments.Pages;

/// <summary>What the booking form posts: a local date and time on the site's clock.</summary>
public sealed class BookingForm
{
    public Guid? CounsellorId { get; set; }
    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public int? DurationMinutes { get; set; } = 30;
    public AppointmentChannel? Channel { get; set; } = AppointmentChannel.AtAgency;
    public Guid? SiteId { get; set; }
    public string? Place { get; set; }
    public string? Purpose { get; set; }

    public DateTimeOffset? StartsAt => FormDates.Read(Date) is { } date && Time is { } time ? SiteTime.FromLocal(date, time) : null;
}

public static class AppointmentForms
{
    /// <summary>The organisation's active staff who open people's files, by name: who can be booked.</summary>
    public static async Task<Dictionary<Guid, string>> CounsellorsAsync(AmudduDbContext db, Guid organisationId) =>
        (await OwnCounsellors.LoadAsync(db, organisationId)).ToDictionary(c => c.Id, c => c.Name);

    public static Task<Dictionary<Guid, string>> SitesAsync(AmudduDbContext db, Guid organisationId) =>
        db.Sites.AsNoTracking().Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Name).ToDictionaryAsync(s => s.Id, s => s.Name);

    /// <summary>"lundi 7 décembre 2026 10:30" on the site's clock, in the reader's language.</summary>
    public static string When(DateTimeOffset instant, System.Globalization.CultureInfo culture) =>
        SiteTime.ToLocal(instant).ToString("dddd d MMMM yyyy HH:mm", culture);
}
