using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Employers;

public static class EmployersApi
{
    /// <summary>
    /// <c>/api/v1/employers</c>: the company files of the service (counsellors and administrators keep them); an employer
    /// user reads its own company only. A file of another service is "not found".
    /// </summary>
    public static RouteGroupBuilder MapEmployersApi(this RouteGroupBuilder api)
    {
        var employers = api.MapGroup("/employers").WithTags("Employers").RequireAuthorization(Policies.Employers);
        employers.MapGet("/", ListCompanies.Handle).WithSummary("The service's companies, 25 a page (filters: sector, region, counsellorId, q: name or ICE).");
        employers.MapGet("/{id:guid}", GetCompany.Handle).WithSummary("A company file: identity, contacts, agreements, interactions, hires and incentives.");
        employers.MapPost("/", CreateCompany.Handle).RequireAuthorization(Policies.EmployerRelations)
            .WithSummary("Open a company file (creates the company's organisation, of kind Employer).");
        employers.MapPut("/{id:guid}", UpdateCompany.Handle).RequireAuthorization(Policies.EmployerRelations)
            .WithSummary("Change a company file; send the version read (409 when stale).");
        employers.MapPost("/{id:guid}/contacts", AddContact.Handle).RequireAuthorization(Policies.EmployerRelations).WithSummary("Add a contact.");
        employers.MapPost("/{id:guid}/agreements", AddAgreement.Handle).RequireAuthorization(Policies.EmployerRelations).WithSummary("Record an agreement signed.");
        employers.MapPost("/{id:guid}/interactions", AddInteraction.Handle).RequireAuthorization(Policies.EmployerRelations)
            .WithSummary("Log a visit, call, meeting or e-mail.");
        return api;
    }
}
