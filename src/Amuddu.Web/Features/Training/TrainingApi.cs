using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Training;

public static class TrainingApi
{
    /// <summary>
    /// <c>/api/v1/training</c>: the staff training cycles. Every staff member reaches the group; each use case answers
    /// according to <see cref="TrainingAccess"/> (the coordinator changes, an external trainer sees only what they teach,
    /// anything else is "not found").
    /// </summary>
    public static RouteGroupBuilder MapTrainingApi(this RouteGroupBuilder api)
    {
        var training = api.MapGroup("/training").WithTags("Training").RequireAuthorization(Policies.Staff);
        training.MapGet("/cycles", ListCycles.Handle).WithSummary("The cycles the caller may read, newest first, 25 a page.");
        training.MapPost("/cycles", CreateCycle.Handle).WithSummary("The coordinator sets up a cycle (a draft unless a status is given).");
        training.MapGet("/cycles/{id:guid}", GetCycle.Handle).WithSummary("A cycle with its modules, materials, sessions and participants.");
        training.MapPut("/cycles/{id:guid}", UpdateCycle.Handle).WithSummary("Change a cycle; send the version read (409 when stale).");
        training.MapPost("/cycles/{id:guid}/modules", SaveModule.Add).WithSummary("Add a module to a cycle.");
        training.MapPut("/modules/{id:guid}", SaveModule.Update).WithSummary("Change a module; send the version read.");
        training.MapPost("/modules/{id:guid}/materials", Materials.Handle)
            .WithSummary("Upload a material (multipart: language fr/ar/en, file): a new version in that language.");
        training.MapGet("/materials/{id:guid}", Materials.Download).WithSummary("A material's file.");
        training.MapPost("/modules/{id:guid}/sessions", SaveSession.Add).WithSummary("Plan a session of a module, within the cycle's period.");
        training.MapGet("/sessions/{id:guid}", SessionAttendance.Get).WithSummary("A session with its attendance sheet.");
        training.MapPut("/sessions/{id:guid}", SaveSession.Update).WithSummary("Change a session; send the version read.");
        training.MapPut("/sessions/{id:guid}/attendance", SessionAttendance.Record)
            .WithSummary("Record attendance (present, absent, excused with a reason): the coordinator or a trainer of the session.");
        training.MapPost("/cycles/{id:guid}/participants", Nominations.Handle)
            .WithSummary("Nominate a staff member (the coordinator, or their manager): enrolled, or on the waiting list when the cycle is full.");
        training.MapPost("/participants/{id:guid}/withdraw", Nominations.Withdraw).WithSummary("Withdraw a participant: the first on the waiting list takes the seat.");
        training.MapPut("/participants/{id:guid}/certified-trainer", Nominations.SetCertified)
            .WithSummary("Certify a participant as a trainer of the cycle's modules in their own region (cascade).");
        training.MapGet("/coverage", GetCoverage.Handle)
            .WithSummary("Which counsellors completed which module and when; the share per agency and region; who still needs which module.");
        return api;
    }
}
