using Amuddu.Web.Features.Access;
using System.Globalization;
using System.Linq.Expressions;
using Amuddu.Disclosure;
using Amuddu.Web.Data;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// The results framework with each indicator's value by quarter against its target, and optionally one indicator
/// broken down by one or two dimensions, every figure suppressed for publication. Reads the pre-aggregated totals
/// (the framework, the trends) and cells (a breakdown), never a person's row.
/// </summary>
public static class GetIndicators
{
    public static async Task<Results<Ok<IndicatorsView>, ValidationProblem, NotFound>> Handle(
        StatisticsReads statistics, ICurrentStaff staff, TimeProvider clock, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken, string? from = null, string? to = null, string? region = null, Guid? site = null,
        Guid? partner = null, Guid? programme = null, Guid? indicator = null, string? rows = null, string? columns = null, string? quarter = null)
    {
        var errors = new ValidationErrors(text);
        var request = IndicatorRequest.Read(from, to, region, site, partner, programme, indicator, rows, columns, quarter, SiteTime.Today(clock), errors, text);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var view = await LoadAsync(statistics.Db, staff.OrganisationId!.Value, request, Of(options.Value), text, CultureInfo.CurrentUICulture, cancellationToken);
        return request.IndicatorId is not null && view.Breakdown is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static Publication Of(IndicatorOptions options) =>
        new(new SuppressionRules { Threshold = options.Threshold, MinimumDenominator = options.MinimumDenominator });

    public static async Task<IndicatorsView> LoadAsync(
        AmudduDbContext db, Guid organisationId, IndicatorRequest request, Publication publication, IStringLocalizer text, CultureInfo culture,
        CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var results = await db.ResultAreas.AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .OrderBy(r => r.Order).ThenBy(r => r.Code).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrganisationId == organisationId)
            .OrderBy(i => i.Order).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        var narratives = await db.ResultNarratives.AsNoTracking()
            .Where(n => n.OrganisationId == organisationId && n.Quarter == request.To.Key)
            .ToDictionaryAsync(n => n.ResultAreaId, n => n.Text, cancellationToken);
        var refreshedAt = await IndicatorFacts.CountedAtAsync(db, organisationId, cancellationToken);

        var starts = results.ToDictionary(r => r.Id, r => Quarter.FromKey(r.StartQuarter));
        var measures = indicators.Select(i => i.Measure).Concat(indicators.Select(i => i.DenominatorMeasure).OfType<IndicatorMeasure>()).Distinct().ToList();
        var earliest = starts.Values.Append(request.From).Min().Key;
        var totals = await Filtered(db.IndicatorTotals.AsNoTracking(), request.Filter)
            .Where(t => t.OrganisationId == organisationId && measures.Contains(t.Measure) && t.Quarter >= earliest && t.Quarter <= request.To.Key)
            .GroupBy(t => new { t.Measure, t.Quarter, t.First })
            .Select(g => new Sums(g.Key.Measure, g.Key.Quarter, g.Key.First, g.Sum(t => (long)t.People), g.Sum(t => (long)t.Events), g.Sum(t => t.AmountCentimes)))
            .ToListAsync(cancellationToken);

        var quarters = Quarter.Range(request.From, request.To).ToList();
        var views = results.Select(r => new ResultView(
            r.Id, r.Code, Localised.Pick(culture, r.TitleFr, r.TitleAr, r.TitleEn), narratives.GetValueOrDefault(r.Id),
            [.. indicators.Where(i => i.ResultAreaId == r.Id).Select(i => View(i, starts[r.Id], quarters, totals, publication, culture))])).ToList();

        var breakdown = await LoadBreakdownAsync(db, organisationId, request, publication, text, culture, cancellationToken);
        return new IndicatorsView(organisation, request.From, request.To, request.Filter, refreshedAt, publication.Rules.Threshold,
            publication.Rules.MinimumDenominator, views, breakdown);
    }

    /// <summary>
    /// The quarters a reader may choose, oldest first: from the framework's first quarter (the last twelve when there is
    /// no framework yet), or from <paramref name="asked"/> when it is older, to the current quarter.
    /// </summary>
    public static async Task<List<Quarter>> QuarterChoicesAsync(
        AmudduDbContext db, Guid organisationId, Quarter current, Quarter asked, CancellationToken cancellationToken)
    {
        var first = await db.ResultAreas.AsNoTracking().Where(r => r.OrganisationId == organisationId).MinAsync(r => (int?)r.StartQuarter, cancellationToken);
        var earliest = first is { } key ? Quarter.FromKey(key) : current.Plus(-11);
        return [.. Quarter.Range(new[] { earliest, asked }.Min(), current)];
    }

