using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outcomes;

/// <summary>
/// Records what a follow-up check found. A check is recorded once: a second record is a 409,
/// even when two counsellors send theirs at the same moment.
/// </summary>
public static class RecordCheckResult
{
    public sealed record Request(CheckResult? Result, DateOnly? DoneOn, string? Note);

    public static async Task<Results<Ok<CheckResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Guid checkId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var check = await db.FollowUpChecks.SingleOrDefaultAsync(
            c => c.Id == checkId && c.PersonId == personId && c.OrganisationId == staff.OrganisationId, cancellationToken);
        if (check is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, personId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var startsOn = await db.Outcomes.Where(o => o.Id == check.OutcomeId).Select(o => o.StartsOn).SingleAsync(cancellationToken);
        var errors = new ValidationErrors(text).MaxLength("note", request.Note, 1000, "Outcomes.Note");
        if (request.Result is null)
        {
            errors.Add("result", text["FieldRequired", text["Outcomes.CheckResult"]]);
        }
        else if (!Enum.IsDefined(request.Result.Value))
        {
            errors.Add("result", text["FieldNotAllowed", text["Outcomes.CheckResult"]]);
        }

        var doneOn = request.DoneOn ?? today;
        if (doneOn > today)
        {
            errors.Add("doneOn", text["Outcomes.CheckInFuture"]);
        }
        else if (doneOn < startsOn)
        {
            errors.Add("doneOn", text["Outcomes.CheckBeforeStart"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (check.Status != CheckStatus.Pending)
        {
            return Conflicts.Of(text["Outcomes.CheckAlreadyRecorded"]);
        }

        check.Result = request.Result;
        check.Status = request.Result == CheckResult.Unreachable ? CheckStatus.Missed : CheckStatus.Done;
        check.DoneOn = doneOn;
        check.DoneAt = clock.GetUtcNow();
        check.DoneBy = staff.UserId;
        check.NoteCipher = FreeText.Clean(request.Note) is { } note ? protector.ProtectText(note) : null;
        audit.Add(db, OutcomesAudit.CheckRecorded, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"check {check.Id}: {check.AfterMonths} months, {check.Result}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["Outcomes.CheckAlreadyRecorded"]);
        }

        return TypedResults.Ok(CheckResponse.From(check, protector, today));
    }
}
