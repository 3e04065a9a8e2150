using Amuddu.Disclosure;

namespace Amuddu.Disclosure.Tests;

/// <summary>
/// The test the issue asks for: publish with the engine, then try to recover every suppressed cell from the
/// published cells and totals with an exact linear program. It must fail for every cell of every table.
/// </summary>
public class AttackerTests
{
    public static TheoryData<string> TrickyNames() => [.. TestTables.Tricky().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(TrickyNames))]
    public void The_attacker_recovers_no_hidden_cell_of_a_tricky_table(string name)
    {
        var table = TestTables.Tricky().Single(c => c.Name == name);
        var result = Suppression.Apply(table.Model, table.Rules);

        AssertSafe(table, result);
        Assert.True(result.SecondaryCount > 0, $"{name}: primary suppression alone is not enough here, so secondary cells must be hidden.");
    }

    [Theory]
    [MemberData(nameof(TrickyNames))]
    public void The_attacker_recovers_a_small_cell_of_a_tricky_table_when_only_primary_suppression_is_applied(string name)
    {
        var table = TestTables.Tricky().Single(c => c.Name == name);
        var primaryOnly = TestTables.PrimaryOnly(table.Model, table.Rules);

        var intervals = Attacker.Attack(table.Model, primaryOnly, table.Rules.Threshold);

        var recovered = intervals.Where(i => i.Value.Recovered).ToList();
        Assert.NotEmpty(recovered);
        // And what he recovers is the truth.
        Assert.All(recovered, i => Assert.Equal(table.Model.Count(i.Key), i.Value.Min, 6));
    }

    [Fact]
    public void The_attacker_recovers_no_hidden_cell_of_three_hundred_random_tables()
    {
        var tables = TestTables.Random(300).ToList();
        var secondaryNeeded = 0;
        foreach (var table in tables)
        {
            var result = Suppression.Apply(table.Model, table.Rules);
            AssertSafe(table, result);
            if (result.SecondaryCount > 0)
            {
                secondaryNeeded++;
            }
        }
        // The random tables exercise secondary suppression, not only primary.
        Assert.True(secondaryNeeded > tables.Count / 2, $"Only {secondaryNeeded} of {tables.Count} random tables needed secondary cells.");
    }

    [Fact]
    public void Primary_suppression_alone_leaks_in_many_random_tables()
    {
        var leaking = 0;
        var tables = TestTables.Random(300).ToList();
        foreach (var table in tables)
        {
            var intervals = Attacker.Attack(table.Model, TestTables.PrimaryOnly(table.Model, table.Rules), table.Rules.Threshold);
            if (intervals.Values.Any(i => i.Recovered))
            {
                leaking++;
            }
        }
        Assert.True(leaking > tables.Count / 3, $"Primary suppression alone leaked in only {leaking} of {tables.Count} tables.");
    }

    private static void AssertSafe(TestTables.Case table, SuppressionResult result)
    {
        var model = table.Model;
        var rules = table.Rules;
        Assert.True(result.IsProtected, $"{table.Name}: the engine says it did not reach its guarantee.");
        for (var cell = 0; cell < model.CellCount; cell++)
        {
            var count = model.Count(cell);
            var state = result.States[cell];
            switch (state)
            {
                case CellState.Primary:
                    Assert.True(rules.IsSmall(count), $"{table.Name}: cell {cell} ({count}) is primary but not small.");
                    break;
                case CellState.Secondary:
                    Assert.True(count >= rules.Threshold, $"{table.Name}: cell {cell} ({count}) is secondary under the threshold.");
                    break;
                case CellState.Published:
                    Assert.False(rules.IsSmall(count), $"{table.Name}: the small cell {cell} ({count}) is published.");
                    // A published cell is untouched.
                    Assert.Equal(count, result[cell].Published);
                    break;
            }
            if (state != CellState.Published)
            {
                Assert.Null(result[cell].Published);
            }
        }

        Dictionary<int, Attacker.Interval> intervals;
        try
        {
            intervals = Attacker.Attack(model, result.States, rules.Threshold);
        }
        catch (InvalidOperationException e)
        {
            var desc = string.Join(" ", Enumerable.Range(0, model.CellCount).Select(c => $"{c}:{model.Count(c)}{(result.States[c] == CellState.Published ? "pub" : result.States[c] == CellState.Primary ? "PRI" : "SEC")}"));
            throw new InvalidOperationException($"{table.Name} T={rules.Threshold}: {desc}", e);
        }
        Assert.Equal(result.PrimaryCount + result.SecondaryCount, intervals.Count);
        foreach (var (cell, interval) in intervals)
        {
            Assert.False(interval.Recovered,
                $"{table.Name}: the attacker recovers cell {cell} ({model.Count(cell)}, {result.States[cell]}): min {interval.Min}, max {interval.Max}.");
            // The truth is inside what he finds.
            Assert.InRange(model.Count(cell), interval.Min - 1e-6, interval.Max + 1e-6);
        }
    }
}
