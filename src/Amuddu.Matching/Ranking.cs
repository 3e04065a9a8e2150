namespace Amuddu.Matching;

/// <summary>Top-k over a stream of profiles, with the scorer's hot path; explains only what is kept.</summary>
public static class Ranking
{
    /// <summary>The k best people for a vacancy, best first, each explained.</summary>
    public static List<MatchResult> PeopleFor(MatchScorer scorer, VacancyRequirements vacancy, IEnumerable<CandidateProfile> candidates, int k)
    {
        var top = new TopK<CandidateProfile>(k);
        Offer(scorer, vacancy, candidates, top);
        return [.. top.Sorted().Select(r => scorer.Explain(vacancy, r.Item)!)];
    }

    /// <summary>Offers each candidate to <paramref name="top"/> (the hard filter drops those who may not work).</summary>
    public static void Offer(MatchScorer scorer, VacancyRequirements vacancy, IEnumerable<CandidateProfile> candidates, TopK<CandidateProfile> top)
    {
        var group = scorer.Groups.IscoGroupOf(vacancy.OccupationCode);
        foreach (var candidate in candidates)
        {
            var score = scorer.Rank(vacancy, candidate, group);
            if (score >= 0)
            {
                top.Offer(score, candidate.Id, candidate);
            }
        }
    }

    /// <summary>The k best vacancies for a person, best first, each explained.</summary>
    public static List<MatchResult> VacanciesFor(MatchScorer scorer, CandidateProfile candidate, IEnumerable<VacancyRequirements> vacancies, int k)
    {
        var top = new TopK<VacancyRequirements>(k);
        foreach (var vacancy in vacancies)
        {
            var score = scorer.Rank(vacancy, candidate);
            if (score >= 0)
            {
                top.Offer(score, vacancy.Id, vacancy);
            }
        }

        return [.. top.Sorted().Select(r => scorer.Explain(r.Item, candidate)!)];
    }
}
