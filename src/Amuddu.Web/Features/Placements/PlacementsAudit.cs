namespace Amuddu.Web.Features.Placements;

public static class PlacementsAudit
{
    public const string Shortlisted = "candidacy.shortlisted";
    public const string Checked = "candidacy.checked";
    public const string Sent = "candidacy.sent";
    public const string Answered = "candidacy.answered";

    public static string Subject(Guid candidacyId) => $"candidacy:{candidacyId}";
}
