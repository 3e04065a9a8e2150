using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.FollowUp.Pages;

/// <summary>A note as typed in the form; the time is read on the Moroccan clock, like every time staff type.</summary>
public sealed class NoteForm
{
    public ContactKind? Kind { get; set; }
    public DateTime? ContactedAt { get; set; }
    public string? Text { get; set; }
    public bool Sensitive { get; set; }
    public long Version { get; set; }

    public DateTimeOffset? ContactedAtOffset =>
        ContactedAt is { } at ? SiteTime.FromLocal(DateOnly.FromDateTime(at), TimeOnly.FromDateTime(at)) : null;

    public static string LocalInput(DateTime? at) =>
        at?.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static NoteForm Now(TimeProvider clock)
    {
        var now = SiteTime.ToLocal(clock.GetUtcNow());
        return new() { ContactedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)) };
    }
}
