using Amuddu.Disclosure;

namespace Amuddu.Disclosure.Tests;

public class DerivedValueTests
{
    private static readonly SuppressionRules Rules = SuppressionRules.Default;

    private static CountCell Shown(long count) => new(count, CellState.Published);

    [Fact]
    public void A_percentage_is_shown_from_a_denominator_of_twenty()
    {
        var shown = Suppression.Percentage(Shown(10), Shown(20), Rules);
        var hidden = Suppression.Percentage(Shown(10), Shown(19), Rules);

        Assert.True(shown.IsShown);
        Assert.Equal(50m, shown.Value);
        Assert.Equal(new DerivedValue(null, DerivedState.DenominatorTooSmall), hidden);
    }

    [Fact]
    public void The_minimum_denominator_is_configurable()
    {
        Assert.Equal(DerivedState.DenominatorTooSmall, Suppression.Percentage(Shown(10), Shown(40), Rules with { MinimumDenominator = 50 }).State);
        Assert.Equal(DerivedState.Shown, Suppression.Percentage(Shown(10), Shown(10), Rules with { MinimumDenominator = 10 }).State);
    }

    [Fact]
    public void A_percentage_of_a_suppressed_numerator_is_hidden()
    {
        // 3 of 40 published as 7.5% would give the 3 back.
        var primary = Suppression.Percentage(new CountCell(3, CellState.Primary), Shown(40), Rules);
        var secondary = Suppression.Percentage(new CountCell(12, CellState.Secondary), Shown(40), Rules);

        Assert.Equal(new DerivedValue(null, DerivedState.NumeratorSuppressed), primary);
        Assert.Equal(DerivedState.NumeratorSuppressed, secondary.State);
    }

    [Fact]
    public void A_percentage_over_a_suppressed_denominator_is_hidden()
    {
        Assert.Equal(DerivedState.DenominatorSuppressed, Suppression.Percentage(Shown(10), new CountCell(30, CellState.Secondary), Rules).State);
    }

    [Fact]
    public void A_percentage_that_leaves_out_a_small_count_is_hidden()
    {
        // 18 of 20 tells that 2 are not counted.
        Assert.Equal(DerivedState.ComplementTooSmall, Suppression.Percentage(Shown(18), Shown(20), Rules).State);
        Assert.Equal(100m, Suppression.Percentage(Shown(20), Shown(20), Rules).Value);
        Assert.Equal(0m, Suppression.Percentage(Shown(0), Shown(20), Rules).Value);
    }

    [Fact]
    public void An_average_over_a_suppressed_count_is_hidden()
    {
        Assert.Equal(new DerivedValue(null, DerivedState.CountSuppressed), Suppression.Average(12_000m, new CountCell(3, CellState.Primary)));
        Assert.Equal(DerivedState.CountSuppressed, Suppression.Average(12_000m, new CountCell(8, CellState.Secondary)).State);
        Assert.Equal(DerivedState.NoPeople, Suppression.Average(0m, Shown(0)).State);
        Assert.Equal(2_500m, Suppression.Average(25_000m, Shown(10)).Value);
    }

    [Fact]
    public void An_amount_over_a_suppressed_count_is_hidden()
    {
        Assert.Equal(new DerivedValue(null, DerivedState.CountSuppressed), Suppression.Amount(9_000m, new CountCell(2, CellState.Primary)));
        Assert.Equal(new DerivedValue(45_000m, DerivedState.Shown), Suppression.Amount(45_000m, Shown(12)));
    }
}
