using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Hsds;

/// <summary>
/// The published catalogue as an HSDS 3.0 data package, in one language: JSON (an object whose
/// keys are the table names, as compiled/tabular.json), or CSV (a zip with datapackage.json and one
/// file per table). The same public data as the read-only API, so it is open to anyone.
/// </summary>
public static class ExportPackage
{
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Handle(
        string? format, AmudduDbContext db, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv"))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [text["FieldNotAllowed", "format"]] }, title: text["ValidationTitle"]);
        }

        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var tables = Tables(directory);
        var stamp = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return format == "csv"
            ? TypedResults.File(Csv(tables, directory.Language), "application/zip", $"amuddu-hsds-{directory.Language}-{stamp}.zip")
            : TypedResults.File(Json(tables), "application/json", $"amuddu-hsds-{directory.Language}-{stamp}.json");
    }

    /// <summary>Every table's rows as JSON objects of scalar fields, the shape both formats are written from.</summary>
    public static Dictionary<string, List<JsonObject>> Tables(HsdsDirectory directory)
    {
        // Only the terms the services use, and their taxonomies, so the package is self-contained but not the whole taxonomy.
        var usedTerms = directory.Attributes.Select(a => a.TaxonomyTermId).ToHashSet();
        var terms = directory.TaxonomyTerms.Where(t => usedTerms.Contains(t.Id)).ToList();
        var usedTaxonomies = terms.Select(t => t.TaxonomyId).ToHashSet();
        return new Dictionary<string, List<JsonObject>>
        {
            ["organization"] = Rows(directory.Organizations),
            ["service"] = Rows(directory.Services),
            ["location"] = Rows(directory.Locations),
            ["address"] = Rows(directory.Addresses),
            ["service_at_location"] = Rows(directory.ServiceAtLocations),
            ["language"] = Rows(directory.Languages),
            ["cost_option"] = Rows(directory.CostOptions),
            ["required_document"] = Rows(directory.RequiredDocuments),
            ["phone"] = Rows(directory.Phones),
            ["schedule"] = Rows(directory.Schedules),
            ["attribute"] = Rows(directory.Attributes),
            ["taxonomy"] = Rows(directory.Taxonomies.Where(t => usedTaxonomies.Contains(t.Id))),
            ["taxonomy_term"] = Rows(terms),
        };
    }

    private static List<JsonObject> Rows<T>(IEnumerable<T> rows) =>
        rows.Select(r => JsonSerializer.SerializeToNode(r, HsdsJson.Options)!.AsObject()).ToList();

    private static byte[] Json(Dictionary<string, List<JsonObject>> tables)
    {
        var package = new JsonObject();
        foreach (var (name, rows) in tables)
        {
            package[name] = new JsonArray([.. rows]);
        }

        return Encoding.UTF8.GetBytes(package.ToJsonString(HsdsJson.Options));
    }

    private static byte[] Csv(Dictionary<string, List<JsonObject>> tables, string language)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var resources = new JsonArray();
            foreach (var table in HsdsTable.All)
            {
                var entry = zip.CreateEntry(table.File, CompressionLevel.Optimal);
                using (var entryStream = entry.Open())
                {
                    // Data for the programs that load HSDS packages: values exactly as they are, read back the same.
                    CsvFiles.Write(entryStream, CsvFiles.Data(), csv =>
                    {
                        csv.Row([.. table.Columns]);
                        foreach (var row in tables[table.Name])
                        {
                            csv.Row([.. table.Columns.Select(c => row[c] is { } value ? HsdsPackage.Scalar(value) ?? "" : "")]);
                        }
                    });
                }

                resources.Add(Resource(table));
            }

            var descriptor = new JsonObject
            {
                ["name"] = "amuddu-catalogue",
                ["title"] = "Amuddu — catalogue of trainings and services (HSDS 3.0)",
                ["profile"] = "tabular-data-package",
                ["language"] = language,
                ["resources"] = resources,
            };
            using var stream = zip.CreateEntry("datapackage.json").Open();
            stream.Write(Encoding.UTF8.GetBytes(descriptor.ToJsonString(HsdsJson.Options)));
        }

        return buffer.ToArray();
    }

    private static JsonObject Resource(HsdsTable table)
    {
        var fields = new JsonArray();
        foreach (var column in table.Columns)
        {
            var field = new JsonObject { ["name"] = column, ["type"] = HsdsTable.NumberColumns.Contains(column) ? "number" : "string" };
            if (HsdsTable.IsIdColumn(column))
            {
                field["format"] = "uuid";
            }

            if (table.Required.Contains(column))
            {
                field["constraints"] = new JsonObject { ["required"] = true };
            }

            fields.Add(field);
        }

        return new JsonObject
        {
            ["name"] = table.Name,
            ["path"] = table.File,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject { ["fields"] = fields, ["primaryKey"] = "id" },
        };
    }
}
