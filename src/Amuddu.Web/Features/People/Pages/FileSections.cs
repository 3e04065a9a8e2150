namespace Amuddu.Web.Features.People.Pages;

/// <summary>
/// The sections of a person's file, each on a page of its own under /people/{id}/{slug}, in the order
/// of the side navigation. The overview is /people/{id}.
/// </summary>
public static class FileSections
{
    public const string Overview = "";
    public const string Identity = "identity";
    public const string Documents = "documents";
    public const string Consents = "consents";
    public const string Positioning = "positioning";
    public const string ActionPlan = "action-plan";
    public const string Appointments = "appointments";
    public const string FollowUp = "follow-up";
    public const string Outcomes = "outcomes";
    public const string Referrals = "referrals";
    public const string Support = "support";
    public const string Rights = "rights";
    public const string Timeline = "timeline";
    public const string AccessLog = "access-log";

    public static readonly IReadOnlyList<string> All =
        [Overview, Identity, Documents, Consents, Positioning, ActionPlan, Appointments, FollowUp, Outcomes, Referrals, Support, Rights, Timeline, AccessLog];

    public static bool Exists(string? slug) => slug is not null && All.Contains(slug);

    public static string Url(Guid personId, string slug) => slug == Overview ? $"/people/{personId}" : $"/people/{personId}/{slug}";

    public static string TextKey(string slug) => $"File.Section.{(slug == Overview ? "overview" : slug)}";

    /// <summary>The count or status beside the section's name in the navigation, when there is one to show.</summary>
    public static string? Badge(string slug, PersonFileSummary file) => slug switch
    {
        Documents => Count(file.Count.Documents),
        Consents => Count(file.Count.Consents),
        ActionPlan => Count(file.Count.OpenSteps),
        Appointments => Count(file.Count.Appointments),
        FollowUp => Count(file.Count.Notes),
        Outcomes => Count(file.Count.Outcomes),
        Referrals => Count(file.Count.Referrals),
        Support => Count(file.Count.Applications + file.Count.Sessions),
        _ => null,
    };

    /// <summary>Whether the section calls for attention (an overdue step or check, an expired document, no consent to processing).</summary>
    public static bool Alert(string slug, PersonFileSummary file) => slug switch
    {
        Documents => file.Count.ExpiredDocuments > 0,
        Consents => !file.Count.ProcessingConsent && !file.Closed,
        ActionPlan => file.Count.OverdueSteps > 0,
        Outcomes => file.Count.OverdueChecks > 0,
        _ => false,
    };

    private static string? Count(int count) => count > 0 ? count.ToString(System.Globalization.CultureInfo.CurrentCulture) : null;
}
