using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

/// <summary>The grant agreement is signed: the approved application is contracted and its tranches are set from the programme.</summary>
public static class ContractApplication
{
    public sealed record Request(long Version);

    public static async Task<Results<Ok<List<TrancheResponse>>, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (application.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (application.Status != ApplicationStatus.Approved)
        {
            return ApplicationMoves.Refused(application.Status, ApplicationStatus.Contracted, text);
        }

        // Nothing can be ordered without someone to pay: better refuse the contract than leave tranches unpayable.
        if (application.PayeeChannel is null || string.IsNullOrWhiteSpace(application.PayeeName) || string.IsNullOrWhiteSpace(application.PayeeAccountCipher))
        {
            return Conflicts.Of(text["Payments.PayeeMissing"]);
        }

        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var now = clock.GetUtcNow();
        ApplicationMoves.TryMove(db, application, ApplicationStatus.Contracted, staff, now);
        application.ContractedAt = now;
        db.Tranches.AddRange(Disbursement.Schedule(programme, application, staff, now));
        audit.Add(db, ApplicationAudit.StatusChanged, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}: {ApplicationStatus.Contracted}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer contracted it at the same moment (stale version, or its tranches already there).
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(await Disbursement.TranchesOfAsync(db, application.Id, cancellationToken));
    }
}
