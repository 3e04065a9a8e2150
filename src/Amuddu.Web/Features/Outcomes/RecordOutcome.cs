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

/// <summary>Records an outcome; the person's stage follows, and a job or an activity gets its follow-up checks.</summary>
public static class RecordOutcome
{
    public static async Task<Results<Created<OutcomeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, OutcomeDetails request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.OrganisationId == staff.OrganisationId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, personId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var errors = await request.ValidateAsync(db, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var outcome = await AddAsync(db, person, request, staff.UserId, staff.OrganisationId, protector, audit, clock, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The file itself changed meanwhile (its stage is written with the outcome).
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Created($"/api/v1/people/{personId}/outcomes/{outcome.Id}", OutcomeResponse.From(outcome, protector));
    }

    /// <summary>
    /// Adds a validated outcome to the unit of work with what follows from it (the person's stage, the 3/6/12-month checks of a job
    /// or an activity, the audit event), without saving: the caller saves, with its own changes when it has some
    /// (a hire through a vacancy records its "employed" outcome this way, in the same unit of work as the candidacy and the vacancy).
    /// </summary>
    public static async Task<Outcome> AddAsync(AmudduDbContext db, Person person, OutcomeDetails request, Guid? recordedBy, Guid? actorOrganisationId,
        FieldProtector protector, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var outcome = new Outcome
        {
            PersonId = person.Id,
            OrganisationId = person.OrganisationId,
            RecordedBy = recordedBy,
            RecordedAt = clock.GetUtcNow(),
        };
        request.ApplyTo(outcome, protector);
        var outcomes = await db.Outcomes.Where(o => o.PersonId == person.Id).ToListAsync(cancellationToken);
        db.Outcomes.Add(outcome);
        await CheckSchedule.ApplyAsync(db, person, [.. outcomes, outcome], cancellationToken);
        audit.Add(db, OutcomesAudit.Recorded, recordedBy, actorOrganisationId, PeopleAudit.Subject(person.Id), $"outcome {outcome.Id}: {outcome.Kind}");
        return outcome;
    }
}
