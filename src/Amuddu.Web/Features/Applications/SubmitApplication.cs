using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// Submits a complete draft (every required document, and the business plan of a self-employment project) and
/// checks it against the programme's rules at once: the officers receive it with the verdict of each rule.
/// </summary>
public static class SubmitApplication
{
    public sealed record Request(long Version);

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (!Applying.MayApply(staff))
        {
            return TypedResults.Forbid();
        }

        var failure = await SubmitAsync(application, request.Version, db, staff, audit, clock, text, cancellationToken);
        return failure is null ? TypedResults.Ok(ApplicationResponse.From(application)) : Applying.Fail<Ok<ApplicationResponse>>(failure);
    }

    public static async Task<IResult?> SubmitAsync(SupportApplication application, long version, AmudduDbContext db, ICurrentStaff staff,
        AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (application.Status != ApplicationStatus.Draft)
        {
            return ApplicationMoves.Refused(application.Status, ApplicationStatus.Submitted, text);
        }

        if (application.Version != version)
        {
            return Applying.Stale(text);
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, application.PersonId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var programme = await Applying.ProgrammeOfAsync(db, application, cancellationToken);
        if (programme.Status != ProgrammeStatus.Open)
        {
            return Conflicts.Of(text["Applying.ProgrammeNotOpen", text[$"Programme.Status.{programme.Status}"]]);
        }

        if (await IncompleteAsync(db, application, programme, text, cancellationToken) is { } incomplete)
        {
            return incomplete;
        }

        var now = clock.GetUtcNow();
        ApplicationMoves.TryMove(db, application, ApplicationStatus.Submitted, staff, now);
        application.SubmittedAt = now;
        application.DecideBy = today.AddDays(programme.DecisionDays);
        await Eligibility.RunAsync(db, application, programme, clock, cancellationToken);
        ApplicationMoves.TryMove(db, application, ApplicationStatus.EligibilityChecked, staff, now);
        var subject = ApplicationAudit.Subject(application.PersonId);
        foreach (var status in new[] { ApplicationStatus.Submitted, ApplicationStatus.EligibilityChecked })
        {
            audit.Add(db, ApplicationAudit.StatusChanged, staff.UserId, staff.OrganisationId, subject, $"application {application.Id}: {status}");
        }

        AuditCheck(db, application, audit, staff);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Applying.Stale(text);
        }

        return null;
    }

    /// <summary>422 naming what is missing, under <c>documents</c> and <c>businessPlan</c>; null when complete.</summary>
    private static async Task<ProblemHttpResult?> IncompleteAsync(AmudduDbContext db, SupportApplication application, Programme programme,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var missing = await Applying.MissingDocumentsAsync(db, application, programme, cancellationToken);
        if (missing.Count > 0)
        {
            errors["documents"] = missing.Select(k => text["Applying.DocumentMissing", text[$"Application.DocumentKind.{k}"]].Value).ToArray();
        }

        if (programme.Kind == ProgrammeKind.SelfEmploymentGrant && !await db.BusinessPlans.AnyAsync(p => p.ApplicationId == application.Id, cancellationToken))
        {
            errors["businessPlan"] = [text["Applying.BusinessPlanMissing"]];
        }

        return errors.Count == 0
            ? null
            : TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = text["Applying.Incomplete"],
            });
    }

    /// <summary>The verdict goes in the audit trail as rule kinds only: what was found about the person stays on the application.</summary>
    public static void AuditCheck(AmudduDbContext db, SupportApplication application, AuditLog audit, ICurrentStaff staff)
    {
        var failed = application.Eligibility.Where(c => !c.Passed).Select(c => c.Kind.ToString()).ToList();
        audit.Add(db, ApplicationAudit.EligibilityChecked, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}: {(application.IsEligible == true ? "eligible" : "not eligible")}"
            + (failed.Count > 0 ? $" ({string.Join(", ", failed)} failed)" : ""));
    }
}

/// <summary>Checks an application against its programme's rules again, after a document was added or the person's file corrected.</summary>
public static class RecheckEligibility
{
    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (application.Status != ApplicationStatus.EligibilityChecked)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.ApplicationTransitionRefused,
                title: text["Applying.RecheckRefused", text[$"Application.Status.{application.Status}"]]);
        }

        var programme = await Applying.ProgrammeOfAsync(db, application, cancellationToken);
        await Eligibility.RunAsync(db, application, programme, clock, cancellationToken);
        SubmitApplication.AuditCheck(db, application, audit, staff);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Applying.Stale(text);
        }

        return TypedResults.Ok(ApplicationResponse.From(application));
    }
}
