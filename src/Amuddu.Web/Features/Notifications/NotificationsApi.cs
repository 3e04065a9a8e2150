using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Notifications;

/// <summary>Administrators watch their organisation's outbox, retry a failed message and cancel a pending one.</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(Policies.Administrator);
        group.MapGet("/", ListNotifications.Handle).WithSummary("The organisation's outbox, newest first (?status=Failed&take=100).");
        group.MapGet("/{id:guid}", GetNotification.Handle).WithSummary("One message and its delivery attempts.");
        group.MapPost("/{id:guid}/retry", RetryNotification.Handle).WithSummary("Queue a failed message again, due now.");
        group.MapPost("/{id:guid}/cancel", CancelNotification.Handle).WithSummary("Cancel a message that is still pending.");
        return api;
    }
}
