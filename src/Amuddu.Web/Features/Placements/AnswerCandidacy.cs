using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Placements;

public enum EmployerDecision
{
    Interview,
    Hired,
    NotRetained,
}

/// <summary>
/// The employer answers on a candidate whose profile was sent: an interview (with its date), a hire (start, contract, working time,
/// wage band) or not retained (a reason from the list, a short note). A hire closes the loop in one unit of work: the "employed"
/// outcome on the person's file with its 3/6/12-month checks (the Outcomes use case's own logic), the candidacy pointing at it, and
/// the vacancy filled when its hires reach its posts; a hire past the posts is refused. The counsellor in charge of the person is told by e-mail.
/// </summary>
public static class AnswerCandidacy
{
    public sealed record Request(EmployerDecision? Decision, DateOnly? InterviewOn, DateOnly? StartsOn, ContractType? ContractType,
        WorkingTime? WorkingTime, WageBand? WageBand, NotRetainedReason? Reason, string? Note, long Version);

    public const int NoteMaxLength = 500;

    public static async Task<Results<Ok<EmployerCandidateResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid vacancyId, Guid candidacyId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var vacancy = await CandidacyAccess.CompanyVacancies(db, staff).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        var candidacy = vacancy is null ? null
            : await db.Candidacies.SingleOrDefaultAsync(c => c.Id == candidacyId && c.VacancyId == vacancyId
                && CandidacyAccess.SeenByEmployer.Contains(c.Status), cancellationToken);
        if (vacancy is null || candidacy is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        var errors = new ValidationErrors(text).MaxLength("note", request.Note, NoteMaxLength, "Placements.Note");
        switch (request.Decision)
        {
            case null:
                errors.Add("decision", text["FieldRequired", text["Placements.Decision"]]);
                break;
            case EmployerDecision.Interview when request.InterviewOn is null:
                errors.Add("interviewOn", text["FieldRequired", text["Placements.InterviewOn"]]);
                break;
            case EmployerDecision.Interview when request.InterviewOn < today:
                errors.Add("interviewOn", text["Placements.InterviewInPast"]);
                break;
            case EmployerDecision.Hired:
                if (request.StartsOn is null)
                {
                    errors.Add("startsOn", text["FieldRequired", text["Outcomes.StartsOn"]]);
                }

                Require(errors, text, "contractType", request.ContractType, "Outcomes.ContractType");
                Require(errors, text, "workingTime", request.WorkingTime, "Outcomes.WorkingTime");
                Require(errors, text, "wageBand", request.WageBand, "Outcomes.WageBand");
                if (errors.IsValid)
                {
                    // The outcome's own rules (a start after 2000, at most a year ahead, a registered employer).
                    var outcomeErrors = await (await DetailsAsync(db, vacancy, request, cancellationToken)).ValidateAsync(db, today, text, cancellationToken);
                    foreach (var (field, messages) in outcomeErrors.ToDictionary())
                    {
                        foreach (var message in messages)
                        {
                            errors.Add(field, message);
                        }
                    }
                }

                break;
            case EmployerDecision.NotRetained when request.Reason is null:
                errors.Add("reason", text["FieldRequired", text["Placements.NotRetainedReason"]]);
                break;
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (candidacy.Status is not (CandidacyStatus.Sent or CandidacyStatus.Interview))
        {
            return Conflicts.Of(text[candidacy.Status is CandidacyStatus.Hired or CandidacyStatus.NotRetained ? "Placements.AlreadyAnswered" : "Placements.NotSent"]);
        }

        if (candidacy.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        db.Entry(candidacy).Property(c => c.Version).OriginalValue = request.Version;
        candidacy.AnsweredAt = clock.GetUtcNow();
        candidacy.AnsweredBy = staff.UserId;
        candidacy.EmployerNote = FreeText.Clean(request.Note);
        switch (request.Decision!.Value)
        {
            case EmployerDecision.Interview:
                candidacy.Status = CandidacyStatus.Interview;
                candidacy.InterviewOn = request.InterviewOn;
                break;
            case EmployerDecision.NotRetained:
                candidacy.Status = CandidacyStatus.NotRetained;
                candidacy.NotRetainedReason = request.Reason;
                break;
            case EmployerDecision.Hired:
                var refusal = await HireAsync(candidacy, vacancy, request, db, staff, protector, audit, clock, text, today, cancellationToken);
                if (refusal is not null)
                {
                    return refusal;
                }

                break;
        }

        await PlacementMessages.EmployerAnsweredAsync(db, protector, clock, candidacy, vacancy, cancellationToken);
        audit.Add(db, PlacementsAudit.Answered, staff.UserId, staff.OrganisationId, PlacementsAudit.Subject(candidacy.Id),
            $"{candidacy.Status}{(candidacy.NotRetainedReason is { } reason ? $": {reason}" : "")}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The candidacy, the vacancy (another hire at the same time) or the person's file changed meanwhile.
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok((await ListEmployerCandidates.LoadAsync(db, vacancy, clock, cancellationToken)).Single(c => c.Id == candidacyId));
    }

    private static async Task<ProblemHttpResult?> HireAsync(Candidacy candidacy, Vacancy vacancy, Request request, AmudduDbContext db,
        ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, DateOnly today,
        CancellationToken cancellationToken)
    {
        var hires = await db.Candidacies.CountAsync(c => c.VacancyId == vacancy.Id && c.Status == CandidacyStatus.Hired, cancellationToken);
        if (vacancy.Status != VacancyStatus.Open || hires >= vacancy.Posts)
        {
            return Conflicts.Of(text["Placements.PostsFilled"]);
        }

        var person = await db.People.SingleAsync(p => p.Id == candidacy.PersonId, cancellationToken);
        if (!await ProcessingConsent.IsInForceAsync(db, person.Id, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var details = await DetailsAsync(db, vacancy, request, cancellationToken);
        var outcome = await RecordOutcome.AddAsync(db, person, details, staff.UserId, staff.OrganisationId, protector, audit, clock, cancellationToken);
        candidacy.Status = CandidacyStatus.Hired;
        candidacy.OutcomeId = outcome.Id;

        // Always written, so that two hires at once on the last post cannot both pass: the vacancy's version guards it.
        vacancy.UpdatedAt = clock.GetUtcNow();
        db.Entry(vacancy).State = EntityState.Modified;
        if (hires + 1 >= vacancy.Posts)
        {
            vacancy.Status = VacancyStatus.Filled;
        }

        return null;
    }

    /// <summary>The "employed" outcome of the hire: the company, the vacancy's title and occupation, the contract the employer gave.</summary>
    private static async Task<OutcomeDetails> DetailsAsync(AmudduDbContext db, Vacancy vacancy, Request request, CancellationToken cancellationToken)
    {
        var company = await db.Organisations.Where(o => o.Id == vacancy.CompanyId).Select(o => o.Name).SingleAsync(cancellationToken);
        return new OutcomeDetails(OutcomeKind.Employed, request.StartsOn, company, vacancy.CompanyId, vacancy.Title, vacancy.OccupationCode,
            request.ContractType, request.WageBand, request.WorkingTime, null, null, null, null, null, null, null, null);
    }

    private static void Require<T>(ValidationErrors errors, IStringLocalizer text, string field, T? value, string label) where T : struct, Enum
    {
        if (value is null)
        {
            errors.Add(field, text["FieldRequired", text[label]]);
        }
    }
}
