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
        programmes.MapGet("/", ListProgrammes.Handle).WithSummary("The organisation's programmes (filters: status, kind); employers: the open hiring incentives.");
        programmes.MapGet("/{id:guid}", GetProgramme.Handle);
        programmes.MapPost("/", CreateProgramme.Handle).RequireAuthorization(Policies.Administrator)
            .WithSummary("Set up a programme, as a draft.");
        programmes.MapPut("/{id:guid}", UpdateProgramme.Handle).RequireAuthorization(Policies.Administrator)
            .WithSummary("Change a programme; send the version read (409 when stale). The budget never falls below what is committed.");
        programmes.MapPut("/{id:guid}/budget-lines", SaveBudgetLines.Handle).RequireAuthorization(Policies.Administrator)
            .WithSummary("Split the budget by region (replaces the lines; none: not split).");
        programmes.MapPost("/{id:guid}/open", MoveProgramme.Open).RequireAuthorization(Policies.Administrator).WithSummary("Open to applications.");
        programmes.MapPost("/{id:guid}/close", MoveProgramme.Close).RequireAuthorization(Policies.Administrator)
            .WithSummary("Close to new applications; the ones under way go on.");
        programmes.MapGet("/{id:guid}/dashboard", GetProgrammeDashboard.Handle)
            .RequireAuthorization(p => p.RequireRole(Policies.ProgrammeRoles))
            .WithSummary("Budget, committed, paid, remaining (also per region line); applications by status; beneficiaries by sex, nationality, legal status, region.");
        programmes.MapGet("/{id:guid}/dashboard.csv", ProgrammeDashboardCsv.Handle)
            .RequireAuthorization(p => p.RequireRole(Policies.ProgrammeRoles))
            .WithSummary("The dashboard as a CSV file.");
        return api;
    }
}
