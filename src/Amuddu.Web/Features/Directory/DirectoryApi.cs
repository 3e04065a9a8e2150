using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Directory;

public static class DirectoryApi
{
    /// <summary>
    /// Every staff member reads the whole network's directory (that is its purpose); each organisation
    /// keeps only its own profile and its own services' capacity.
    /// </summary>
    public static RouteGroupBuilder MapDirectoryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/directory").WithTags("Directory").RequireAuthorization(Policies.Staff);
        group.MapGet("/services", SearchServices.Handle).WithSummary("Partners' published services by need (offer kind), region (given there or covered), language and words.");
        group.MapGet("/services/{offerId:guid}", GetService.Handle);
        group.MapPut("/services/{offerId:guid}/capacity", UpdateCapacity.Handle).RequireAuthorization(Policies.Catalogue)
            .WithSummary("Seats left and waiting weeks of one of the organisation's own offers; send the offer's version (409 when stale).");
        group.MapGet("/partners", ListPartners.Handle).WithSummary("Active partner organisations (not employers or donors) by region and kind.");
        group.MapGet("/partners/{organisationId:guid}", GetPartner.Handle).WithSummary("A partner's profile and published services.");
        group.MapPut("/partners/mine", UpdateProfile.Handle).RequireAuthorization(Policies.Catalogue)
            .WithSummary("The caller's organisation's profile; send the version read (409 when stale). Saving marks it checked today.");
        return api;
    }
}
