using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Audit;

public static class AuditApi
{
    public sealed record AuditEventResponse(
        Guid Id, DateTimeOffset OccurredAt, string Action, Guid? UserId, string? Subject, string? Detail, string? IpAddress);

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit-events", ListAuditEvents.Handle).WithTags("Audit").RequireAuthorization(Policies.Administrator)
            .WithSummary("The audit trail of the administrator's own organisation, newest first.");
        return api;
    }
}

public static class ListAuditEvents
{
    public const int MaxPageSize = 200;

    public static async Task<Ok<List<AuditApi.AuditEventResponse>>> Handle(
        AmudduDbContext db, ICurrentStaff staff, string? action, DateTimeOffset? before, int? take,
        CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId;
        var query = db.AuditEvents.AsNoTracking().Where(a => a.OrganisationId == organisationId);
        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(a => a.Action == action);
        }

        if (before is { } b)
        {
            query = query.Where(a => a.OccurredAt < b);
        }

        var page = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(take ?? 50, 1, MaxPageSize))
            .Select(a => new AuditApi.AuditEventResponse(a.Id, a.OccurredAt, a.Action, a.UserId, a.Subject, a.Detail, a.IpAddress))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page);
    }
}
