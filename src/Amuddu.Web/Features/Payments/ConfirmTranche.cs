using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

/// <summary>
/// A tranche's condition is met: it falls due. Officers confirm any condition; the counsellors who follow the
/// person may confirm what they see themselves, a month of attendance or the activity started.
/// </summary>
public static class ConfirmTranche
{
    public sealed record Request(string? Evidence, long Version);

    public const int EvidenceMax = 1000;

    private static readonly TrancheCondition[] CounsellorConditions = [TrancheCondition.AttendanceConfirmed, TrancheCondition.ActivityStarted];

    public static async Task<Results<Ok<TrancheResponse>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> Handle(
        Guid id, Guid trancheId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        var tranche = application is null ? null
            : await db.Tranches.SingleOrDefaultAsync(t => t.Id == trancheId && t.ApplicationId == application.Id, cancellationToken);
        if (application is null || tranche is null)
        {
            return TypedResults.NotFound();
        }

        if (!staff.IsInRole(Roles.ProgrammeOfficer) && !CounsellorConditions.Contains(tranche.Condition))
        {
            return TypedResults.Forbid();
        }

        var errors = new ValidationErrors(text).MaxLength("evidence", request.Evidence, EvidenceMax, "Payments.Evidence");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var refusal = WhyNotConfirmable(tranche, application, tranche.Version, request.Version, clock, text);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        db.Entry(tranche).Property(t => t.Version).OriginalValue = request.Version;
        TrancheConfirmation.Confirm(tranche, staff, now, request.Evidence);
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.TrancheConfirmed,
            note: text[$"Tranche.Condition.{tranche.Condition}"], amountCentimes: tranche.AmountCentimes));
        audit.Add(db, ApplicationAudit.TrancheConfirmed, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"tranche {tranche.Id}: {tranche.Condition}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(TrancheResponse.From(tranche, []));
    }

    /// <summary>Shared with the employer's confirmation: stale, not planned any more, grant not running, or its month not begun.</summary>
    public static ProblemHttpResult? WhyNotConfirmable(Tranche tranche, SupportApplication application, long current, long asked,
        TimeProvider clock, IStringLocalizer<SharedResource> text)
    {
        ProblemHttpResult? problem = null;
        if (current != asked)
        {
            problem = Conflicts.Of(text["EditedByOther"]);
        }
        else if (application.Status is not (ApplicationStatus.Contracted or ApplicationStatus.InPayment) || !TrancheConfirmation.CanConfirm(tranche))
        {
            problem = Conflicts.Of(text["Payments.Confirm.NotPlanned"]);
        }
        else if (SiteTime.Today(clock) < tranche.DueOn)
        {
            // A month of attendance or employment can only be vouched for once that month has begun.
            problem = Conflicts.Of(text["Payments.Confirm.TooEarly", tranche.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        }

        return problem;
    }
}
