using System.Text.Json;
using Json.Schema;

namespace Amuddu.Web.Tests.Hsds;

/// <summary>
/// The official HSDS 3.0 schemas copied under Schemas/ (see the README there), registered under
/// their file names so that their relative $refs resolve.
/// </summary>
public static class HsdsSchemas
{
    private static readonly Uri Base = new("https://schemas.openreferral.test/hsds/3.0/");
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    private static Dictionary<string, JsonSchema> Load()
    {
        // Draft 2020-12 lets the schemas keep their own annotations ("name", "core", "constraints"...).
        var options = new BuildOptions { Dialect = Dialect.Draft202012 };
        var folder = Path.Combine(AppContext.BaseDirectory, "Hsds", "Schemas");
        var schemas = new Dictionary<string, JsonSchema>();
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            var name = Path.GetFileName(file);
            schemas[name] = JsonSchema.FromFile(file, options, new Uri(Base, name));
        }

        return schemas;
    }

    public static void AssertValid(string schema, JsonElement instance)
    {
        var results = Schemas.Value[schema].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = results.Details?.Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).ToList() ?? [];
        Assert.True(results.IsValid, $"{schema}: {string.Join("; ", errors.Take(10))}\n{instance.GetRawText()[..Math.Min(600, instance.GetRawText().Length)]}");
    }
}
