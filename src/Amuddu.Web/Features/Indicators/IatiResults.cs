using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// The activity an IATI file describes: its identifier (the reporting organisation's identifier, a hyphen, the
/// activity's own code) and the organisation that reports it. <see cref="OrganisationRef"/> defaults to the identifier up
/// to its last hyphen; <see cref="OrganisationType"/> is an IATI OrganisationType code (10 government, 21 international
/// NGO...); <see cref="Status"/> an ActivityStatus code (2 implementation); <see cref="Start"/> the actual start date
/// (by default the view's first day). A funder, when given, is a participating organisation of role 1 (funding).
/// </summary>
public sealed record IatiActivity(
    string Identifier, string OrganisationName, string Title, string Description,
    string? OrganisationRef = null, string OrganisationType = "10", string Status = "2", DateOnly? Start = null,
    string? FunderName = null, string? FunderRef = null, string? RecipientCountry = "MA")
{
    public string ReportingRef => OrganisationRef ?? (Identifier.LastIndexOf('-') is > 0 and var at ? Identifier[..at] : Identifier);
}

/// <summary>A text in each language it was written in ("fr", "ar", "en"); a missing language is left out.</summary>
public sealed record IatiTexts(string? Fr, string? Ar, string? En)
{
    public IEnumerable<(string Language, string Text)> Present()
    {
        if (!string.IsNullOrWhiteSpace(Fr)) yield return ("fr", Fr);
        if (!string.IsNullOrWhiteSpace(Ar)) yield return ("ar", Ar);
        if (!string.IsNullOrWhiteSpace(En)) yield return ("en", En);
    }
}

/// <summary>The framework's titles and definitions in the three languages, by result or indicator id.</summary>
public sealed record IatiTranslations(IReadOnlyDictionary<Guid, IatiTexts> Titles, IReadOnlyDictionary<Guid, IatiTexts> Descriptions)
{
    public static IatiTranslations From(IEnumerable<ResultArea> results, IEnumerable<Indicator> indicators)
    {
        var titles = new Dictionary<Guid, IatiTexts>();
        var descriptions = new Dictionary<Guid, IatiTexts>();
        foreach (var r in results)
        {
            titles[r.Id] = new IatiTexts(Titled(r.Code, r.TitleFr), Titled(r.Code, r.TitleAr), Titled(r.Code, r.TitleEn));
        }

        foreach (var i in indicators)
        {
            titles[i.Id] = new IatiTexts(Titled(i.Code, i.NameFr), Titled(i.Code, i.NameAr), Titled(i.Code, i.NameEn));
            descriptions[i.Id] = new IatiTexts(i.DefinitionFr, i.DefinitionAr, i.DefinitionEn);
        }

        return new IatiTranslations(titles, descriptions);

        static string? Titled(string code, string? title) => string.IsNullOrWhiteSpace(title) ? null : $"{code} {title}";
    }
}

/// <summary>
/// The results framework of an <see cref="IndicatorsView"/> as an IATI 2.03 activity file: one
/// <c>&lt;iati-activity&gt;</c> with what the schema requires, and per result a <c>&lt;result&gt;</c> whose indicators
/// carry their baseline and one <c>&lt;period&gt;</c> per quarter of the view with the target of the quarter's year and
/// the actual value.
/// <list type="bullet">
/// <item>Result type: 2 (outcome) when one of its indicators counts people in work or self-employed, else 1 (output).</item>
/// <item>Measure: 2 (percentage) for a percentage, else 1 (unit); aggregation-status 1 for counts and amounts, 0 for
/// percentages and averages (they cannot be summed).</item>
/// <item>A suppressed figure is not published as a number: its <c>&lt;actual&gt;</c> has no <c>value</c> (the attribute
/// is optional in 2.03) and a <c>&lt;comment&gt;</c> giving the mark and its meaning, in French, Arabic and English.</item>
/// <item>The target is the year's (what the view carries); its comment says so.</item>
/// <item>Disaggregation: each breakdown passed for an indicator and quarter (by sex, age band..., one way or two crossed)
/// adds an <c>&lt;actual&gt;</c> per cell with one <c>&lt;dimension name= value=&gt;</c> per dimension (the totals are the
/// period's plain actual). Targets have no dimension: the framework sets them for everyone.</item>
/// </list>
/// </summary>
public static class IatiResults
{
    public const string ContentType = "application/xml";

