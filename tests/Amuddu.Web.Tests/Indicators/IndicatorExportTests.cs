using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Infrastructure;
using MiniExcelLibs;
using static Amuddu.Web.Tests.Indicators.IndicatorSamples;

namespace Amuddu.Web.Tests.Indicators;

/// <summary>
/// The XLSX and CSV exports of an indicators view built by hand, read back: numbers are numbers, the refresh time a
/// date, the header row styled, suppressed figures their marks and never numbers, labels in the reader's language.
/// </summary>
public sealed class IndicatorExportTests
{
    // The framework sheet's columns: result, code, indicator, unit, rule, baseline, baseline year, then per quarter of
    // 2026 a value and a target (H, I for Q1; J, K for Q2; L, M for Q3; N, O for Q4).
    private const int Q1Value = 8, Q1Target = 9, Q2Value = 10, Q3Value = 12, Q4Value = 14;

    [Fact]
    public void The_workbook_holds_numbers_as_numbers_marks_as_text_and_a_styled_header_in_French()
    {
        var text = Texts("fr");
        var view = View(Crossed());

        var workbook = new XlsxSheets(IndicatorsXlsx.Write(view, text, new ExportFilterNames(Region: "Casablanca-Settat")));

        Assert.Equal(["Cadre de résultats", "Ventilation", "À propos"], workbook.Names);
        Assert.All(workbook.Names, n => Assert.False(workbook.RightToLeft(n)));

        var framework = workbook.Cells("Cadre de résultats");
        // The header row: text on a solid fill, the quarter columns named in French.
        var header = framework.Where(c => c.Key.Row == 1).Select(c => c.Value).ToList();
        Assert.Equal(7 + (4 * 2), header.Count);
        Assert.All(header, c => Assert.True(c.SolidFill && !c.Numeric, c.Reference));
        Assert.Equal("Indicateur", framework[(1, 3)].Value);
        Assert.Equal("2026-Q1 valeur", framework[(1, Q1Value)].Value);
        Assert.Equal("2026-Q1 cible", framework[(1, Q1Target)].Value);
        Assert.All(framework.Where(c => c.Key.Row > 1), c => Assert.False(c.Value.SolidFill, c.Value.Reference));

        // R1.1: 120, <5, x, 310 against a target of 400; a baseline of 0 in 2025.
        Assert.Equal("R1.1", framework[(2, 2)].Value);
        Assert.Equal("R1 Information et accès aux services", framework[(2, 1)].Value);
        Assert.Equal("Personnes", framework[(2, 4)].Value);
        Assert.Equal("Cumulé depuis le début", framework[(2, 5)].Value);
        AssertNumber(0m, framework[(2, 6)]);
        AssertNumber(2025m, framework[(2, 7)]);
        AssertNumber(120m, framework[(2, Q1Value)]);
        AssertNumber(400m, framework[(2, Q1Target)]);
        AssertMark("<5", framework[(2, Q2Value)]);
        AssertMark("x", framework[(2, Q3Value)]);
        AssertNumber(310m, framework[(2, Q4Value)]);
        // R1.2, a percentage: 45.5 and a percentage not published.
        AssertNumber(45.5m, framework[(3, Q1Value)]);
        AssertMark("–", framework[(3, Q2Value)]);
        // R3.1 has no target: the target cells are empty, not zero.
        AssertMark("<5", framework[(4, Q3Value)]);
        Assert.False(framework.ContainsKey((4, Q1Target)));

        // Nothing suppressed is a number: each value cell is numeric exactly when its figure is shown.
        var indicators = view.Results.SelectMany(r => r.Indicators).ToList();
        for (var i = 0; i < indicators.Count; i++)
        {
            for (var q = 0; q < 4; q++)
            {
                var figure = indicators[i].Quarters[q].Value;
                var cell = framework[(i + 2, Q1Value + (2 * q))];
                Assert.Equal(figure.State == FigureState.Shown, cell.Numeric);
            }
        }

        // The breakdown: women and men by age band, with totals; the hidden totals stay marks.
        var breakdown = workbook.Cells("Ventilation");
        Assert.Equal(["Sexe × Tranche d'âge", "18–24 ans", "25–34 ans", "Total"], Row(breakdown, 1).Select(c => c.Value));
        Assert.All(Row(breakdown, 1), c => Assert.True(c.SolidFill));
        Assert.Equal("Femmes", breakdown[(2, 1)].Value);
        AssertNumber(100m, breakdown[(2, 2)]);
        AssertMark("<5", breakdown[(2, 3)]);
        AssertMark("x", breakdown[(2, 4)]);
        AssertMark("x", breakdown[(3, 2)]);
        AssertNumber(150m, breakdown[(3, 3)]);
        Assert.Equal("Total", breakdown[(4, 1)].Value);
        AssertNumber(310m, breakdown[(4, 4)]);
        Assert.Equal(6, breakdown.Count(c => c.Value.Value is "x" or "<5"));

        // About: the organisation, the period, the filter by its name, the refresh time as a date cell (Casablanca time).
        var about = workbook.Cells("À propos");
        string Detail(string item) => about.Single(c => c.Key.Column == 1 && c.Value.Value == item).Key.Row is var row ? about[(row, 2)].Value : "";
        Assert.Equal("ANAPEC", Detail("Organisation"));
        Assert.Equal("2026-Q1", Detail("Du trimestre"));
        Assert.Equal("2026-Q4", Detail("Au trimestre"));
        Assert.Equal("Casablanca-Settat", Detail("Région"));
        Assert.Equal("Tous", Detail("Agence"));
        Assert.StartsWith("R1.1 Personnes touchées", Detail("Ventilation"), StringComparison.Ordinal);
        Assert.StartsWith("<5 : entre 1 et 4", Detail("<5"), StringComparison.Ordinal);
        var refreshedRow = about.Single(c => c.Key.Column == 1 && c.Value.Value == "Chiffres actualisés le").Key.Row;
        var refreshed = about[(refreshedRow, 2)];
        Assert.True(refreshed.Numeric);
        Assert.Equal(IndicatorsXlsx.DateTimeFormat, refreshed.NumberFormat);
        Assert.Equal(new DateTime(2026, 12, 7, 13, 30, 0), DateTime.FromOADate((double)refreshed.AsNumber()));
        // It is the only number of the sheet: the rest is text.
        Assert.Single(about.Values, c => c.Numeric);
    }

