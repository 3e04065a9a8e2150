namespace Amuddu.Web.Features.Outreach;

public static class OutreachAudit
{
    public const string ActivityRecorded = "outreach.activity-recorded";
    public const string ActivityUpdated = "outreach.activity-updated";
    public const string PreRegistered = "outreach.pre-registered";
    public const string PreRegistrationViewed = "outreach.pre-registration-viewed";
    public const string PreRegistrationClosed = "outreach.pre-registration-closed";
    public const string PreRegistrationConverted = "outreach.pre-registration-converted";

    public static string Activity(Guid id) => $"outreach-activity {id}";

    public static string PreRegistration(Guid id) => $"pre-registration {id}";
}
