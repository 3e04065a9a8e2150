using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Audit;

/// <summary>
/// Writes audit events in a unit of work of their own, so that an event is kept even when
/// the request's own changes are not saved (a failed sign-in, a denied request).
/// </summary>
public sealed class AuditLog(
    DbContextOptions<AmudduDbContext> options, TimeProvider clock, IHttpContextAccessor accessor)
{
    public async Task RecordAsync(
        string action, Guid? userId, Guid? organisationId, string? subject = null, string? detail = null,
        CancellationToken cancellationToken = default)
    {
        var http = accessor.HttpContext;
        await using var db = new AmudduDbContext(options);
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow(),
            Action = action,
            UserId = userId,
            OrganisationId = organisationId,
            Subject = Truncate(subject, 256),
            Detail = Truncate(detail, 1000),
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Truncate(http?.Request.Headers.UserAgent.ToString(), 256),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];
}
