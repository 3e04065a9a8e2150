using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// The ranked open vacancies of the person's organisation for a person of the staff member's organisation, each with
/// the score's parts and reasons and the trainings that would close the skill gaps. Another organisation's person, or
/// a merged or erased file, is "not found".
/// </summary>
public static class MatchVacancies
{
    public const int DefaultLimit = 20;

    public static async Task<Results<Ok<VacancyMatchesResponse>, ValidationProblem, NotFound>> Handle(
        Guid personId, int? limit, AmudduDbContext db, ICurrentStaff staff, IMemoryCache cache, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MatchPeople.MaxLimit)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [text["FieldBetween", "limit", 1, MatchPeople.MaxLimit]] }, title: text["ValidationTitle"]);
        }

        var result = await LoadAsync(db, staff, cache, clock, text, personId, limit ?? DefaultLimit, cancellationToken);
        return result is null ? TypedResults.NotFound() : TypedResults.Ok(result);
    }

    public static async Task<VacancyMatchesResponse?> LoadAsync(
        AmudduDbContext db, ICurrentStaff staff, IMemoryCache cache, TimeProvider clock, IStringLocalizer text, Guid personId, int limit,
        CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null || person.IsClosed)
        {
            return null;
        }

        var profile = await db.MatchProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (profile is null)
        {
            return new VacancyMatchesResponse(personId, limit, false, []);
        }

        var scorer = await MatchingTaxonomy.ScorerAsync(db, cache, cancellationToken);
        var ranked = await VacanciesForPerson.RankAsync(db, scorer, person.OrganisationId, profile.ToCandidate(), SiteTime.Today(clock), limit, cancellationToken);
        var companyIds = ranked.Select(r => r.Vacancy.CompanyId).Distinct().ToList();
        var companies = await db.Organisations.AsNoTracking().Where(o => companyIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var reasons = await MatchReasons.LoadAsync(db, text, ranked.Select(r => r.Result), cancellationToken);
        var trainings = await GapTrainings.ForSkillsAsync(db, [.. ranked.SelectMany(r => r.Result.MissingSkills).Distinct()], cancellationToken);
        return new VacancyMatchesResponse(personId, limit, true, [.. ranked.Select(r => new VacancyMatchResponse(
            r.Vacancy.Id, r.Vacancy.Reference, r.Vacancy.Title, companies.GetValueOrDefault(r.Vacancy.CompanyId, ""), r.Vacancy.StartsOn,
            r.Vacancy.ClosesOn, r.Result.Score, reasons.Parts(r.Result), GapTrainings.For(r.Result.MissingSkills, trainings, reasons)))]);
    }
}
