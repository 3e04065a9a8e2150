namespace Amuddu.Web.Features.Applications;

/// <summary>The applicant's side: counsellors for the people they follow, employers for their hires.</summary>
public static class ApplyingEndpoints
{
    public static RouteGroupBuilder MapApplyingEndpoints(this RouteGroupBuilder applications) => applications;

    public static RouteGroupBuilder MapEmployerApplyingEndpoints(this RouteGroupBuilder employer) => employer;
}
