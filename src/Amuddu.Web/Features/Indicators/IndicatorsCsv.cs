using System.Globalization;
using Amuddu.Web.Infrastructure;
using CsvHelper;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// An indicators view as CSV for a spreadsheet (<see cref="CsvFiles.Spreadsheet"/>): the tables of the XLSX export as
/// sections (a title line, a header line, the rows, a blank line between two), in the reader's language. Numbers are
/// written invariant ("12.5"), the refresh time as "yyyy-MM-dd HH:mm" (Moroccan time), suppressed figures as their marks.
/// </summary>
public static class IndicatorsCsv
{
    public const string ContentType = CsvFiles.ContentType;

    public static string FileName(IndicatorsView view) => $"indicators-{view.From}-{view.To}.csv";

    public static byte[] Write(IndicatorsView view, IStringLocalizer text, ExportFilterNames? filterNames = null) =>
        CsvFiles.Write(CsvFiles.Spreadsheet(), csv => Write(csv, view, text, filterNames));

    public static void Write(CsvWriter csv, IndicatorsView view, IStringLocalizer text, ExportFilterNames? filterNames = null)
    {
        List<ExportTable> tables = [IndicatorExportTables.Framework(view, text)];
        if (IndicatorExportTables.Breakdown(view, text) is { } breakdown)
        {
            tables.Add(breakdown);
        }

        tables.Add(IndicatorExportTables.About(view, text, filterNames));
        for (var t = 0; t < tables.Count; t++)
        {
            if (t > 0)
            {
                // A record of one empty field: the blank line between two tables.
                csv.Row("");
            }

            csv.Row(tables[t].Title);
            csv.Row([.. tables[t].Headers]);
            foreach (var row in tables[t].Rows)
            {
                foreach (var cell in row)
                {
                    switch (cell)
                    {
                        case null: csv.WriteField(""); break;
                        case int i: csv.WriteField(i, default); break;
                        case decimal d: csv.WriteField(d, default); break;
                        case DateTime at: csv.WriteField(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)); break;
                        default: csv.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""); break;
                    }
                }

                csv.EndRecord();
            }
        }
    }
}
