using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Programmes;

public static class ProgrammesApi
{
    /// <summary>
    /// <c>/api/v1/programmes</c>: every staff member reads the programmes of their organisation (and employers the
    /// open hiring incentives); administrators configure them; officers and analysts read the dashboards.
    /// </summary>
    public static RouteGroupBuilder MapProgrammesApi(this RouteGroupBuilder api)
    {
        var programmes = api.MapGroup("/programmes").WithTags("Programmes").RequireAuthorization(Policies.Staff);
        _ = programmes; // The programmes part maps its endpoints here.
        return api;
    }
}
