using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Outreach;

public static class OutreachApi
{
    public static RouteGroupBuilder MapOutreachApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/outreach").WithTags("Outreach").RequireAuthorization(Policies.Outreach);
        group.MapGet("/activities", ListActivities.Handle).WithSummary("The organisation's outreach activities in a period (from, to: dates), latest first.");
        group.MapPost("/activities", RecordActivity.Handle).WithSummary("Plan an activity, or log one done.");
        group.MapGet("/activities/{activityId:guid}", GetActivity.Handle);
        group.MapPut("/activities/{activityId:guid}", UpdateActivity.Handle).WithSummary("Change, log (status Done, people reached) or cancel an activity; 409 when stale.");
        group.MapGet("/pre-registrations", ListPreRegistrations.Handle)
            .WithSummary("Pre-registrations by status (default Open): an agent's own, the organisation's for counsellors.");
        group.MapPost("/pre-registrations", RecordPreRegistration.Handle).WithSummary("Quick pre-registration of a person met; phone and e-mail only with consent to be contacted.");
        group.MapGet("/pre-registrations/{id:guid}", GetPreRegistration.Handle);
        group.MapPost("/pre-registrations/{id:guid}/close", ClosePreRegistration.Handle)
            .WithSummary("Close without a file, with a reason; erase: true blanks names, phone and e-mail at once.");
        group.MapGet("/pre-registrations/{id:guid}/conversion", ConvertPreRegistration.Propose).RequireAuthorization(Policies.PeopleFiles)
            .WithSummary("The registration form prefilled from the pre-registration, and the likely people already on file.");
        group.MapPost("/pre-registrations/{id:guid}/convert", ConvertPreRegistration.Handle).RequireAuthorization(Policies.PeopleFiles)
            .WithSummary("Link an existing file (existingPersonId) or register a new one (person, notDuplicateOf); 409 once converted.");

        // Managers read the funnel without running outreach themselves: the handler says who sees what.
        api.MapGet("/outreach/funnel", GetFunnel.Handle).WithTags("Outreach").RequireAuthorization(Policies.Staff)
            .WithSummary("Reached → pre-registered → attended → registered → positioned → in an action plan, per month (from, to: yyyy-MM), agency and agent.");
        return api;
    }
}
