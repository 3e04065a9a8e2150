using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Sessions.Pages;

/// <summary>What the session form posts: the start as a date and time on the Casablanca clock.</summary>
public sealed class SessionForm
{
    public Guid? SiteId { get; set; }
    public SessionTopic? Topic { get; set; }
    public string? Title { get; set; }
    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public int? DurationMinutes { get; set; } = 90;
    public string? Place { get; set; }
    public string? Language { get; set; } = "fr";
    public int? Capacity { get; set; } = 20;
    public Guid? AgentId { get; set; }
    public Guid? CounsellorId { get; set; }
    public long Version { get; set; }

    public SaveSession.Request ToRequest() => new(SiteId, Topic, Title, FormDates.Read(Date) is { } date && Time is { } time ? SiteTime.FromLocal(date, time) : null,
        DurationMinutes, Place, Language, Capacity, AgentId, CounsellorId, Version);

    public static SessionForm From(SessionResponse s) => new()
    {
        SiteId = s.SiteId, Topic = s.Topic, Title = s.Title, Date = FormDates.Display(DateOnly.FromDateTime(s.LocalStart)), Time = TimeOnly.FromDateTime(s.LocalStart),
        DurationMinutes = s.DurationMinutes, Place = s.Place, Language = s.Language, Capacity = s.Capacity, AgentId = s.AgentId,
        CounsellorId = s.CounsellorId, Version = s.Version,
    };
}

/// <summary>The public form and the walk-in form: a name, and how to be contacted if the person agrees.</summary>
public sealed class ContactForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Language { get; set; }
    public ContactChannel? Channel { get; set; }
    public bool ContactConsent { get; set; }

    public ContactDetails ToDetails() => new(FirstName, LastName, Phone, Email, Language, Channel, ContactConsent);
}

public static class SessionText
{
    /// <summary>"mardi 8 décembre 2026 · 10:00" on the Casablanca clock, in the reader's language.</summary>
    public static string When(DateTimeOffset instant, System.Globalization.CultureInfo culture) =>
        SiteTime.ToLocal(instant).ToString("dddd d MMMM yyyy · HH:mm", culture);
}
