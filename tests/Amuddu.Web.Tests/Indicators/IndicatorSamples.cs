using System.Globalization;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Localisation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Tests.Indicators;

/// <summary>
/// An indicators view built by hand (no database): two results over 2026, with shown, small ("&lt;5"), hidden ("x") and
/// not shown ("–") figures, targets, a baseline, and a breakdown by sex crossed with age band; and the app's texts.
/// </summary>
public static class IndicatorSamples
{
    public static readonly Guid Reached = Guid.Parse("0190a000-0000-7000-8000-000000000011");
    public static readonly Guid InformedShare = Guid.Parse("0190a000-0000-7000-8000-000000000012");
    public static readonly Guid Employed = Guid.Parse("0190a000-0000-7000-8000-000000000031");
    public static readonly Guid R1 = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    public static readonly Guid R3 = Guid.Parse("0190a000-0000-7000-8000-000000000003");

    /// <summary>12:30 UTC, 13:30 in Casablanca (UTC+1 in December).</summary>
    public static readonly DateTimeOffset RefreshedAt = new(2026, 12, 7, 12, 30, 0, TimeSpan.Zero);

    public static readonly Quarter Q1 = new(2026, 1);
    public static readonly Quarter Q2 = new(2026, 2);
    public static readonly Quarter Q3 = new(2026, 3);
    public static readonly Quarter Q4 = new(2026, 4);

    public static Figure Small => new(null, FigureState.Small);

    public static Figure Hidden => new(null, FigureState.Hidden);

    public static Figure NotShown => new(null, FigureState.NotShown);

    public static IndicatorView ReachedIndicator() => new(
        Reached, "R1.1", "Personnes touchées par la sensibilisation", "Chaque personne touchée, une fois.", IndicatorUnit.People,
        PeriodRule.Cumulative, IndicatorMeasure.OutreachReached, null, 0m, 2025, [new YearTargetView(2026, 400m)],
        [
            new QuarterValue(Q1, Figure.Of(120m), 400m),
            new QuarterValue(Q2, Small, 400m),
            new QuarterValue(Q3, Hidden, 400m),
            new QuarterValue(Q4, Figure.Of(310m), 400m),
        ]);

    public static IndicatorView InformedShareIndicator() => new(
        InformedShare, "R1.2", "Part des inscrits informés en séance", null, IndicatorUnit.Percentage, PeriodRule.InQuarter,
        IndicatorMeasure.InformedAtSession, IndicatorMeasure.Registered, null, null, [new YearTargetView(2026, 60m)],
        [
            new QuarterValue(Q1, Figure.Of(45.5m), 60m),
            new QuarterValue(Q2, NotShown, 60m),
            new QuarterValue(Q3, Figure.Of(50m), 60m),
            new QuarterValue(Q4, Figure.Of(62.5m), 60m),
        ]);

    public static IndicatorView EmployedIndicator() => new(
        Employed, "R3.1", "Personnes placées en emploi", null, IndicatorUnit.People, PeriodRule.InQuarter,
        IndicatorMeasure.Employed, null, null, null, [],
        [
            new QuarterValue(Q1, Figure.Of(12m), null),
            new QuarterValue(Q2, Figure.Of(8m), null),
            new QuarterValue(Q3, Small, null),
            new QuarterValue(Q4, Figure.Of(20m), null),
        ]);

    /// <summary>R1.1 in 2026 Q4, women and men by two age bands.</summary>
    public static Breakdown Crossed() => new(
        Reached, Q4, Dimension.Sex, Dimension.AgeBand,
        [new Category("Female", "Femmes"), new Category("Male", "Hommes")],
        [new Category("From18To24", "18–24 ans"), new Category("From25To34", "25–34 ans")],
        [[Figure.Of(100m), Small], [Hidden, Figure.Of(150m)]],
        [Hidden, Hidden], [Hidden, Hidden], Figure.Of(310m));

    /// <summary>R3.1 in 2026 Q2 by sex, one way: the men's count is small.</summary>
    public static Breakdown EmployedBySex() => new(
        Employed, Q2, Dimension.Sex, null,
        [new Category("Female", "Femmes"), new Category("Male", "Hommes")], [],
        [[Figure.Of(6m)], [Small]], [Figure.Of(6m), Small], [], Figure.Of(8m));

    public static IndicatorsView View(Breakdown? breakdown = null) => new(
        "ANAPEC", Q1, Q4, new IndicatorFilter(RegionCode: "MA-06"), RefreshedAt, 5, 20,
        [
            new ResultView(R1, "R1", "Information et accès aux services", null, [ReachedIndicator(), InformedShareIndicator()]),
            new ResultView(R3, "R3", "Mesures qui lèvent les obstacles à l'emploi", null, [EmployedIndicator()]),
        ],
        breakdown);

    /// <summary>The app's texts in <paramref name="language"/> ("fr", "ar", "en"), the thread's cultures set to it.</summary>
    public static IStringLocalizer Texts(string language)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.ByLanguage[language];
        return Services.GetRequiredService<IStringLocalizer<SharedResource>>();
    }

    /// <summary>Logging and the app's localisation, as the app registers them: enough to render a component.</summary>
    public static ServiceProvider Services { get; } = new ServiceCollection()
        .AddLogging()
        .AddLocalization(o => o.ResourcesPath = "Resources")
        .BuildServiceProvider();
}
