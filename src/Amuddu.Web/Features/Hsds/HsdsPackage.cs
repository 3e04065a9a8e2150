using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Hsds;

/// <summary>One row of a package table, with where it came from so an error can name the file, row and field.</summary>
public sealed record PackageRow(string File, int Number, JsonObject Values)
{
    /// <summary>The field as text (numbers as written), or null when absent or blank.</summary>
    public string? this[string column] =>
        Values[column] is { } node && HsdsPackage.Scalar(node) is { Length: > 0 } value ? value.Trim() : null;
}

/// <summary>
/// An HSDS data package as read from a partner: the JSON form (an object of table arrays, as
/// compiled/tabular.json) or the CSV form (a zip of the tables' CSV files, datapackage.json optional).
/// Only the tables Amuddu maps are read; others are ignored.
/// </summary>
public sealed class HsdsPackage
{
    public const int MaxBytes = 10 * 1024 * 1024;
    private const long MaxUnzippedBytes = 50L * 1024 * 1024;
    private const int MaxRows = 100_000;

    public Dictionary<string, List<PackageRow>> Tables { get; } = HsdsTable.All.ToDictionary(t => t.Name, _ => new List<PackageRow>());

    public static string? Scalar(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => node.ToJsonString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>Reads the package, or says why it cannot: errors keyed by file (and file:row:field).</summary>
    public static (HsdsPackage? Package, Dictionary<string, string[]> Errors) Read(byte[] content, IStringLocalizer text)
    {
        var errors = new Dictionary<string, string[]>();
        var package = new HsdsPackage();
        try
        {
            if (content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
            {
                package.ReadZip(content, text, errors);
            }
            else
            {
                package.ReadJson(content, text, errors);
            }
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
        {
            errors["package"] = [text["Hsds.Import.NotAPackage"]];
        }

        if (errors.Count == 0 && package.Tables.Sum(t => t.Value.Count) > MaxRows)
        {
            errors["package"] = [text["Hsds.Import.TooManyRows", MaxRows]];
        }

        if (errors.Count == 0 && package.Tables["service"].Count == 0)
        {
            errors[HsdsTable.Named("service").File] = [text["Hsds.Import.NoServices"]];
        }

        return (errors.Count == 0 ? package : null, errors);
    }

    private void ReadJson(byte[] content, IStringLocalizer text, Dictionary<string, string[]> errors)
    {
        if (JsonNode.Parse(content) is not JsonObject root)
        {
            errors["package"] = [text["Hsds.Import.NotAPackage"]];
            return;
        }

        foreach (var table in HsdsTable.All)
        {
            if (root[table.Name] is not { } node)
            {
                continue;
            }

            if (node is not JsonArray rows || rows.Any(r => r is not JsonObject))
            {
                errors[table.Name] = [text["Hsds.Import.BadTable", table.Name]];
                continue;
            }

            var number = 0;
            foreach (var row in rows.Cast<JsonObject>())
            {
                number++;
                foreach (var column in table.Required.Where(c => !row.ContainsKey(c)))
                {
                    errors[$"{table.Name}:{number}:{column}"] = [text["Hsds.Import.Required", table.Name, number, column]];
                }

                Tables[table.Name].Add(new PackageRow(table.Name, number, row));
            }
        }
    }

    private void ReadZip(byte[] content, IStringLocalizer text, Dictionary<string, string[]> errors)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        if (zip.Entries.Sum(e => e.Length) > MaxUnzippedBytes)
        {
            errors["package"] = [text["Hsds.Import.TooBig", MaxUnzippedBytes / 1024 / 1024]];
            return;
        }

        foreach (var table in HsdsTable.All)
        {
            var entry = zip.Entries.FirstOrDefault(e => string.Equals(Path.GetFileName(e.FullName), table.File, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                continue;
            }

            using var stream = entry.Open();
            using var records = CsvFiles.ReadRows(stream).GetEnumerator();
            if (!records.MoveNext())
            {
                errors[table.File] = [text["Hsds.Import.MissingColumn", table.File, table.Required[0]]];
                continue;
            }

            var columns = records.Current.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
            var missing = table.Required.Where(r => !columns.Contains(r, StringComparer.Ordinal)).ToList();
            foreach (var column in missing)
            {
                errors[$"{table.File}:{column}"] = [text["Hsds.Import.MissingColumn", table.File, column]];
            }

            if (missing.Count > 0)
            {
                continue;
            }

            var number = 0;
            while (records.MoveNext())
            {
                var values = new JsonObject();
                for (var i = 0; i < columns.Length && i < records.Current.Length; i++)
                {
                    if (records.Current[i] is { Length: > 0 } value && !values.ContainsKey(columns[i]))
                    {
                        values[columns[i]] = value;
                    }
                }

                Tables[table.Name].Add(new PackageRow(table.File, ++number, values));
                if (number > MaxRows)
                {
                    errors["package"] = [text["Hsds.Import.TooManyRows", MaxRows]];
                    return;
                }
            }
        }
    }
}
