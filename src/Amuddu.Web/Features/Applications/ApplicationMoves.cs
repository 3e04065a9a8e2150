using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// Status changes of an application, whichever use case makes them: the move must be one
/// <see cref="SupportApplication.CanMove"/> allows, and goes into the application's history. The caller
/// saves (in its own transaction when it also commits budget or creates tranches) and writes the audit entry
/// (<see cref="ApplicationAudit.StatusChanged"/>).
/// </summary>
public static class ApplicationMoves
{
    /// <summary>Moves the application and adds the history line; false (nothing changed) when the move is not allowed.</summary>
    public static bool TryMove(AmudduDbContext db, SupportApplication application, ApplicationStatus to, ICurrentStaff staff, DateTimeOffset now, string? note = null)
    {
        if (!SupportApplication.CanMove(application.Status, to))
        {
            return false;
        }

        application.Status = to;
        db.ApplicationEvents.Add(Event(application, staff, now, ApplicationEventKind.StatusChanged, note, status: to));
        return true;
    }

    public static ApplicationEvent Event(SupportApplication application, ICurrentStaff staff, DateTimeOffset at, ApplicationEventKind kind,
        string? note = null, ApplicationStatus? status = null, long? amountCentimes = null) => new()
    {
        ApplicationId = application.Id,
        At = at,
        ByUserId = staff.UserId,
        Kind = kind,
        Status = status,
        AmountCentimes = amountCentimes,
        Note = FreeText.Clean(note),
    };

    /// <summary>409: the lifecycle does not allow this move from the application's status.</summary>
    public static ProblemHttpResult Refused(ApplicationStatus from, ApplicationStatus to, IStringLocalizer<SharedResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.ApplicationTransitionRefused,
            title: text["Application.MoveRefused", text[$"Application.Status.{from}"], text[$"Application.Status.{to}"]]);
}
