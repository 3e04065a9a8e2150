using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// A counsellor of the vacancy's service puts one of the service's people on an open vacancy's shortlist, named by id (from the
/// match pages) or by file number. Once per person and vacancy (409 the second time). The people of partners are not shortlisted
/// here: they are reached through a referral to the service, which then holds their file. The candidacy keeps the match score
/// the person had for the vacancy at that moment (0 when they have no match profile or may not work on the start date).
/// </summary>
public static class Shortlist
{
    public sealed record Request(Guid? PersonId, string? FileNumber);

    public static async Task<Results<Created<CandidacyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid vacancyId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IMemoryCache cache, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var vacancy = await CandidacyAccess.ServiceVacancies(db, staff).AsNoTracking().SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy is null)
        {
            return TypedResults.NotFound();
        }

        var fileNumber = request.FileNumber?.Trim();
        if (request.PersonId is null && string.IsNullOrEmpty(fileNumber))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fileNumber"] = [text["FieldRequired", text["FileNumber"]]] },
                title: text["ValidationTitle"]);
        }

        var person = await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == staff.OrganisationId && p.ErasedAt == null && p.MergedIntoId == null)
            .Where(p => request.PersonId != null ? p.Id == request.PersonId : p.FileNumber == fileNumber)
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fileNumber"] = [text["Placements.PersonNotFound"]] },
                title: text["ValidationTitle"]);
        }

        if (vacancy.Status != VacancyStatus.Open)
        {
            return Conflicts.Of(text["Placements.VacancyNotOpen"]);
        }

        if (!await ProcessingConsent.IsInForceAsync(db, person.Id, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        if (await db.Candidacies.AnyAsync(c => c.VacancyId == vacancyId && c.PersonId == person.Id, cancellationToken))
        {
            return Conflicts.Of(text["Placements.AlreadyShortlisted"]);
        }

        var now = clock.GetUtcNow();
        var candidacy = new Candidacy
        {
            VacancyId = vacancyId,
            PersonId = person.Id,
            OrganisationId = vacancy.OrganisationId,
            Alias = CandidacyAccess.NewAlias(),
            Status = CandidacyStatus.Shortlisted,
            Score = await ScoreAsync(db, cache, vacancy, person.Id, cancellationToken),
            ShortlistedBy = staff.UserId,
            ShortlistedAt = now,
        };
        db.Candidacies.Add(candidacy);
        audit.Add(db, PlacementsAudit.Shortlisted, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(person.Id),
            $"candidacy {candidacy.Id} for vacancy {vacancy.Reference}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two counsellors at once: the unique index keeps one candidacy per person and vacancy.
            return Conflicts.Of(text["Placements.AlreadyShortlisted"]);
        }

        var response = (await ListCandidacies.LoadAsync(db, vacancy, clock, cancellationToken)).Single(c => c.Id == candidacy.Id);
        return TypedResults.Created($"/api/v1/vacancies/{vacancyId}/candidates/{candidacy.Id}", response);
    }

    private static async Task<int> ScoreAsync(AmudduDbContext db, IMemoryCache cache, Vacancy vacancy, Guid personId, CancellationToken cancellationToken)
    {
        var profile = await db.MatchProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (profile is null)
        {
            return 0;
        }

        var scorer = await MatchingTaxonomy.ScorerAsync(db, cache, cancellationToken);
        return scorer.Explain(MatchingTaxonomy.Requirements(vacancy), profile.ToCandidate())?.Score ?? 0;
    }
}
