namespace Amuddu.Web.Components.Shared;

/// <summary>The colours a badge (and a task's status) can take.</summary>
public enum BadgeTone
{
    Neutral,
    Info,
    Success,
    Warning,
    Danger,
}