    /// <summary>The breakdown the request asks for (<see cref="IndicatorRequest.IndicatorId"/>), or null when it names no indicator of the organisation.</summary>
    public static async Task<Breakdown?> LoadBreakdownAsync(
        AmudduDbContext db, Guid organisationId, IndicatorRequest request, Publication publication, IStringLocalizer text, CultureInfo culture,
        CancellationToken cancellationToken)
    {
        var chosen = request.IndicatorId is { } id
            ? await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.OrganisationId == organisationId, cancellationToken)
            : null;
        if (chosen is null)
        {
            return null;
        }

        var start = await db.ResultAreas.AsNoTracking().Where(r => r.Id == chosen.ResultAreaId).Select(r => r.StartQuarter).SingleAsync(cancellationToken);
        return await BreakdownAsync(db, organisationId, request, chosen, Quarter.FromKey(start), publication, text, culture, cancellationToken);
    }

    private sealed record Sums(IndicatorMeasure Measure, int Quarter, bool First, long People, long Events, long Amount);

    private sealed record Slice(long People, long Events, long Amount)
    {
        public static Slice Of(IEnumerable<Sums> rows, IndicatorMeasure measure, PeriodRule rule, Quarter start, Quarter quarter)
        {
            var of = rule == PeriodRule.InQuarter
                ? rows.Where(r => r.Measure == measure && r.Quarter == quarter.Key).ToList()
                : rows.Where(r => r.Measure == measure && r.Quarter >= start.Key && r.Quarter <= quarter.Key).ToList();
            // Cumulative: each person once, in the quarter they were first counted; their events and amounts all along.
            return new Slice(of.Where(r => rule == PeriodRule.InQuarter || r.First).Sum(r => r.People), of.Sum(r => r.Events), of.Sum(r => r.Amount));
        }
    }

    private static IndicatorView View(
        Indicator i, Quarter start, List<Quarter> quarters, List<Sums> totals, Publication publication, CultureInfo culture)
    {
        var values = quarters.Select(q =>
        {
            var value = Slice.Of(totals, i.Measure, i.Rule, start, q);
            var denominator = i.DenominatorMeasure is { } d ? Slice.Of(totals, d, i.Rule, start, q).People : 0;
            var count = publication.Alone(i.Unit == IndicatorUnit.Events ? value.Events : value.People);
            var figure = publication.Value(i.Unit, count, value.Amount, denominator);
            return new QuarterValue(q, figure, i.Targets.FirstOrDefault(t => t.Year == q.Year)?.Value);
        });
        return new IndicatorView(
            i.Id, i.Code, Localised.Pick(culture, i.NameFr, i.NameAr, i.NameEn), Localised.PickOptional(culture, i.DefinitionFr, i.DefinitionAr, i.DefinitionEn),
            i.Unit, i.Rule, i.Measure, i.DenominatorMeasure, i.Baseline, i.BaselineYear,
            [.. i.Targets.Select(t => new YearTargetView(t.Year, t.Value))], [.. values]);
    }

    private static IQueryable<T> Filtered<T>(IQueryable<T> rows, IndicatorFilter filter) where T : class, IIndicatorPlace
    {
        if (filter.RegionCode is { } region)
        {
            rows = rows.Where(t => t.RegionCode == region);
        }

        if (filter.SiteId is { } site)
        {
            rows = rows.Where(t => t.SiteId == site);
        }

        if (filter.PartnerId is { } partner)
        {
            rows = rows.Where(t => t.PartnerId == partner);
        }

        if (filter.ProgrammeId is { } programme)
        {
            rows = rows.Where(t => t.ProgrammeId == programme);
        }

        return rows;
    }

    private sealed record Counts(long People, long Events, long Amount)
    {
        public static readonly Counts Zero = new(0, 0, 0);

        public Counts Plus(Counts other) => new(People + other.People, Events + other.Events, Amount + other.Amount);
    }

    private sealed record Row(
        IndicatorSex Sex, IndicatorAgeBand AgeBand, string NationalityCode, LegalGroup LegalStatus, string RegionCode, Guid SiteId, Guid PartnerId,
        long People, long Events, long Amount);

    /// <summary>A row's dimensions as grouped: null where not asked for (typed by its column on either engine), read back as unknown.</summary>
    private sealed class RowKey
    {
        public IndicatorSex? Sex { get; init; }
        public IndicatorAgeBand? AgeBand { get; init; }
        public string? NationalityCode { get; init; }
        public LegalGroup? LegalStatus { get; init; }
        public string? RegionCode { get; init; }
        public Guid? SiteId { get; init; }
        public Guid? PartnerId { get; init; }
    }

    /// <summary>
    /// The sums of a measure grouped by the dimensions asked for: a table's few dozen rows come back, not the hundreds of
    /// thousands of combinations a year of a national service holds. Sex, region and agency alone are read from the
    /// totals, which hold them; any other dimension from the cells.
    /// </summary>
    private static Task<List<Row>> RowsAsync(
        AmudduDbContext db, Guid organisationId, IndicatorMeasure measure, PeriodRule rule, Quarter start, Quarter quarter, IndicatorFilter filter,
        IReadOnlyCollection<Dimension> dimensions, CancellationToken cancellationToken)
    {
        var (sex, age, nationality, legal, region, agency) = (dimensions.Contains(Dimension.Sex), dimensions.Contains(Dimension.AgeBand),
            dimensions.Contains(Dimension.Nationality), dimensions.Contains(Dimension.LegalStatus), dimensions.Contains(Dimension.Region),
            dimensions.Contains(Dimension.Agency));
        return age || nationality || legal
            ? SummedAsync(db.IndicatorCells, organisationId, measure, rule, start, quarter, filter, c => new RowKey
            {
                Sex = sex ? c.Sex : null, AgeBand = age ? c.AgeBand : null, NationalityCode = nationality ? c.NationalityCode : null,
                LegalStatus = legal ? c.LegalStatus : null, RegionCode = region ? c.RegionCode : null, SiteId = agency ? c.SiteId : null,
                PartnerId = agency ? c.PartnerId : null,
            }, cancellationToken)
            : SummedAsync(db.IndicatorTotals, organisationId, measure, rule, start, quarter, filter, t => new RowKey
            {
                Sex = sex ? t.Sex : null, RegionCode = region ? t.RegionCode : null, SiteId = agency ? t.SiteId : null, PartnerId = agency ? t.PartnerId : null,
            }, cancellationToken);
    }

    private static async Task<List<Row>> SummedAsync<T>(
        IQueryable<T> sums, Guid organisationId, IndicatorMeasure measure, PeriodRule rule, Quarter start, Quarter quarter, IndicatorFilter filter,
        Expression<Func<T, RowKey>> key, CancellationToken cancellationToken)
        where T : class, IIndicatorSums
    {
        var rows = Filtered(sums.AsNoTracking(), filter).Where(c => c.OrganisationId == organisationId && c.Measure == measure);
        rows = rule == PeriodRule.InQuarter
            ? rows.Where(c => c.Quarter == quarter.Key)
            : rows.Where(c => c.Quarter >= start.Key && c.Quarter <= quarter.Key);
        var cumulative = rule == PeriodRule.Cumulative;
        var groups = await rows.GroupBy(key)
            .Select(g => new
            {
                g.Key, People = g.Sum(c => !cumulative || c.First ? (long)c.People : 0), Events = g.Sum(c => (long)c.Events), Amount = g.Sum(c => c.AmountCentimes),
            })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new Row(g.Key.Sex ?? IndicatorSex.Unknown, g.Key.AgeBand ?? IndicatorAgeBand.Unknown, g.Key.NationalityCode ?? "",
            g.Key.LegalStatus ?? LegalGroup.Other, g.Key.RegionCode ?? "", g.Key.SiteId ?? Guid.Empty, g.Key.PartnerId ?? Guid.Empty, g.People, g.Events, g.Amount))];
    }

    /// <summary>The breakdown of an indicator already read (with its result's first quarter), as the request asks.</summary>
    public static async Task<Breakdown> BreakdownAsync(
        AmudduDbContext db, Guid organisationId, IndicatorRequest request, Indicator indicator, Quarter start, Publication publication,
        IStringLocalizer text, CultureInfo culture, CancellationToken cancellationToken)
    {
        var quarter = request.BreakdownQuarter;
        Dimension[] dimensions = request.Columns is { } asked ? [request.Rows, asked] : [request.Rows];
        var rows = await RowsAsync(db, organisationId, indicator.Measure, indicator.Rule, start, quarter, request.Filter, dimensions, cancellationToken);
        var denominators = indicator.DenominatorMeasure is { } d
            ? await RowsAsync(db, organisationId, d, indicator.Rule, start, quarter, request.Filter, dimensions, cancellationToken)
            : [];
        var categories = new Categories(db, text, culture);
        var rowCategories = await categories.OfAsync(request.Rows, rows, cancellationToken);
        var columnCategories = request.Columns is { } c ? await categories.OfAsync(c, rows, cancellationToken) : [];
        var rowKey = categories.KeyOf(request.Rows);
        var columnKey = request.Columns is { } cc ? categories.KeyOf(cc) : _ => "";
        var columnIndex = request.Columns is null ? new Dictionary<string, int> { [""] = 0 } : Index(columnCategories);
        var rowIndex = Index(rowCategories);
        var width = columnIndex.Count;

        Counts[,] Sum(List<Row> of)
        {
            var sums = new Counts[rowIndex.Count, width];
            for (var r = 0; r < rowIndex.Count; r++)
            {
                for (var k = 0; k < width; k++)
                {
                    sums[r, k] = Counts.Zero;
                }
            }

            foreach (var row in of)
            {
                if (rowIndex.TryGetValue(rowKey(row), out var r) && columnIndex.TryGetValue(columnKey(row), out var k))
                {
                    sums[r, k] = sums[r, k].Plus(new Counts(row.People, row.Events, row.Amount));
                }
            }

            return sums;
        }

        var values = Sum(rows);
        var bases = Sum(denominators);
        var counts = new long[rowIndex.Count, width];
        for (var r = 0; r < rowIndex.Count; r++)
        {
            for (var k = 0; k < width; k++)
            {
                counts[r, k] = indicator.Unit == IndicatorUnit.Events ? values[r, k].Events : values[r, k].People;
            }
        }

        var table = publication.Table(counts);
        Counts RowSum(Counts[,] of, int r) => Enumerable.Range(0, width).Aggregate(Counts.Zero, (s, k) => s.Plus(of[r, k]));
        Counts ColumnSum(Counts[,] of, int k) => Enumerable.Range(0, rowIndex.Count).Aggregate(Counts.Zero, (s, r) => s.Plus(of[r, k]));
        var all = Enumerable.Range(0, rowIndex.Count).Aggregate(Counts.Zero, (s, r) => s.Plus(RowSum(values, r)));
        var allBases = Enumerable.Range(0, rowIndex.Count).Aggregate(Counts.Zero, (s, r) => s.Plus(RowSum(bases, r)));
        Figure Publish(CountCell count, Counts value, Counts denominator) =>
            publication.Value(indicator.Unit, count, value.Amount, denominator.People);

        return new Breakdown(
            indicator.Id, quarter, request.Rows, request.Columns, rowCategories, columnCategories,
            [.. Enumerable.Range(0, rowIndex.Count).Select(r => (IReadOnlyList<Figure>)[.. Enumerable.Range(0, width)
                .Select(k => Publish(table[r, k], values[r, k], bases[r, k]))])],
            [.. Enumerable.Range(0, rowIndex.Count).Select(r => Publish(table.RowTotals[r], RowSum(values, r), RowSum(bases, r)))],
            request.Columns is null ? [] : [.. Enumerable.Range(0, width).Select(k => Publish(table.ColumnTotals[k], ColumnSum(values, k), ColumnSum(bases, k)))],
            Publish(table.GrandTotal, all, allBases));
    }

    private static Dictionary<string, int> Index(IReadOnlyList<Category> categories) =>
        categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);

    /// <summary>The categories of each dimension, in a fixed order, with their labels in the reader's language.</summary>
    private sealed class Categories(AmudduDbContext db, IStringLocalizer text, CultureInfo culture)
    {
        public const string Unknown = "UNKNOWN";
        public const string Other = "OTHER";
        private const int Nationalities = 10;
        private readonly Dictionary<string, string> _nationalityGroup = new(StringComparer.Ordinal);

        public Func<Row, string> KeyOf(Dimension dimension) => dimension switch
        {
            Dimension.Sex => r => r.Sex.ToString(),
            Dimension.AgeBand => r => r.AgeBand.ToString(),
            Dimension.Nationality => r => _nationalityGroup.GetValueOrDefault(r.NationalityCode, r.NationalityCode == "" ? Unknown : Other),
            Dimension.LegalStatus => r => r.LegalStatus.ToString(),
            Dimension.Region => r => r.RegionCode == "" ? Unknown : r.RegionCode,
            Dimension.Agency => r => (r.PartnerId != Guid.Empty ? r.PartnerId : r.SiteId) is var id && id == Guid.Empty ? Unknown : id.ToString(),
        };

        public async Task<IReadOnlyList<Category>> OfAsync(Dimension dimension, List<Row> rows, CancellationToken cancellationToken)
        {
            switch (dimension)
            {
                case Dimension.Sex:
                    return Fixed(rows, KeyOf(dimension), [IndicatorSex.Female, IndicatorSex.Male], IndicatorSex.Unknown, s => text[$"Indicators.Sex.{s}"]);
                case Dimension.AgeBand:
                    return Fixed(rows, KeyOf(dimension),
                        [IndicatorAgeBand.From15To17, IndicatorAgeBand.From18To24, IndicatorAgeBand.From25To34, IndicatorAgeBand.From35To44,
                         IndicatorAgeBand.From45To54, IndicatorAgeBand.From55],
                        IndicatorAgeBand.Unknown, b => text[$"Indicators.IndicatorAgeBand.{b}"], optional: IndicatorAgeBand.Under15);
                case Dimension.LegalStatus:
                    return Fixed(rows, KeyOf(dimension),
                        [LegalGroup.Refugee, LegalGroup.AsylumSeeker, LegalGroup.RegularResident, LegalGroup.InRegularisation, LegalGroup.Other],
                        null, g => text[$"Indicators.Legal.{g}"]);
                case Dimension.Nationality:
                {
                    var top = rows.Where(r => r.NationalityCode != "").GroupBy(r => r.NationalityCode)
                        .Select(g => (Code: g.Key, People: g.Sum(r => r.People + r.Events)))
                        .OrderByDescending(x => x.People).ThenBy(x => x.Code, StringComparer.Ordinal).Take(Nationalities).Select(x => x.Code).ToList();
                    foreach (var code in top)
                    {
                        _nationalityGroup[code] = code;
                    }

                    var names = await NamesAsync(ReferenceKind.Country, top, cancellationToken);
                    return Present(rows, KeyOf(dimension), [.. top.Select(code => new Category(code, names.GetValueOrDefault(code, code)))],
                        new Category(Other, text["Indicators.Nationality.Other"]), new Category(Unknown, text["Indicators.Nationality.Unknown"]));
                }

                case Dimension.Region:
                {
                    var codes = rows.Select(r => r.RegionCode).Where(c => c != "").Distinct().ToList();
                    var regions = await db.ReferenceItems.AsNoTracking().Where(r => r.Kind == ReferenceKind.Region && codes.Contains(r.Code))
                        .OrderBy(r => r.SortOrder).ThenBy(r => r.Code).ToListAsync(cancellationToken);
                    return Present(rows, KeyOf(dimension), [.. regions.Select(r => new Category(r.Code, r.NameIn(culture)))],
                        null, new Category(Unknown, text["Indicators.Place.Unknown"]));
                }

                case Dimension.Agency:
                {
                    var key = KeyOf(dimension);
                    var ids = rows.Select(key).Where(k => k != Unknown).Distinct().Select(Guid.Parse).ToList();
                    var sites = await db.Sites.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
                    var partners = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
                    var named = sites.Concat(partners).OrderBy(x => x.Name, StringComparer.Create(culture, false))
                        .Select(x => new Category(x.Id.ToString(), x.Name)).ToList();
                    return Present(rows, key, named, null, new Category(Unknown, text["Indicators.Place.Unknown"]));
                }
            }

            throw new ArgumentOutOfRangeException(nameof(dimension));
        }

        private async Task<Dictionary<string, string>> NamesAsync(ReferenceKind kind, List<string> codes, CancellationToken cancellationToken) =>
            (await db.ReferenceItems.AsNoTracking().Where(r => r.Kind == kind && codes.Contains(r.Code)).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Code, r => r.NameIn(culture), StringComparer.Ordinal);

        /// <summary>Fixed categories always shown (a zero is a figure too); "not stated" and rare ones only when someone is in them.</summary>
        private static List<Category> Fixed<T>(
            List<Row> rows, Func<Row, string> key, T[] always, T? unknown, Func<T, string> label, T? optional = null) where T : struct, Enum
        {
            var present = rows.Where(r => r.People + r.Events > 0).Select(key).ToHashSet(StringComparer.Ordinal);
            var list = new List<Category>();
            if (optional is { } rare && present.Contains(rare.ToString()))
            {
                list.Add(new Category(rare.ToString(), label(rare)));
            }

            list.AddRange(always.Select(v => new Category(v.ToString(), label(v))));
            if (unknown is { } u && present.Contains(u.ToString()))
            {
                list.Add(new Category(u.ToString(), label(u)));
            }

            return list;
        }

        private static List<Category> Present(List<Row> rows, Func<Row, string> key, List<Category> named, Category? other, Category unknown)
        {
            var present = rows.Where(r => r.People + r.Events > 0).Select(key).ToHashSet(StringComparer.Ordinal);
            var list = named.Where(c => present.Contains(c.Code)).ToList();
            if (other is not null && present.Contains(other.Code))
            {
                list.Add(other);
            }

            if (present.Contains(unknown.Code))
            {
                list.Add(unknown);
            }

            return list;
        }
    }
}
