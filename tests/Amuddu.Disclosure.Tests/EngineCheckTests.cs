using Amuddu.Disclosure;

namespace Amuddu.Disclosure.Tests;

/// <summary>The engine's own check of a pattern (its interval attack) finds exactly the cells the OR-Tools attacker recovers.</summary>
public class EngineCheckTests
{
    [Fact]
    public void The_engines_interval_check_pins_exactly_the_cells_the_attacker_recovers_under_primary_suppression()
    {
        var compared = 0;
        foreach (var table in TestTables.Tricky().Concat(TestTables.Random(120)))
        {
            var states = TestTables.PrimaryOnly(table.Model, table.Rules);
            if (!states.Contains(CellState.Primary))
            {
                continue;
            }
            var recovered = Attacker.Attack(table.Model, states, table.Rules.Threshold)
                .Where(i => i.Value.Recovered).Select(i => i.Key).Order().ToList();

            var pinned = IntervalAttack.PinnedCells(table.Model, states, table.Rules, out _);

            Assert.True(recovered.SequenceEqual(pinned), $"{table.Name}: the attacker recovers [{string.Join(", ", recovered)}], the engine pins [{string.Join(", ", pinned)}].");
            compared++;
        }
        Assert.True(compared > 100);
    }
}
