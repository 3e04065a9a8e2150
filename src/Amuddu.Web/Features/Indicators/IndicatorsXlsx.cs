using System.Drawing;
using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// An indicators view as an XLSX workbook (MiniExcel): a sheet for the framework, one for the breakdown when the view
/// has one, and "About". The header rows are styled (white on the app's green, bordered, frozen), numbers are numeric
/// cells, the refresh time a date cell, suppressed figures their marks as text; labels and sheet names are in the
/// reader's language (<paramref name="text"/> and the current UI culture), and the sheets run right to left in Arabic.
/// </summary>
public static class IndicatorsXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The format of the date cells (the refresh time).</summary>
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    public static string FileName(IndicatorsView view) => $"indicators-{view.From}-{view.To}.xlsx";

    public static byte[] Write(IndicatorsView view, IStringLocalizer text, ExportFilterNames? filterNames = null)
    {
        var about = IndicatorExportTables.About(view, text, filterNames);
        var sheets = new Dictionary<string, object>
        {
            [SheetName(text["IndicatorExports.Sheet.Framework"])] = Rows(IndicatorExportTables.Framework(view, text)),
        };
        if (IndicatorExportTables.Breakdown(view, text) is { } breakdown)
        {
            // The breakdown's title (indicator, dimensions, quarter) is on the About sheet.
            sheets[SheetName(text["IndicatorExports.Sheet.Breakdown"])] = Rows(breakdown);
        }

        sheets[SheetName(text["IndicatorExports.Sheet.About"])] = Rows(about);

        var configuration = new OpenXmlConfiguration
        {
            RightToLeft = CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft,
            TableStyles = TableStyles.Default,
            AutoFilter = false,
            FreezeRowCount = 1,
            FastMode = true,
            EnableAutoWidth = true,
            MaxWidth = 60,
            // Only the About sheet's detail column holds a date: its header is found nowhere else.
            DynamicColumns = [new DynamicExcelColumn(about.Headers[1]) { Format = DateTimeFormat }],
            StyleOptions = new OpenXmlStyleOptions
            {
                HeaderStyle = new OpenXmlHeaderStyle { BackgroundColor = Color.FromArgb(0x0b, 0x6e, 0x4f) },
            },
        };
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, excelType: ExcelType.XLSX, configuration: configuration);
        return buffer.ToArray();
    }

    /// <summary>
    /// A table as MiniExcel's rows: one dictionary per row keyed by header. Two headers that read alike (two categories
    /// with one label) get a number after the second; an empty table keeps its header row.
    /// </summary>
    private static List<Dictionary<string, object?>> Rows(ExportTable table)
    {
        var keys = new List<string>();
        foreach (var header in table.Headers)
        {
            var key = string.IsNullOrWhiteSpace(header) ? "–" : header.Trim();
            for (var n = 2; keys.Contains(key, StringComparer.Ordinal); n++)
            {
                key = $"{header.Trim()} ({n})";
            }

            keys.Add(key);
        }

        var rows = table.Rows.Select(r => keys.Select((k, i) => (k, i < r.Count ? r[i] : null)).ToDictionary(x => x.k, x => x.Item2)).ToList();
        return rows.Count > 0 ? rows : [keys.ToDictionary(k => k, _ => (object?)null)];
    }

    /// <summary>Excel's rules: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c)]).Trim();
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
