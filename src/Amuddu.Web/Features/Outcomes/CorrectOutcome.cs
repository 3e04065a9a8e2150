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
/// Corrects an outcome. The caller sends the version it read; if someone saved in between, 409.
/// A corrected start date moves the pending follow-up checks.
/// </summary>
public static class CorrectOutcome
{
    public sealed record Request(OutcomeDetails Outcome, long Version);

    public static async Task<Results<Ok<OutcomeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Guid outcomeId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.OrganisationId == staff.OrganisationId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var outcomes = await db.Outcomes.Where(o => o.PersonId == personId).ToListAsync(cancellationToken);
        var outcome = outcomes.SingleOrDefault(o => o.Id == outcomeId && o.OrganisationId == staff.OrganisationId);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, personId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var errors = request.Outcome is null
            ? new ValidationErrors(text).Add("outcome", text["FieldRequired", text["Outcomes.Kind"]])
            : await request.Outcome.ValidateAsync(db, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (outcome.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        db.Entry(outcome).Property(o => o.Version).OriginalValue = request.Version;
        request.Outcome!.ApplyTo(outcome, protector);
        await CheckSchedule.ApplyAsync(db, person, outcomes, cancellationToken);
        audit.Add(db, OutcomesAudit.Corrected, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"outcome {outcome.Id}: {outcome.Kind}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(OutcomeResponse.From(outcome, protector));
    }
}
