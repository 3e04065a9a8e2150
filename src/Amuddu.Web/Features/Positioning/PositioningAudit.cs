namespace Amuddu.Web.Features.Positioning;

/// <summary>Audit actions of the positioning area; details name the list and the line's id, never its content.</summary>
public static class PositioningAudit
{
    public const string Recorded = "positioning.recorded";
    public const string Updated = "positioning.updated";
    public const string Viewed = "positioning.viewed";

    /// <summary>The constraint note (health, personal circumstances) was shown decrypted.</summary>
    public const string NoteViewed = "positioning.note-viewed";
    public const string ProfileViewed = "positioning.profile-viewed";
    public const string ItemAdded = "positioning.item-added";
    public const string ItemUpdated = "positioning.item-updated";
    public const string ItemRemoved = "positioning.item-removed";
}
