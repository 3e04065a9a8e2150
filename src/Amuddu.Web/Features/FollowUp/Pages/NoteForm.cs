namespace Amuddu.Web.Features.FollowUp.Pages;

/// <summary>A note as typed in the form; the time is the browser's local time without offset.</summary>
public sealed class NoteForm
{
    public ContactKind? Kind { get; set; }
    public DateTime? ContactedAt { get; set; }
    public string? Text { get; set; }
    public bool Sensitive { get; set; }
    public long Version { get; set; }

    public DateTimeOffset? ContactedAtOffset =>
        ContactedAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Local)) : null;

    public static string LocalInput(DateTime? at) =>
        at?.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static NoteForm Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow().ToLocalTime().DateTime;
        return new() { ContactedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)) };
    }
}
