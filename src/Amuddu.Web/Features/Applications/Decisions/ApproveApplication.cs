using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// Four eyes: an application under review is approved by two distinct officers of its organisation, neither
/// the person's counsellor nor the application's author. The second approval decides: in one transaction it
/// commits the whole amount against the budget and moves the application to Approved, or does nothing.
/// </summary>
public static class ApproveApplication
{
    /// <param name="Amount">Ceiling programmes: the amount granted in dirhams, at most the amount requested (by default, the amount requested).</param>
    public sealed record Request(string? Comment, string? Conditions, decimal? Amount, long Version);

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var errors = new ValidationErrors(text)
            .MaxLength("comment", request.Comment, DecisionRules.TextMaxLength, "Decisions.Comment")
            .MaxLength("conditions", request.Conditions, DecisionRules.TextMaxLength, "Decisions.Conditions");
        long? granted = null;
        if (request.Amount is not null)
        {
            if (programme.AmountPolicy != AmountPolicy.Ceiling)
            {
                errors.Add("amount", text["Decisions.AmountOnlyCeiling"]);
            }
            else if (errors.Centimes("amount", request.Amount, "Decisions.Amount") is { } centimes)
            {
                if (centimes > application.RequestedCentimes)
                {
                    errors.Add("amount", text["Decisions.AmountOverRequested", Money.Format(application.RequestedCentimes)]);
                }

                granted = centimes;
            }
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (request.Version != application.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (!SupportApplication.CanMove(application.Status, ApplicationStatus.Approved))
        {
            return ApplicationMoves.Refused(application.Status, ApplicationStatus.Approved, text);
        }

        if (await DecisionRules.WhyNotApproverAsync(db, staff, application, cancellationToken) is { } reason)
        {
            return DecisionRules.FourEyes(reason, text);
        }

        if (await DecisionRules.CommitteeRefusalAsync(db, programme, application, text, cancellationToken) is { } committee)
        {
            return Conflicts.Of(committee);
        }

        var first = !await db.ApplicationApprovals.AnyAsync(a => a.ApplicationId == application.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var comment = FreeText.Clean(request.Comment);
        db.ApplicationApprovals.Add(new ApplicationApproval { ApplicationId = application.Id, ApproverId = staff.UserId!.Value, At = now, Comment = comment });
        if (FreeText.Clean(request.Conditions) is { } conditions)
        {
            application.DecisionConditions = conditions;
        }

        // The application's own row changes with every approval, so its version guards them: of two approvals
        // made at the same moment, only one can count as the first, or as the second.
        db.Entry(application).Property(a => a.UpdatedAt).IsModified = true;
        return first
            ? await FirstAsync(application, granted, comment, db, staff, audit, now, text, cancellationToken)
            : await SecondAsync(application, programme, granted, db, staff, audit, now, text, cancellationToken);
    }

    private static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> FirstAsync(
        SupportApplication application, long? granted, string? comment, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        DateTimeOffset now, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        // The amount the first officer proposes goes with their approval; the second decides on it.
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.Approved, comment, amountCentimes: granted));
        audit.Add(db, ApplicationAudit.Approved, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}: 1/2");
        if (await SaveAsync(db, text, cancellationToken) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(ApplicationResponse.From(application));
    }

    private static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> SecondAsync(
        SupportApplication application, Programme programme, long? granted, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        DateTimeOffset now, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (granted is null && programme.AmountPolicy == AmountPolicy.Ceiling)
        {
            granted = await db.ApplicationEvents
                .Where(e => e.ApplicationId == application.Id && e.Kind == ApplicationEventKind.Approved && e.AmountCentimes != null)
                .OrderByDescending(e => e.At).Select(e => e.AmountCentimes).FirstOrDefaultAsync(cancellationToken);
        }

        var whole = DecisionRules.WholeAmount(programme, application, granted);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await BudgetLedger.CommitAsync(db, programme.Id, application.RegionCode, whole, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await BudgetExceededAsync(db, programme, application.RegionCode, text, cancellationToken);
        }

        ApplicationMoves.TryMove(db, application, ApplicationStatus.Approved, staff, now);
        application.ApprovedCentimes = whole;
        application.DecidedAt = now;
        var subject = ApplicationAudit.Subject(application.PersonId);
        audit.Add(db, ApplicationAudit.Approved, staff.UserId, staff.OrganisationId, subject, $"application {application.Id}: 2/2");
        audit.Add(db, ApplicationAudit.StatusChanged, staff.UserId, staff.OrganisationId, subject, $"application {application.Id}: {application.Status}");
        if (await SaveAsync(db, text, cancellationToken) is { } refused)
        {
            await transaction.RollbackAsync(cancellationToken);
            return refused;
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ApplicationResponse.From(application));
    }

    /// <summary>Saves, or says why not: another approval got there first (stale), or this officer's own did (four eyes).</summary>
    private static async Task<ProblemHttpResult?> SaveAsync(AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflicts.Of(text["EditedByOther"]);
        }
        catch (DbUpdateException)
        {
            // The unique index on (application, approver): the same officer approving twice at once.
            db.ChangeTracker.Clear();
            return DecisionRules.FourEyes("Decisions.FourEyes.AlreadyApproved", text);
        }
    }

    private static async Task<ProblemHttpResult> BudgetExceededAsync(AmudduDbContext db, Programme programme, string regionCode,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var total = await db.Programmes.AsNoTracking().Where(p => p.Id == programme.Id)
            .Select(p => p.BudgetCentimes - p.CommittedCentimes).SingleAsync(cancellationToken);
        var lines = await db.ProgrammeBudgetLines.AsNoTracking().Where(l => l.ProgrammeId == programme.Id)
            .Select(l => new { l.RegionCode, Left = l.BudgetCentimes - l.CommittedCentimes }).ToListAsync(cancellationToken);
        var title = lines.Count == 0
            ? text["Decisions.BudgetExceeded", programme.Name, Money.Format(Math.Max(0, total))]
            : text["Decisions.BudgetExceededRegion", programme.Name, regionCode,
                Money.Format(Math.Max(0, Math.Min(total, lines.SingleOrDefault(l => l.RegionCode == regionCode)?.Left ?? 0)))];
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.BudgetExceeded, title: title);
    }
}
