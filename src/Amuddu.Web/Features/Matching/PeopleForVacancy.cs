using Amuddu.Matching;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// The ranked people for a vacancy: the query the API, the page and the benchmark share. Candidates are read by the
/// indexed keys (target occupations and experiences by organisation and occupation), in two tiers: the vacancy's
/// occupation and its ISCO unit group first, then the rest of its minor group, which is read only when it could
/// still change the top k (see <see cref="MatchScorer.UpperBound"/>). People outside the minor group are never
/// read: matching puts forward people for the trades they aim at or have done. The right to work on the start
/// date is filtered in the database, on the profile's row.
/// </summary>
public static class PeopleForVacancy
{
    public static async Task<List<MatchResult>> RankAsync(
        AmudduDbContext db, MatchScorer scorer, Guid organisationId, VacancyRequirements vacancy, IReadOnlyCollection<Guid> referredPeople,
        int limit, CancellationToken cancellationToken)
    {
        var top = new TopK<CandidateProfile>(limit);
        var seen = new HashSet<Guid>();
        var group = scorer.Groups.IscoGroupOf(vacancy.OccupationCode);
        foreach (var tier in new[] { OccupationFit.Related, OccupationFit.Near })
        {
            if (tier == OccupationFit.Near && top.IsFull && top.Threshold >= scorer.UpperBound(OccupationFit.Near))
            {
                break;
            }

            var codes = tier == OccupationFit.Related
                ? scorer.Groups.Around(vacancy.OccupationCode, OccupationFit.Related)
                : scorer.Groups.At(vacancy.OccupationCode, OccupationFit.Near);
            if (codes.Count == 0)
            {
                continue;
            }

            var start = vacancy.StartsOn;
            var viaTargets = db.TargetOccupations.Where(t => t.OrganisationId == organisationId && codes.Contains(t.OccupationCode)).Select(t => t.PersonId);
            var viaPast = db.PositioningExperiences.Where(e => e.OrganisationId == organisationId && codes.Contains(e.OccupationCode!)).Select(e => e.PersonId);
            var ids = viaTargets.Union(viaPast);
            var rows = db.MatchProfiles.AsNoTracking()
                .Where(p => ids.Contains(p.PersonId) && p.OrganisationId == organisationId && p.RightToWorkUntil >= start)
                .Select(p => new { p.PersonId, p.RightToWorkUntil, p.Data })
                .AsAsyncEnumerable();
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                if (seen.Add(row.PersonId))
                {
                    Offer(scorer, vacancy, group, top, MatchProfileData.Read(row.PersonId, row.RightToWorkUntil, row.Data));
                }
            }
        }

        if (referredPeople.Count > 0)
        {
            var start = vacancy.StartsOn;
            var referred = await db.MatchProfiles.AsNoTracking()
                .Where(p => referredPeople.Contains(p.PersonId) && p.RightToWorkUntil >= start).ToListAsync(cancellationToken);
            foreach (var row in referred.Where(r => seen.Add(r.PersonId)))
            {
                Offer(scorer, vacancy, group, top, row.ToCandidate());
            }
        }

        return [.. top.Sorted().Select(r => scorer.Explain(vacancy, r.Item)!)];
    }

    private static void Offer(MatchScorer scorer, VacancyRequirements vacancy, string? group, TopK<CandidateProfile> top, CandidateProfile candidate)
    {
        var score = scorer.Rank(vacancy, candidate, group);
        if (score >= 0)
        {
            top.Offer(score, candidate.Id, candidate);
        }
    }
}