    public static string FileName(IndicatorsView view) => $"indicators-iati-{view.From}-{view.To}.xml";

    private static readonly string[] Languages = ["fr", "ar", "en"];

    private static readonly XNamespace Xml = XNamespace.Xml;

    public static byte[] Write(
        IndicatorsView view, IatiActivity activity, IStringLocalizer text, DateTimeOffset generatedAt,
        IatiTranslations? translations = null, IEnumerable<Breakdown>? disaggregation = null)
    {
        var document = Build(view, activity, text, generatedAt, translations, disaggregation);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }

    public static XDocument Build(
        IndicatorsView view, IatiActivity activity, IStringLocalizer text, DateTimeOffset generatedAt,
        IatiTranslations? translations = null, IEnumerable<Breakdown>? disaggregation = null)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var cells = (disaggregation ?? []).GroupBy(b => (b.IndicatorId, b.Quarter)).ToDictionary(g => g.Key, g => g.ToList());

        var xActivity = new XElement("iati-activity",
            view.RefreshedAt is { } refreshed ? new XAttribute("last-updated-datetime", Instant(refreshed)) : null,
            new XAttribute(Xml + "lang", language),
            new XAttribute("default-currency", "MAD"),
            new XElement("iati-identifier", activity.Identifier),
            new XElement("reporting-org", new XAttribute("ref", activity.ReportingRef), new XAttribute("type", activity.OrganisationType),
                Narrative(activity.OrganisationName)),
            new XElement("title", Narrative(activity.Title)),
            new XElement("description", new XAttribute("type", "1"), Narrative(activity.Description)),
            activity.FunderName is null ? null : new XElement("participating-org",
                activity.FunderRef is null ? null : new XAttribute("ref", activity.FunderRef), new XAttribute("role", "1"), Narrative(activity.FunderName)),
            new XElement("participating-org", new XAttribute("ref", activity.ReportingRef), new XAttribute("role", "4"),
                new XAttribute("type", activity.OrganisationType), Narrative(activity.OrganisationName)),
            new XElement("activity-status", new XAttribute("code", activity.Status)),
            new XElement("activity-date", new XAttribute("type", "2"), new XAttribute("iso-date", Date(activity.Start ?? view.From.FirstDay))),
            activity.RecipientCountry is null ? null : new XElement("recipient-country", new XAttribute("code", activity.RecipientCountry), new XAttribute("percentage", "100")),
            view.Results.Where(r => r.Indicators.Count > 0).Select(r => Result(r, text, translations, cells)));

        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("iati-activities", new XAttribute("version", "2.03"), new XAttribute("generated-datetime", Instant(generatedAt)), xActivity));

        XElement Narrative(string value, string? lang = null) =>
            new("narrative", lang is null ? null : new XAttribute(Xml + "lang", lang), value);

        IEnumerable<XElement> Narratives(Guid id, string fallback, IReadOnlyDictionary<Guid, IatiTexts>? texts)
        {
            var present = texts is not null && texts.TryGetValue(id, out var t) ? t.Present().ToList() : [];
            return present.Count > 0 ? present.Select(p => Narrative(p.Text, p.Language)) : [Narrative(fallback, language)];
        }

        XElement Result(ResultView result, IStringLocalizer text, IatiTranslations? translations, Dictionary<(Guid, Quarter), List<Breakdown>> cells)
        {
            var outcome = result.Indicators.Any(i => i.Measure is IndicatorMeasure.Employed or IndicatorMeasure.InWorkAt3Months
                or IndicatorMeasure.InWorkAt6Months or IndicatorMeasure.InWorkAt12Months or IndicatorMeasure.SelfEmployed);
            return new XElement("result",
                new XAttribute("type", outcome ? "2" : "1"),
                new XAttribute("aggregation-status", result.Indicators.All(Aggregable) ? "1" : "0"),
                new XElement("title", Narratives(result.Id, $"{result.Code} {result.Title}", translations?.Titles)),
                new XElement("reference", new XAttribute("code", result.Code), new XAttribute("vocabulary", "99")),
                result.Indicators.Select(i => IndicatorElement(i, text, translations, cells)));
        }

        XElement IndicatorElement(IndicatorView indicator, IStringLocalizer text, IatiTranslations? translations, Dictionary<(Guid, Quarter), List<Breakdown>> cells)
        {
            var definition = translations is not null && translations.Descriptions.TryGetValue(indicator.Id, out var d) ? d.Present().ToList() : [];
            if (definition.Count == 0 && !string.IsNullOrWhiteSpace(indicator.Definition))
            {
                definition = [(language, indicator.Definition)];
            }

            return new XElement("indicator",
                new XAttribute("measure", indicator.Unit == IndicatorUnit.Percentage ? "2" : "1"),
                new XAttribute("ascending", "1"),
                new XAttribute("aggregation-status", Aggregable(indicator) ? "1" : "0"),
                new XElement("title", Narratives(indicator.Id, $"{indicator.Code} {indicator.Name}", translations?.Titles)),
                definition.Count == 0 ? null : new XElement("description", definition.Select(p => Narrative(p.Text, p.Language))),
                new XElement("reference", new XAttribute("vocabulary", "99"), new XAttribute("code", indicator.Code)),
                indicator.Baseline is { } baseline
                    ? new XElement("baseline", new XAttribute("year", indicator.BaselineYear ?? view.From.Year), new XAttribute("value", Number(baseline)))
                    : null,
                indicator.Quarters.Select(q => new XElement("period",
                    new XElement("period-start", new XAttribute("iso-date", Date(q.Quarter.FirstDay))),
                    new XElement("period-end", new XAttribute("iso-date", Date(q.Quarter.LastDay))),
                    q.Target is { } target
                        ? new XElement("target", new XAttribute("value", Number(target)),
                            Comment(_ => text["IndicatorExports.Iati.YearTarget", q.Quarter.Year].Value))
                        : null,
                    Actual(q.Value, text, []),
                    cells.TryGetValue((indicator.Id, q.Quarter), out var breakdowns) ? breakdowns.SelectMany(b => Disaggregated(b, text)) : null)));
        }

        IEnumerable<XElement> Disaggregated(Breakdown b, IStringLocalizer text)
        {
            for (var r = 0; r < b.RowCategories.Count; r++)
            {
                var row = DimensionOf(b.Rows, b.RowCategories[r]);
                if (b.Columns is not { } columns)
                {
                    var figure = b.Cells.Count > r && b.Cells[r].Count > 0 ? b.Cells[r][0] : b.RowTotals[r];
                    yield return Actual(figure, text, [row]);
                    continue;
                }

                for (var c = 0; c < b.ColumnCategories.Count; c++)
                {
                    yield return Actual(b.Cells[r][c], text, [row, DimensionOf(columns, b.ColumnCategories[c])]);
                }
            }
        }

        XElement Actual(Figure figure, IStringLocalizer text, XElement[] dimensions) => figure.State == FigureState.Shown && figure.Value is { } value
            ? new XElement("actual", new XAttribute("value", Number(value)), dimensions)
            : new XElement("actual", dimensions, Comment(_ => figure.State switch
            {
                FigureState.Small => text["Indicators.Figure.SmallNote"].Value,
                FigureState.Hidden => text["Indicators.Figure.HiddenNote"].Value,
                FigureState.NotShown => text["Indicators.Figure.NotShownNote"].Value,
                _ => text["IndicatorExports.Iati.NoValue"].Value,
            }));

        // The same words in the three languages: the localizer read under each culture in turn.
        XElement Comment(Func<string, string> words)
        {
            var before = CultureInfo.CurrentUICulture;
            try
            {
                var narratives = Languages.Select(lang =>
                {
                    CultureInfo.CurrentUICulture = Localisation.Cultures.ByLanguage[lang];
                    return Narrative(words(lang), lang);
                }).ToList();
                return new XElement("comment", narratives);
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }
    }

    /// <summary>The IATI dimension of a category: a short English name, the category's code (an agency by its name).</summary>
    private static XElement DimensionOf(Dimension dimension, Category category) => new("dimension",
        new XAttribute("name", dimension switch
        {
            Indicators.Dimension.Sex => "sex",
            Indicators.Dimension.AgeBand => "age",
            Indicators.Dimension.Nationality => "nationality",
            Indicators.Dimension.LegalStatus => "legal-status",
            Indicators.Dimension.Region => "region",
            _ => "agency",
        }),
        new XAttribute("value", dimension == Indicators.Dimension.Agency || string.IsNullOrEmpty(category.Code) ? category.Label : category.Code));

    private static bool Aggregable(IndicatorView indicator) => indicator.Unit is IndicatorUnit.People or IndicatorUnit.Events or IndicatorUnit.Amount;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => XmlConvert.ToString(at.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
