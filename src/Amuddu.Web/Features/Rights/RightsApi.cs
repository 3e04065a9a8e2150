using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Rights;

public static class RightsApi
{
    public static RouteGroupBuilder MapRightsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("Rights").RequireAuthorization(Policies.PeopleFiles);
        group.MapGet("/{personId:guid}/export", ExportPerson.Handle).WithSummary("Everything held on the person, from every area (right of access).");
        group.MapGet("/{personId:guid}/timeline", PersonTimeline.Handle).WithSummary("What happened on the file, in every area, newest first.");
        group.MapGet("/{personId:guid}/merges", ListMerges.Handle);
        group.MapPost("/{personId:guid}/erase", ErasePerson.Handle).RequireAuthorization(Policies.PersonRights)
            .WithSummary("Erase (anonymise) the person's data in every area; fileNumberConfirmation must be the file number.");
        group.MapPost("/{survivorId:guid}/merge", MergePeople.Handle).RequireAuthorization(Policies.PersonRights)
            .WithSummary("Merge the duplicate file into this one; every row moves, the duplicate stays and the merge can be undone.");
        group.MapPost("/merges/{mergeId:guid}/undo", UndoMerge.Handle).RequireAuthorization(Policies.PersonRights);
        return api;
    }
}
