using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Applications;

public sealed record ApplicationHistoryEntry(DateTimeOffset At, ApplicationEventKind Kind, ApplicationStatus? Status, decimal? Amount,
    string? Note, Guid? ByUserId, string? By);

/// <summary>Reading applications: one (audited, as it is about a person), its history, a person's list.</summary>
public static class GetApplication
{
    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(ApplicationAudit.Read, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {id}", cancellationToken);
        return TypedResults.Ok(ApplicationResponse.From(application));
    }

    public static async Task<Results<Ok<List<ApplicationHistoryEntry>>, NotFound>> History(
        Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        await ApplicationAccess.Visible(db, staff).AnyAsync(a => a.Id == id, cancellationToken)
            ? TypedResults.Ok(await HistoryAsync(db, id, cancellationToken))
            : TypedResults.NotFound();

    /// <summary>The history, oldest first, with who made each change.</summary>
    public static async Task<List<ApplicationHistoryEntry>> HistoryAsync(AmudduDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var events = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var userIds = events.Select(e => e.ByUserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        // Moves made in one request share their instant: the lifecycle order of the statuses tells them apart.
        return events.OrderBy(e => e.At).ThenBy(e => e.Status)
            .Select(e => new ApplicationHistoryEntry(e.At, e.Kind, e.Status, e.AmountCentimes is { } amount ? Money.ToDirhams(amount) : null, e.Note,
                e.ByUserId, e.ByUserId is { } by ? names.GetValueOrDefault(by) : null))
            .ToList();
    }

    /// <summary>A person's applications, newest first.</summary>
    public static async Task<Results<Ok<List<ApplicationResponse>>, NotFound>> OfPerson(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var applications = await ApplicationAccess.Visible(db, staff).AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        return TypedResults.Ok(applications.OrderByDescending(a => a.CreatedAt).Select(ApplicationResponse.From).ToList());
    }
}
