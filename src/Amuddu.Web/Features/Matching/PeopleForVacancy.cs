using Amuddu.Matching;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// The ranked people for a vacancy: the query the API, the page and the benchmark share. Candidates are read by the
/// indexed keys (target occupations and experiences by organisation and occupation), in three tiers: the vacancy's
/// occupation, then the rest of its ISCO unit group, then the rest of its minor group, each read only when it could
/// still change the top k (see <see cref="MatchScorer.UpperBound"/>): the pruning never changes the ranking. People outside the minor group are never
/// read: matching puts forward people for the trades they aim at or have done. The right to work on the start
/// date is filtered in the database, on the profile's row. The people's ids come from covering indexes
/// (organisation, occupation, person) of the target occupations and experiences, never from their rows.
/// </summary>
public static class PeopleForVacancy
{
    /// <summary>The occupations read, closest first: the vacancy's own, its ISCO unit group, its minor group.</summary>
    public static readonly OccupationFit[] Tiers = [OccupationFit.Same, OccupationFit.Related, OccupationFit.Near];

    public static async Task<List<MatchResult>> RankAsync(
        AmudduDbContext db, MatchScorer scorer, Guid organisationId, VacancyRequirements vacancy, IReadOnlyCollection<Guid> referredPeople,
        int limit, CancellationToken cancellationToken)
    {
        var top = new TopK<CandidateProfile>(limit);
        var seen = new HashSet<Guid>();
        var group = scorer.Groups.IscoGroupOf(vacancy.OccupationCode);
        foreach (var tier in Tiers)
        {
            // Everyone still unread is at most this close: when the k-th kept beats the best they could score, stop.
            if (top.IsFull && top.Threshold >= scorer.UpperBound(tier, vacancy))
            {
                break;
            }

            var codes = scorer.Groups.At(vacancy.OccupationCode, tier);
            if (codes.Count == 0)
            {
                continue;
            }

            var start = vacancy.StartsOn;
            var viaTargets = db.TargetOccupations.Where(t => t.OrganisationId == organisationId && codes.Contains(t.OccupationCode)).Select(t => t.PersonId);
            var viaPast = db.PositioningExperiences.Where(e => e.OrganisationId == organisationId && codes.Contains(e.OccupationCode!)).Select(e => e.PersonId);
            var ids = viaTargets.Union(viaPast);
            IQueryable<MatchProfile> profiles;
            if (db.Database.IsNpgsql())
            {
                // PostgreSQL would plan one statement as a hash join over every profile: the ids first, then the profiles by key (= ANY).
                var read = await ids.ToListAsync(cancellationToken);
                read.RemoveAll(seen.Contains);
                profiles = db.MatchProfiles.Where(p => read.Contains(p.PersonId));
            }
            else
            {
                // SQLite: one statement, the ids from the two covering indexes feeding the profiles' key lookups.
                profiles = db.MatchProfiles.Where(p => ids.Contains(p.PersonId));
            }

            var rows = profiles.AsNoTracking().Where(p => p.RightToWorkUntil >= start)
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
