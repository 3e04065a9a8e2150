using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

/// <summary>The version of the programme the caller read, sent with an open or a close.</summary>
public sealed record ProgrammeVersion(long Version);

/// <summary>Saving a change to a programme: against the version the caller read, never under what is committed, then audited.</summary>
internal static class ProgrammeChanges
{
    public static async Task<Results<Ok<ProgrammeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> SaveAsync(
        AmudduDbContext db, Programme programme, long version, string what, ICurrentStaff staff, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        // Budget lines are not the programme's columns: a change to them alone still takes a new version.
        var entry = db.Entry(programme);
        db.ChangeTracker.DetectChanges();
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }

        entry.Property(p => p.Version).OriginalValue = version;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        audit.Add(db, ApplicationAudit.ProgrammeSaved, staff.UserId, staff.OrganisationId, ApplicationAudit.ProgrammeSubject(programme.Id),
            what);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        // An approval may have committed more between our read and our write (BudgetLedger does not touch the
        // version). Our row is now locked until we commit, so this re-read sees the last committed total.
        var overCommitted = await db.Programmes.AnyAsync(p => p.Id == programme.Id && p.CommittedCentimes > p.BudgetCentimes, cancellationToken)
            || await db.ProgrammeBudgetLines.AnyAsync(l => l.ProgrammeId == programme.Id && l.CommittedCentimes > l.BudgetCentimes, cancellationToken);
        if (overCommitted)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Conflicts.Of(text["Programmes.CommittedMeanwhile"]);
        }

        await transaction.CommitAsync(cancellationToken);
        var lines = await db.ProgrammeBudgetLines.AsNoTracking().Where(l => l.ProgrammeId == programme.Id).ToListAsync(cancellationToken);
        var saved = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == programme.Id, cancellationToken);
        return TypedResults.Ok(ProgrammeResponse.From(saved, lines, text));
    }
}
