using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListOrganisations.Handle).WithName("ListOrganisations");
        group.MapGet("/{id:guid}", GetOrganisation.Handle).WithName("GetOrganisation");
        group.MapPost("/", CreateOrganisation.Handle).RequireAuthorization(Policies.Administrator);
        group.MapPost("/{id:guid}/sites", CreateSite.Handle).RequireAuthorization(Policies.Administrator);
        return api;
    }
}
