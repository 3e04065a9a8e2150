using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.People;
using Amuddu.Web.Tests.Infrastructure;
using MiniExcelLibs;
using static Amuddu.Web.Tests.Indicators.IndicatorData;

namespace Amuddu.Web.Tests.Indicators;

/// <summary>
/// The framework configured through the API, then read back with its figures: values by quarter against targets, a
/// breakdown suppressed for publication, and the same view as XLSX, CSV and IATI files.
/// </summary>
public sealed class IndicatorsApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>
    /// 32 people registered in 2025 Q1: Casablanca 12 women and 3 men, Rabat 8 women and 9 men. The 3 men of
    /// Casablanca are a small cell, and in a 2 × 2 table with its totals every other inner cell then tells it.
    /// </summary>
    internal static async Task<(IndicatorData Data, Guid Registered)> SeedAsync(AmudduApp app)
    {
        var data = await OfAsync(app);
        await app.QueryAsync(async db =>
        {
            var n = 0;
            foreach (var (site, sex, count) in new[] { (data.Casablanca, Sex.Female, 12), (data.Casablanca, Sex.Male, 3), (data.Rabat, Sex.Female, 8), (data.Rabat, Sex.Male, 9) })
            {
                for (var i = 0; i < count; i++, n++)
                {
                    db.People.Add(data.Person($"Indicator{n}", sex, On(1990, 1, 1 + (n % 28)), null, "SN", site, At(2025, 2, 1 + (n % 28))));
                }
            }

            await db.SaveChangesAsync();
            await IndicatorFacts.RebuildAsync(db, data.OrganisationId, app.Clock);
            return 0;
        });

        using var admin = await app.ApiClientAsync(Demo.Admin);
        var result = await admin.PostAsJsonAsync("/api/v1/indicators/framework/results",
            new ResultInput("R1", "Information et accès aux services", "الإعلام والولوج إلى الخدمات", "Information and access to services", 1, "2025-Q1"));
        Assert.Equal(HttpStatusCode.Created, result.StatusCode);
        var resultId = (await result.Content.ReadFromJsonAsync<ResultResponse>(Json))!.Id;
        var indicator = await admin.PostAsJsonAsync("/api/v1/indicators/framework/indicators", new IndicatorInput(
            resultId, "R1.1", "Personnes inscrites", "الأشخاص المسجلون", "People registered", "Dossiers ouverts dans le trimestre.", null, null,
            IndicatorUnit.People, IndicatorMeasure.Registered, null, PeriodRule.InQuarter, 10, 2024, [new(2025, 120)], 1), Json);
        Assert.Equal(HttpStatusCode.Created, indicator.StatusCode);
        return (data, (await indicator.Content.ReadFromJsonAsync<IndicatorDefinitionResponse>(Json))!.Id);
    }

    [Fact]
    public async Task The_framework_shows_each_quarter_against_its_target_and_a_breakdown_hides_a_small_cell_and_what_would_reveal_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (data, registered) = await SeedAsync(app);
        using var analyst = await app.ApiClientAsync(Demo.Analyst, "fr");

        var view = await analyst.GetFromJsonAsync<IndicatorsView>(
            $"/api/v1/indicators?from=2025-Q1&to=2025-Q2&indicator={registered}&rows=Sex&columns=Agency&quarter=2025-Q1", Json);

        var r1 = Assert.Single(view!.Results);
        Assert.Equal("Information et accès aux services", r1.Title);
        var values = Assert.Single(r1.Indicators).Quarters;
        Assert.Equal([(new Quarter(2025, 1), 32m, 120m), (new Quarter(2025, 2), 0m, 120m)], values.Select(q => (q.Quarter, q.Value.Value!.Value, q.Target!.Value)));

        var b = view.Breakdown!;
        Assert.Equal(["Female", "Male"], b.RowCategories.Select(c => c.Code));
        var men = b.RowCategories.Select(c => c.Code).ToList().IndexOf("Male");
        var casablanca = b.ColumnCategories.Select(c => c.Code).ToList().IndexOf(data.Casablanca.ToString());
        Assert.Equal(FigureState.Small, b.Cells[men][casablanca].State);
        Assert.Null(b.Cells[men][casablanca].Value);
        // The other three inner cells would each give the 3 away with the totals: hidden, never as a number.
        Assert.All(b.Cells.SelectMany(row => row), cell => Assert.Null(cell.Value));
        Assert.Equal(3, b.Cells.SelectMany(row => row).Count(c => c.State == FigureState.Hidden));
        Assert.Equal(32m, b.Total.Value);

        // Filtered to one agency: its 17 people, in the totals and in the cells.
        var rabat = await analyst.GetFromJsonAsync<IndicatorsView>(
            $"/api/v1/indicators?from=2025-Q1&to=2025-Q1&site={data.Rabat}&indicator={registered}&rows=Sex&quarter=2025-Q1", Json);
        Assert.Equal(17m, rabat!.Results.Single().Indicators.Single().Latest.Value.Value);
        Assert.Equal([8m, 9m], rabat.Breakdown!.Cells.Select(row => row[0].Value!.Value));

        // The same breakdown in Arabic carries the labels of the reader.
        using var arabic = await app.ApiClientAsync(Demo.Analyst, "ar");
        var inArabic = await arabic.GetFromJsonAsync<IndicatorsView>($"/api/v1/indicators?from=2025-Q1&to=2025-Q2&indicator={registered}&rows=Sex&quarter=2025-Q1", Json);
        Assert.Equal(["نساء", "رجال"], inArabic!.Breakdown!.RowCategories.Select(c => c.Label));
        Assert.Equal([20m, 12m], inArabic.Breakdown.Cells.Select(row => row[0].Value!.Value));
    }

    [Fact]
    public async Task Bad_input_is_named_field_by_field_a_stale_change_is_refused_and_only_administrators_configure()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, registered) = await SeedAsync(app);
        using var admin = await app.ApiClientAsync(Demo.Admin, "fr");

        var invalid = await admin.PostAsJsonAsync("/api/v1/indicators/framework/indicators", new IndicatorInput(
            Guid.NewGuid(), "", "Taux", null, null, null, null, null, IndicatorUnit.Percentage, IndicatorMeasure.Employed, null, PeriodRule.InQuarter,
            -1, 1890, [new(2025, 150), new(2025, 10)], null), Json);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "resultId", "code", "denominatorMeasure", "baseline", "baselineYear", "targets[0].value", "targets[1].year" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        var badView = await admin.GetAsync("/api/v1/indicators?from=2025-Q9&rows=Religion");
        Assert.Equal(HttpStatusCode.BadRequest, badView.StatusCode);
        var viewErrors = (await badView.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(viewErrors.TryGetProperty("from", out _));
        Assert.True(viewErrors.TryGetProperty("rows", out _));

        var framework = await admin.GetFromJsonAsync<FrameworkResponse>("/api/v1/indicators/framework", Json);
        var definition = framework!.Results.Single().Indicators.Single();
        var input = new IndicatorInput(definition.ResultId, "R1.1", "Personnes inscrites (dossiers)", null, null, null, null, null,
            IndicatorUnit.People, IndicatorMeasure.Registered, null, PeriodRule.Cumulative, null, null, [new(2025, 200)], 1);
        var saved = await admin.PutAsJsonAsync($"/api/v1/indicators/framework/indicators/{registered}", new UpdateIndicator.Request(input, definition.Version), Json);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = await admin.PutAsJsonAsync($"/api/v1/indicators/framework/indicators/{registered}", new UpdateIndicator.Request(input, definition.Version), Json);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var notEmpty = await admin.DeleteAsync($"/api/v1/indicators/framework/results/{definition.ResultId}");
        Assert.Equal(HttpStatusCode.Conflict, notEmpty.StatusCode);

        using var analyst = await app.ApiClientAsync(Demo.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync($"/api/v1/indicators/framework/indicators/{registered}",
            new UpdateIndicator.Request(input, definition.Version + 1), Json)).StatusCode);
        var narrative = await analyst.PutAsJsonAsync($"/api/v1/indicators/framework/results/{definition.ResultId}/narrative",
            new SaveNarrative.Request("2025-Q1", "Premier trimestre : ouverture des agences.", 0));
        Assert.Equal(HttpStatusCode.OK, narrative.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.PutAsJsonAsync($"/api/v1/indicators/framework/results/{definition.ResultId}/narrative",
            new SaveNarrative.Request("2025-Q1", "Encore", 0))).StatusCode);

        // Another organisation's administrator finds nothing of it.
        using var ngo = await app.ApiClientAsync(Demo.NgoAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PutAsJsonAsync($"/api/v1/indicators/framework/indicators/{registered}",
            new UpdateIndicator.Request(input, definition.Version + 1), Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/indicators?indicator={registered}")).StatusCode);
        Assert.Empty((await ngo.GetFromJsonAsync<FrameworkResponse>("/api/v1/indicators/framework", Json))!.Results);
    }

    [Fact]
    public async Task The_view_exports_as_a_workbook_a_csv_and_valid_IATI_results_with_the_same_suppression()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, registered) = await SeedAsync(app);
        using var analyst = await app.ApiClientAsync(Demo.Analyst, "fr");
        var query = $"from=2025-Q1&to=2025-Q2&indicator={registered}&rows=Sex&columns=Agency&quarter=2025-Q1";

        var xlsx = await analyst.GetAsync($"/api/v1/indicators/export.xlsx?{query}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var framework = workbook.Query(useHeaderRow: false, sheetName: MiniExcel.GetSheetNames(workbook)[0]).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(framework, row => row.Values.Contains("R1.1") && row.Values.OfType<double>().Contains(32));
        workbook.Position = 0;
        var breakdown = workbook.Query(useHeaderRow: false, sheetName: MiniExcel.GetSheetNames(workbook)[1]).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(breakdown, row => row.Values.Contains("<5"));
        // The inner cells (12, 3, 8, 9) never appear as numbers; the totals (20, 12, 15, 17, 32) may.
        Assert.DoesNotContain(breakdown, row => row.Values.OfType<double>().Any(v => v is 3 or 8 or 9));

        var csv = await analyst.GetStringAsync($"/api/v1/indicators/export.csv?{query}");
        Assert.Contains("<5", csv, StringComparison.Ordinal);

        var iati = await analyst.GetAsync("/api/v1/indicators/iati.xml?from=2025-Q1&to=2025-Q2");
        Assert.Equal(HttpStatusCode.OK, iati.StatusCode);
        Assert.Empty(IatiResultsTests.Validate(await iati.Content.ReadAsByteArrayAsync()));
        Assert.Contains("dimension", await iati.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Figures only, and the export is in the audit trail.
        Assert.True(await app.QueryAsync(db => Task.FromResult(db.AuditEvents.Count(e => e.Action == ExportIndicators.Exported) == 3)));
    }
}
