namespace Amuddu.Web.Components.Shared;

/// <summary>
/// One tab of <see cref="Tabs"/>: a link, its text, whether it is the current view, an optional count, and optional
/// attributes for the link (a data-status that tests and styles read).
/// </summary>
public sealed record TabLink(string Href, string Text, bool Current, int? Count = null, IReadOnlyDictionary<string, object>? Attributes = null);
