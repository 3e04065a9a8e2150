using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Amuddu.Web.Features.Indicators;
using static Amuddu.Web.Tests.Indicators.IndicatorSamples;

namespace Amuddu.Web.Tests.Indicators;

/// <summary>
/// The results framework as an IATI 2.03 activity file, validated against the standard's schema (the XSD files copied
/// from shared/data/iati-2.03 into Indicators/Iati), with its periods, targets, actuals and dimensions.
/// </summary>
public sealed class IatiResultsTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);

    private static readonly IatiActivity Activity = new(
        "MA-ANAPEC-AMUDDU-2026", "ANAPEC", "Amuddu: insertion des personnes migrantes et réfugiées",
        "Le cadre de résultats du programme, tel qu'Amuddu le compte.", FunderName: "Enabel", FunderRef: "XM-DAC-2-10");

    private static IatiTranslations Translations() => IatiTranslations.From(
        [
            new ResultArea { Id = R1, Code = "R1", TitleFr = "Information et accès aux services", TitleAr = "الإعلام والولوج إلى الخدمات", TitleEn = "Information and access to services" },
            new ResultArea { Id = R3, Code = "R3", TitleFr = "Mesures qui lèvent les obstacles à l'emploi", TitleEn = "Measures that remove barriers to employment" },
        ],
        [
            new Indicator
            {
                Id = Reached, Code = "R1.1", NameFr = "Personnes touchées par la sensibilisation", NameAr = "الأشخاص الذين تم الوصول إليهم",
                NameEn = "People reached by outreach", DefinitionFr = "Chaque personne touchée, une fois.", DefinitionEn = "Each person reached, once.",
            },
            new Indicator { Id = InformedShare, Code = "R1.2", NameFr = "Part des inscrits informés en séance" },
            new Indicator { Id = Employed, Code = "R3.1", NameFr = "Personnes placées en emploi", NameEn = "People placed in work" },
        ]);

    [Fact]
    public void The_results_are_a_valid_IATI_2_03_activity_with_periods_targets_actuals_and_dimensions()
    {
        var text = Texts("fr");

        var bytes = IatiResults.Write(View(), Activity, text, GeneratedAt, Translations(), [Crossed(), EmployedBySex()]);

        Assert.Empty(Validate(bytes));
        var root = XDocument.Load(new MemoryStream(bytes)).Root!;
        Assert.Equal("2.03", (string?)root.Attribute("version"));
        Assert.Equal("2026-12-07T14:00:00Z", (string?)root.Attribute("generated-datetime"));
        var activity = Assert.Single(root.Elements("iati-activity"));
        Assert.Equal("MA-ANAPEC-AMUDDU-2026", activity.Element("iati-identifier")!.Value);
        Assert.Equal("MA-ANAPEC-AMUDDU", (string?)activity.Element("reporting-org")!.Attribute("ref"));
        Assert.Equal(["1", "4"], activity.Elements("participating-org").Select(o => (string)o.Attribute("role")!));
        Assert.Equal("2026-01-01", (string?)activity.Element("activity-date")!.Attribute("iso-date"));

        var results = activity.Elements("result").ToList();
        Assert.Equal(2, results.Count);
        // R1 counts people reached and a share: an output that cannot be summed as a whole; R3 counts people in work: an outcome.
        Assert.Equal(("1", "0"), ((string)results[0].Attribute("type")!, (string)results[0].Attribute("aggregation-status")!));
        Assert.Equal(("2", "1"), ((string)results[1].Attribute("type")!, (string)results[1].Attribute("aggregation-status")!));
        Assert.Equal(
            [("fr", "R1 Information et accès aux services"), ("ar", "R1 الإعلام والولوج إلى الخدمات"), ("en", "R1 Information and access to services")],
            Narratives(results[0].Element("title")!));

        var reached = Indicator(results[0], "R1.1");
        Assert.Equal("1", (string?)reached.Attribute("measure"));
        Assert.Equal([("fr", "R1.1 Personnes touchées par la sensibilisation"), ("ar", "R1.1 الأشخاص الذين تم الوصول إليهم"), ("en", "R1.1 People reached by outreach")],
            Narratives(reached.Element("title")!));
        Assert.Equal([("fr", "Chaque personne touchée, une fois."), ("en", "Each person reached, once.")], Narratives(reached.Element("description")!));
        Assert.Equal(("2025", "0"), ((string)reached.Element("baseline")!.Attribute("year")!, (string)reached.Element("baseline")!.Attribute("value")!));
        Assert.Equal("2", (string?)Indicator(results[0], "R1.2").Attribute("measure"));

        var periods = reached.Elements("period").ToList();
        Assert.Equal(
            [("2026-01-01", "2026-03-31"), ("2026-04-01", "2026-06-30"), ("2026-07-01", "2026-09-30"), ("2026-10-01", "2026-12-31")],
            periods.Select(p => ((string)p.Element("period-start")!.Attribute("iso-date")!, (string)p.Element("period-end")!.Attribute("iso-date")!)));
        Assert.All(periods, p => Assert.Equal("400", (string?)p.Element("target")!.Attribute("value")));
        Assert.Equal("Cible de l'année 2026 (à la fin de l'année).", Narratives(periods[0].Element("target")!.Element("comment")!)[0].Text);
        Assert.Equal("120", (string?)periods[0].Element("actual")!.Attribute("value"));
        // A small count is not published as a number: no value, a comment with its mark's meaning in the three languages.
        var small = periods[1].Element("actual")!;
        Assert.Null(small.Attribute("value"));
        Assert.Equal(["fr", "ar", "en"], Narratives(small.Element("comment")!).Select(n => n.Language));
        Assert.StartsWith("<5 : entre 1 et 4", Narratives(small.Element("comment")!)[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("x : masqué", Narratives(periods[2].Element("actual")!.Element("comment")!)[0].Text, StringComparison.Ordinal);

        // 2026 Q4 by sex and age band: the total, then one actual per cell, each with its two dimensions.
        var q4 = periods[3].Elements("actual").Select(a => (
            Value: (string?)a.Attribute("value"),
            Dimensions: string.Join(" ", a.Elements("dimension").Select(d => $"{d.Attribute("name")!.Value}={d.Attribute("value")!.Value}")))).ToList();
        Assert.Equal(
            [("310", ""), ("100", "sex=Female age=From18To24"), (null, "sex=Female age=From25To34"), (null, "sex=Male age=From18To24"), ("150", "sex=Male age=From25To34")],
            q4);

        // R3.1 in Q2 by sex, one way; no target anywhere (none set).
        var employed = Indicator(results[1], "R3.1");
        Assert.Empty(employed.Descendants("target"));
        var q2 = employed.Elements("period").ElementAt(1).Elements("actual")
            .Select(a => ((string?)a.Attribute("value"), string.Join(" ", a.Elements("dimension").Select(d => $"{d.Attribute("name")!.Value}={d.Attribute("value")!.Value}"))));
        Assert.Equal([("8", ""), ("6", "sex=Female"), (null, "sex=Male")], q2);

        // Nothing suppressed leaks: every actual without a value says why, and there is one per suppressed figure.
        var unpublished = root.Descendants("actual").Where(a => a.Attribute("value") is null).ToList();
        Assert.All(unpublished, a => Assert.NotNull(a.Element("comment")));
        var suppressed = View().Results.SelectMany(r => r.Indicators).SelectMany(i => i.Quarters).Count(q => q.Value.State != FigureState.Shown);
        Assert.Equal(suppressed + 3, unpublished.Count);
    }

    [Fact]
    public void Without_translations_the_titles_are_the_views_in_the_readers_language()
    {
        var text = Texts("en");

        var bytes = IatiResults.Write(View(), Activity with { OrganisationRef = "MA-ANAPEC", RecipientCountry = null }, text, GeneratedAt);

        Assert.Empty(Validate(bytes));
        var activity = XDocument.Load(new MemoryStream(bytes)).Root!.Element("iati-activity")!;
        Assert.Equal("en", (string?)activity.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("MA-ANAPEC", (string?)activity.Element("reporting-org")!.Attribute("ref"));
        var reached = Indicator(activity.Elements("result").First(), "R1.1");
        Assert.Equal([("en", "R1.1 Personnes touchées par la sensibilisation")], Narratives(reached.Element("title")!));
        Assert.Equal("The target of the year 2026 (by the end of the year).",
            Narratives(reached.Element("period")!.Element("target")!.Element("comment")!).Single(n => n.Language == "en").Text);
        Assert.Empty(activity.Descendants("dimension"));
    }

    /// <summary>The schema's errors and warnings for the file; empty when it is valid.</summary>
    internal static List<string> Validate(byte[] bytes)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Indicators", "Iati");
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(folder, "iati-activities-schema.xsd"));
        schemas.Compile();
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XElement Indicator(XElement result, string code) =>
        result.Elements("indicator").Single(i => (string?)i.Element("reference")?.Attribute("code") == code);

    private static List<(string? Language, string Text)> Narratives(XElement element) =>
        [.. element.Elements("narrative").Select(n => ((string?)n.Attribute(XNamespace.Xml + "lang"), n.Value))];
}
