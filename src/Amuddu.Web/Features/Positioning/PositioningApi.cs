using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Positioning;

public static class PositioningApi
{
    public static RouteGroupBuilder MapPositioningApi(this RouteGroupBuilder api)
    {
        api.MapTaxonomyApi();
        var group = api.MapGroup("/people/{personId:guid}/positioning").WithTags("Positioning").RequireAuthorization(Policies.PeopleFiles);
        group.MapGet("/", GetPositioning.Handle).WithSummary("The interview (null until recorded) and every list; reading the constraint note is audited.");
        group.MapPut("/", RecordInterview.Handle)
            .WithSummary("Record the interview (no version) or change it (the version read; 409 when stale). Moves the person to Positioned.");
        MapList(group, Diplomas.List);
        MapList(group, Languages.List);
        MapList(group, Experiences.List);
        MapList(group, Skills.List);
        MapList(group, TargetOccupations.List);
        MapList(group, KeySkillsTests.List);
        MapList(group, JobTryouts.List);
        return api;
    }

    private static void MapList<TEntity, TRequest, TResponse>(RouteGroupBuilder group, PositioningList<TEntity, TRequest, TResponse> list)
        where TEntity : PositioningItem, new()
        where TRequest : IPositioningItemRequest
    {
        // Through Delegate variables: the route-handler analyzer cannot follow a method group of a generic type.
        // For the same reason these endpoints are built at run time, not by the request delegate generator (RDG002).
        Delegate add = list.AddAsync, update = list.UpdateAsync, remove = list.RemoveAsync;
        var lines = group.MapGroup($"/{list.Route}");
#pragma warning disable RDG002
        lines.MapPost("/", add);
        lines.MapPut("/{itemId:guid}", update).WithSummary("Change a line; the body carries the version read (409 when stale).");
        lines.MapDelete("/{itemId:guid}", remove).WithSummary("Remove a line; with ?version=, only if unchanged since.");
#pragma warning restore RDG002
    }
}
