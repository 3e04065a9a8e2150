namespace Amuddu.Web.Components.Shared;

/// <summary>A line of a <see cref="TaskList"/>: what to do, where, and its status as a badge.</summary>
public sealed record TaskItem(string Title, string Status, BadgeTone Tone = BadgeTone.Neutral, string? Href = null, string? Hint = null);
