using Amuddu.Linkage.Comparison;
using Amuddu.Linkage.Scoring;

namespace Amuddu.Linkage.Tests;

public class ScoringTests
{
    private static PreparedRecord P(string id, string first, string last, string dob, string? phone = null, string? doc = null) =>
        RecordPreparer.Prepare(new PersonRecord(id, first, last, "F", dob, "SN", phone, doc, "Rabat"));

    [Fact]
    public void The_same_person_spelt_differently_scores_far_above_a_stranger()
    {
        var scorer = new PairScorer(LinkageModel.Default, null);
        var a = P("1", "Fatoumata", "Diallo", "1987-10-11", "0612345678");
        var same = P("2", "فاطمة", "Djallo", "1987-11-10", "+212 612345678");
        var stranger = P("3", "Aminata", "Sow", "1990-01-03", "0698765432");
        Assert.True(scorer.Score(a, same) > 20);
        Assert.True(scorer.Score(a, stranger) < 0);
    }

    [Fact]
    public void Explanation_gives_a_reason_per_field_that_sums_to_the_score()
    {
        var scorer = new PairScorer(LinkageModel.Default, null);
        var explanation = scorer.Explain(P("1", "Salima", "Keita", "1963-07-09"), P("2", "Keita", "Salima", "1964-07-09"));
        Assert.True(explanation.NamesSwapped);
        Assert.Equal(AgreementLevels.AllFields.Length, explanation.Reasons.Count);
        Assert.Equal(explanation.Score, explanation.Reasons.Sum(r => r.Weight), 6);
        Assert.Equal("year off by one", explanation.Reasons.Single(r => r.Field == Field.DateOfBirth).Agreement);
        Assert.Contains("names swapped", explanation.ToString());
    }

    [Fact]
    public void Missing_fields_weigh_nothing()
    {
        var model = LinkageModel.Default;
        Assert.Equal(0, model.Weight(Field.Phone, AgreementLevels.Missing));
        Assert.Equal(0, model.Score(new ComparisonVector(0)));
    }

    [Fact]
    public void Weights_fall_with_each_weaker_agreement_level()
    {
        var model = LinkageModel.Default;
        foreach (var field in new[] { Field.Phone, Field.Document, Field.Sex, Field.City })
        {
            for (byte level = 2; level < AgreementLevels.Count(field); level++)
            {
                Assert.True(model.Weight(field, (byte)(level - 1)) > model.Weight(field, level), $"{field} level {level}");
            }
        }

        Assert.True(model.Weight(Field.DateOfBirth, AgreementLevels.Date.Exact) > model.Weight(Field.DateOfBirth, AgreementLevels.Date.YearOffByOne));
        Assert.True(model.Weight(Field.DateOfBirth, AgreementLevels.Date.Disagree) < 0);
    }

    [Fact]
    public void Common_names_count_for_less_than_rare_ones()
    {
        var records = new List<PreparedRecord>();
        for (var i = 0; i < 1200; i++)
        {
            records.Add(P($"c{i}", i % 2 == 0 ? "Mohamed" : $"Name{i}", $"Family{i}", "1980-01-01"));
        }

        records.Add(P("r1", "Rokiatou", "Zzz", "1980-01-01"));
        var scorer = new PairScorer(LinkageModel.Default, NameFrequencies.Of(records));
        var common = scorer.Score(P("x", "Mohamed", "Q", "1970-05-05"), P("y", "Mohamed", "R", "1960-06-06"));
        var rare = scorer.Score(P("x", "Rokiatou", "Q", "1970-05-05"), P("y", "Rokiatou", "R", "1960-06-06"));
        Assert.True(rare > common + 3);
    }

    [Fact]
    public void Em_learns_chance_agreement_and_the_share_of_matches()
    {
        var random = new Random(7);
        string Word() => new(Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var firstNames = Enumerable.Range(0, 50).Select(_ => Word()).ToArray();
        var records = Enumerable.Range(0, 800).Select(i => P($"{i}", firstNames[i % 50], Word(), $"19{50 + (i % 40)}-0{1 + (i % 9)}-1{i % 10}")).ToList();
        var patterns = new Dictionary<ulong, long>
        {
            [RecordComparer.Compare(records[0], records[0]).Packed] = 100,
            [RecordComparer.Compare(records[0], records[1]).Packed] = 900,
        };
        var model = EmTrainer.Train(records, patterns, LinkageModel.Default, seed: 3);
        Assert.InRange(model.Prior, 0.05, 0.2);
        Assert.InRange(model.Fields[(int)Field.FirstName].U[AgreementLevels.Name.Exact], 0.005, 0.05);
    }
}
