using Amuddu.Matching;

/// <summary>
/// Ranking quality on a population whose true fits are known (<see cref="World.TrueFit"/>): nDCG@10 of the engine and of a
/// keyword baseline that sees only title words (the vacancy's title against the labels of the occupations people aim at or
/// have done), on the same people and vacancies, both after the legal filter (right to work on the start date).
/// </summary>
internal static class Quality
{
    public static (double Engine, double Keywords, double Random) NdcgAt10(World world, int people, int vacancies, DateOnly today)
    {
        var random = new Random(7_2026);
        var population = Enumerable.Range(0, people).Select(_ => world.Person(random, Guid.CreateVersion7(), today)).ToList();
        var labels = world.Occupations.ToDictionary(o => o.Code, o => o.Label);
        var titleWords = population.Select(p => p.Profile.TargetOccupations.Concat(p.Profile.PastOccupations.Select(x => x.OccupationCode))
            .SelectMany(code => World.Words(labels[code])).ToHashSet()).ToList();
        var scorer = new MatchScorer(world.Groups);
        double engine = 0, keywords = 0, chance = 0;
        var counted = 0;
        for (var j = 0; j < vacancies; j++)
        {
            var (vacancy, title) = world.Vacancy(random, Guid.CreateVersion7(), today);
            var eligible = Enumerable.Range(0, people).Where(i => MatchScorer.MayWork(vacancy, population[i].Profile)).ToList();
            var gains = eligible.ToDictionary(i => i, i => world.TrueFit(population[i].Latent, vacancy));
            var ideal = Dcg(gains.Values.OrderByDescending(g => g).Take(10));
            if (ideal == 0)
            {
                continue;
            }

            counted++;
            var top = new TopK<int>(10);
            foreach (var i in eligible)
            {
                top.Offer(scorer.Rank(vacancy, population[i].Profile), population[i].Profile.Id, i);
            }

            engine += Dcg(top.Sorted().Select(t => gains[t.Item])) / ideal;

            var words = World.Words(title);
            var byWords = new TopK<int>(10);
            foreach (var i in eligible)
            {
                byWords.Offer(words.Count(titleWords[i].Contains) * 1000 / Math.Max(1, words.Length), population[i].Profile.Id, i);
            }

            keywords += Dcg(byWords.Sorted().Select(t => gains[t.Item])) / ideal;
            chance += Dcg(eligible.OrderBy(_ => random.Next()).Take(10).Select(i => gains[i])) / ideal;
        }

        return (engine / counted, keywords / counted, chance / counted);
    }

    private static double Dcg(IEnumerable<int> gains) => gains.Select((g, rank) => (Math.Pow(2, g) - 1) / Math.Log2(rank + 2)).Sum();
}
