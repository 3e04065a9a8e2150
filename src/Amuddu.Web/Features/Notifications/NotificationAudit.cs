namespace Amuddu.Web.Features.Notifications;

public static class NotificationAudit
{
    public const string Retried = "notification.retried";
    public const string Cancelled = "notification.cancelled";
}
