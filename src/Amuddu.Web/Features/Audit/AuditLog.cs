using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Audit;

/// <summary>
/// Writes the audit trail. A change is recorded with <see cref="Add"/>, in the unit of work of the change
/// itself: the entry and the change are saved by the same SaveChanges (in the same transaction) or not at all.
/// An event that goes with no change (a failed sign-in, a denied request, a read of a person's file) is
/// recorded with <see cref="RecordAsync"/>, saved at once in a unit of work of its own (grouped with the others
/// waiting, <see cref="AuditWriter"/>), so it is kept even when the request's own changes are not.
/// </summary>
public sealed class AuditLog(AuditWriter writer, TimeProvider clock, IHttpContextAccessor accessor)
{
    /// <summary>
    /// Adds the entry to <paramref name="db"/>, to be saved with the change it records: call it before that
    /// SaveChanges. When that save fails, the entry is dropped with it (see <see cref="AmudduDbContext"/>).
    /// </summary>
    public void Add(AmudduDbContext db, string action, Guid? userId, Guid? organisationId, string? subject = null, string? detail = null) =>
        db.AuditEvents.Add(Create(action, userId, organisationId, subject, detail));

    /// <summary>
    /// Saves an event that goes with no change, at once and whatever becomes of the request: it completes when the
    /// entry is committed. The request's cancellation does not stop it (what was read was read).
    /// </summary>
    public Task RecordAsync(
        string action, Guid? userId, Guid? organisationId, string? subject = null, string? detail = null,
        CancellationToken cancellationToken = default) =>
        writer.WriteAsync(Create(action, userId, organisationId, subject, detail));

    private AuditEvent Create(string action, Guid? userId, Guid? organisationId, string? subject, string? detail)
    {
        var http = accessor.HttpContext;
        return new AuditEvent
        {
            OccurredAt = AuditChain.ToMilliseconds(clock.GetUtcNow()),
            Action = action,
            UserId = userId,
            OrganisationId = organisationId,
            Subject = Truncate(subject, 256),
            Detail = Truncate(detail, 1000),
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Truncate(http?.Request.Headers.UserAgent.ToString(), 256),
        };
    }

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null
        : value.Length <= length ? value
        // Never half a surrogate pair: the hashed text must be the text the database gives back.
        : value[..(char.IsHighSurrogate(value[length - 1]) ? length - 1 : length)];
}
