namespace Amuddu.Web.Components.Shared;

/// <summary>One tab of <see cref="Tabs"/>: a link, its text, whether it is the current view, and an optional count.</summary>
public sealed record TabLink(string Href, string Text, bool Current, int? Count = null);
