namespace Amuddu.Matching.Tests;

public class RankingTests
{
    [Fact]
    public void TopK_keeps_the_k_best_in_order_with_ties_broken_by_id()
    {
        var random = new Random(3);
        var items = Enumerable.Range(0, 2000).Select(i => (Score: random.Next(100), Id: Guid.NewGuid())).ToList();
        var top = new TopK<int>(25);
        for (var i = 0; i < items.Count; i++)
        {
            top.Offer(items[i].Score, items[i].Id, i);
        }

        var expected = items.OrderByDescending(i => i.Score).ThenBy(i => i.Id).Take(25).Select(i => i.Score).ToList();
        var kept = top.Sorted();
        Assert.Equal(expected, kept.Select(k => k.Score));
        Assert.Equal(expected[^1], top.Threshold);
        Assert.Equal(items.OrderByDescending(i => i.Score).ThenBy(i => i.Id).Take(25).Select(i => i.Id), kept.Select(k => items[k.Item].Id));
    }

    [Fact]
    public void TopK_with_fewer_items_than_k_keeps_them_all()
    {
        var top = new TopK<string>(5);
        top.Offer(3, Guid.NewGuid(), "a");
        top.Offer(9, Guid.NewGuid(), "b");
        Assert.False(top.IsFull);
        Assert.Equal(int.MinValue, top.Threshold);
        Assert.Equal(["b", "a"], top.Sorted().Select(s => s.Item));
    }

    [Fact]
    public void Vacancies_for_a_person_are_ranked_best_first_and_skip_those_starting_after_the_right_ends()
    {
        var groups = new OccupationGroups(new Dictionary<string, string> { ["COOK"] = "5120", ["WAITER"] = "5131" });
        var scorer = new MatchScorer(groups);
        var person = new CandidateProfile
        {
            Id = Guid.NewGuid(), TargetOccupations = ["COOK"], RightToWorkUntil = new DateOnly(2027, 6, 30),
        };
        var cook = new VacancyRequirements { Id = Guid.NewGuid(), OccupationCode = "COOK", StartsOn = new DateOnly(2027, 1, 1) };
        var waiter = new VacancyRequirements { Id = Guid.NewGuid(), OccupationCode = "WAITER", StartsOn = new DateOnly(2027, 1, 1) };
        var lateCook = new VacancyRequirements { Id = Guid.NewGuid(), OccupationCode = "COOK", StartsOn = new DateOnly(2027, 9, 1) };
        var ranked = Ranking.VacanciesFor(scorer, person, [waiter, lateCook, cook], 10);
        Assert.Equal([cook.Id, waiter.Id], ranked.Select(r => r.VacancyId));
        Assert.True(ranked[0].Score > ranked[1].Score);
    }

    [Fact]
    public void Occupations_around_a_code_follow_the_groups()
    {
        var groups = new OccupationGroups(new Dictionary<string, string>
        {
            ["A"] = "7212", ["B"] = "7212", ["C"] = "7213", ["D"] = "5120",
        });
        Assert.Equal(["A", "B"], groups.Around("A", OccupationFit.Related).Order());
        Assert.Equal(["A", "B", "C"], groups.Around("A", OccupationFit.Near).Order());
        Assert.Equal(["C"], groups.At("A", OccupationFit.Near));
        Assert.Equal(["B"], groups.At("A", OccupationFit.Related));
    }
}