    [Fact]
    public void The_workbook_reads_back_through_MiniExcel_and_runs_right_to_left_in_Arabic()
    {
        var text = Texts("ar");

        var bytes = IndicatorsXlsx.Write(View(EmployedBySex()), text);

        var workbook = new XlsxSheets(bytes);
        Assert.Equal(["إطار النتائج", "التفصيل", "حول الملف"], workbook.Names);
        Assert.All(workbook.Names, n => Assert.True(workbook.RightToLeft(n), n));
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "إطار النتائج")
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["R1.1", "R1.2", "R3.1"], rows.Select(r => (string?)r["الرمز"]));
        Assert.Equal(120d, rows[0]["2026-Q1 القيمة"]);
        Assert.Equal("<5", rows[0]["2026-Q2 القيمة"]);
        Assert.Equal("أشخاص", rows[0]["الوحدة"]);
        // The one-way breakdown: one value column, the men's small count as its mark.
        var breakdown = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "التفصيل")
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["الجنس", "القيمة"], breakdown[0].Keys);
        Assert.Equal(["Femmes", "Hommes", "المجموع"], breakdown.Select(r => (string?)r["الجنس"]));
        Assert.Equal([6d, "<5", 8d], breakdown.Select(r => r["القيمة"]));
    }

    [Fact]
    public void The_CSV_has_the_same_tables_as_sections_with_the_marks()
    {
        var text = Texts("en");

        var bytes = IndicatorsCsv.Write(View(Crossed()), text);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvFiles.ReadRows(new MemoryStream(bytes)).ToList();
        Assert.Equal(["Results framework"], rows[0]);
        Assert.Equal(["Result", "Code", "Indicator", "Unit", "Period counted", "Baseline", "Baseline year", "2026-Q1 value", "2026-Q1 target"], rows[1][..9]);
        Assert.Equal(
            ["R1 Information et accès aux services", "R1.1", "Personnes touchées par la sensibilisation", "People", "Cumulative since the start", "0", "2025",
             "120", "400", "<5", "400", "x", "400", "310", "400"],
            rows[2]);
        Assert.Equal(["45.5", "60", "–", "60", "50", "60", "62.5", "60"], rows[3][7..]);
        Assert.Equal(["12", "", "8", "", "<5", "", "20", ""], rows[4][7..]);

        var breakdown = rows.FindIndex(r => r[0].StartsWith("R1.1 Personnes touchées par la sensibilisation – Sex × Age band, 2026-Q4", StringComparison.Ordinal));
        Assert.True(breakdown > 4);
        Assert.Equal(["Sex × Age band", "18–24 ans", "25–34 ans", "Total"], rows[breakdown + 1]);
        Assert.Equal(["Femmes", "100", "<5", "x"], rows[breakdown + 2]);
        Assert.Equal(["Hommes", "x", "150", "x"], rows[breakdown + 3]);
        Assert.Equal(["Total", "x", "x", "310"], rows[breakdown + 4]);

        var about = rows.FindIndex(r => r is ["About"]);
        Assert.Equal(["Item", "Detail"], rows[about + 1]);
        var details = rows.Skip(about + 2).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("ANAPEC", details["Organisation"]);
        Assert.Equal("MA-06", details["Region"]);
        Assert.Equal("All", details["Programme"]);
        Assert.Equal("2026-12-07 13:30", details["Figures refreshed at"]);
        Assert.Equal("Counts of 1 to 4 hidden, percentages over fewer than 20 people not published.", details["Small-number protection"]);
        Assert.StartsWith("x: hidden so that a small cell", details["x"], StringComparison.Ordinal);
    }

    private static List<XlsxCell> Row(Dictionary<(int Row, int Column), XlsxCell> cells, int row) =>
        [.. cells.Where(c => c.Key.Row == row).OrderBy(c => c.Key.Column).Select(c => c.Value)];

    private static void AssertNumber(decimal expected, XlsxCell cell)
    {
        Assert.True(cell.Numeric, $"{cell.Reference} should be a number, is \"{cell.Value}\".");
        Assert.Equal(expected, cell.AsNumber());
    }

    private static void AssertMark(string mark, XlsxCell cell)
    {
        Assert.False(cell.Numeric, $"{cell.Reference} should be the mark {mark}, is the number {cell.Value}.");
        Assert.Equal(mark, cell.Value);
    }
}
