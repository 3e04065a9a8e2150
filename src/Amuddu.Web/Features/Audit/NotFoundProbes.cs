using System.Security.Claims;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Audit;

/// <summary>
/// Someone walking through the ids of another organisation's files gets one 404 after another, and a 404 is
/// the right answer (it must not say "not yours"). But the walk itself should leave a trace: each not-found
/// answer on a personal-data route is an audit event of the caller, and when one account reaches
/// <see cref="Threshold"/> of them within <see cref="Window"/>, one "probing suspected" event goes to the
/// administrators of its organisation. The count is read from the audit trail, so it holds across instances.
/// </summary>
public static class NotFoundProbes
{
    public const int Threshold = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>API routes that answer about a person, their file, a referral, an application or a payment.</summary>
    private static readonly string[] PersonalDataRoutes =
        ["/api/v1/people", "/api/v1/referrals", "/api/v1/applications", "/api/v1/payments", "/api/v1/appointments", "/api/v1/employer"];

    public static bool IsPersonalDataRoute(PathString path) => PersonalDataRoutes.Any(r => path.StartsWithSegments(r, StringComparison.OrdinalIgnoreCase));

    /// <summary>Middleware: after the answer, note a 404 given to a signed-in user on a personal-data route.</summary>
    public static async Task WatchAsync(HttpContext http, RequestDelegate next)
    {
        await next(http);
        if (http.Response.StatusCode == StatusCodes.Status404NotFound && IsPersonalDataRoute(http.Request.Path)
            && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not null && http.User.FindFirstValue(AmudduClaims.OrganisationId) is not null)
        {
            var services = http.RequestServices;
            await RecordAsync(services.GetRequiredService<AuditLog>(), services.GetRequiredService<AmudduDbContext>(),
                services.GetRequiredService<TimeProvider>(), http.User.UserId(), http.User.OrganisationId(), http.Request.Path, CancellationToken.None);
        }
    }

    public static async Task RecordAsync(AuditLog audit, AmudduDbContext db, TimeProvider clock, Guid userId, Guid organisationId, string path,
        CancellationToken cancellationToken)
    {
        await audit.RecordAsync(AuditActions.NotFoundAnswered, userId, organisationId, path, null, cancellationToken);
        var since = clock.GetUtcNow() - Window;
        var recent = db.AuditEvents.AsNoTracking().Where(a => a.UserId == userId && a.OccurredAt >= since);
        var count = await recent.CountAsync(a => a.Action == AuditActions.NotFoundAnswered, cancellationToken);
        // At least once per window: two instances crossing the line together may both report, neither stays silent.
        if (count >= Threshold && !await recent.AnyAsync(a => a.Action == AuditActions.ProbingSuspected, cancellationToken))
        {
            await audit.RecordAsync(AuditActions.ProbingSuspected, userId, organisationId, $"user {userId}",
                $"{count} not-found answers in {Window.TotalMinutes:0} minutes", cancellationToken);
        }
    }

    public sealed record Probe(DateTimeOffset At, string Account, string Detail);

    /// <summary>The organisation's reports of the last 90 days, newest first.</summary>
    public static async Task<List<Probe>> RecentAsync(AmudduDbContext db, Guid organisationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - TimeSpan.FromDays(90);
        var events = await db.AuditEvents.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.OccurredAt >= since && a.Action == AuditActions.ProbingSuspected)
            .OrderByDescending(a => a.OccurredAt).Take(50)
            .Select(a => new { a.OccurredAt, a.UserId, a.Detail })
            .ToListAsync(cancellationToken);
        var ids = events.Select(e => e.UserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName} ({u.Email})", cancellationToken);
        return [.. events.Select(e => new Probe(e.OccurredAt, e.UserId is { } id && names.TryGetValue(id, out var name) ? name : "—", e.Detail ?? ""))];
    }
}
