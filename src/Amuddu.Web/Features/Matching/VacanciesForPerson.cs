using Amuddu.Matching;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// The ranked open vacancies of an organisation for a person (not past their closing date, starting while the person
/// may still work): read by the (organisation, status, occupation) index for the person's target and past occupations,
/// then the rest of their ISCO unit groups, then of their minor groups, each only when it can still change the top k. The query the API, the page and the benchmark share.
/// </summary>
public static class VacanciesForPerson
{
    public static async Task<List<(MatchResult Result, Vacancy Vacancy)>> RankAsync(
        AmudduDbContext db, MatchScorer scorer, Guid organisationId, CandidateProfile person, DateOnly today, int limit,
        CancellationToken cancellationToken)
    {
        var top = new TopK<(VacancyRequirements Requirements, Vacancy Vacancy)>(limit);
        if (person.RightToWorkUntil is not { } until)
        {
            return [];
        }

        var occupations = person.TargetOccupations.Concat(person.PastOccupations.Select(p => p.OccupationCode)).Distinct().ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tier in PeopleForVacancy.Tiers)
        {
            if (top.IsFull && top.Threshold >= scorer.UpperBound(tier))
            {
                break;
            }

            var codes = occupations.SelectMany(o => scorer.Groups.At(o, tier)).Where(seen.Add).ToList();
            if (codes.Count == 0)
            {
                continue;
            }

            var vacancies = db.Vacancies.AsNoTracking()
                .Where(v => v.OrganisationId == organisationId && v.Status == VacancyStatus.Open && codes.Contains(v.OccupationCode)
                    && v.ClosesOn >= today && v.StartsOn <= until)
                .AsAsyncEnumerable();
            await foreach (var vacancy in vacancies.WithCancellation(cancellationToken))
            {
                var requirements = MatchingTaxonomy.Requirements(vacancy);
                var score = scorer.Rank(requirements, person);
                if (score >= 0)
                {
                    top.Offer(score, vacancy.Id, (requirements, vacancy));
                }
            }
        }

        return [.. top.Sorted().Select(r => (scorer.Explain(r.Item.Requirements, person)!, r.Item.Vacancy))];
    }
}
