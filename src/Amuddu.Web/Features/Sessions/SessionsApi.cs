using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Sessions;

public static class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/info-sessions").WithTags("Information sessions").RequireAuthorization(Policies.Outreach);
        staff.MapGet("/", ListSessions.Handle).WithSummary("The organisation's sessions: upcoming (soonest first) or, with past=true, past ones (latest first).");
        staff.MapPost("/", SaveSession.Create).WithSummary("Plan a session (status Planned, not on the public calendar yet).");
        staff.MapGet("/{id:guid}", GetSession.Handle).WithSummary("A session with its registrations.");
        staff.MapPut("/{id:guid}", SaveSession.Update).WithSummary("Change a planned or published session; moving a published one tells its registrants.");
        staff.MapPost("/{id:guid}/publish", ChangeSessionStatus.Publish).WithSummary("Put a planned session on the public calendar.");
        staff.MapPost("/{id:guid}/cancel", ChangeSessionStatus.Cancel).WithSummary("Cancel: pending reminders are cancelled and registrants who agreed to be contacted are told.");
        staff.MapPost("/{id:guid}/held", ChangeSessionStatus.MarkHeld).WithSummary("Mark a session held, once it has started.");
        staff.MapPost("/{id:guid}/registrations", RegisterForSession.Handle)
            .WithSummary("Register an open pre-registration or a person file; 409 session-full when no seat is left.");
        staff.MapPost("/{id:guid}/attendance", TakeAttendance.Handle).WithSummary("Record who came, from an hour before the start.");
        staff.MapPost("/{id:guid}/walk-ins", AddWalkIn.Handle).WithSummary("Someone who came without registering: a pre-registration and an attended place.");
        staff.MapPut("/{id:guid}/registrations/{registrationId:guid}/follow-up", RecordFollowUp.Handle)
            .WithSummary("What came of the session for a participant who attended.");

        var open = api.MapGroup("/public/sessions").WithTags("Public calendar").AllowAnonymous();
        open.MapGet("/", PublicSessions.List).WithSummary("Published sessions still to come, with the seats left; filter by city, language and topic.");
        open.MapGet("/{id:guid}", PublicSessions.Get).WithSummary("One session on the public calendar.");
        open.MapPost("/{id:guid}/registrations", RegisterPublicly.Handle)
            .WithSummary("Take a place, without an account (rate-limited per client address); 409 session-full when no seat is left.");
        return api;
    }
}
