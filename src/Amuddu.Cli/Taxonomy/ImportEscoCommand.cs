using System.CommandLine;
using Amuddu.Cli.Database;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Positioning;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Taxonomy;

/// <summary>
/// <c>amuddu import-esco</c>: imports ESCO's occupations, skills and occupation–skill relations (ESCO's CSV download
/// format) into the taxonomy, one language per run. Prints counts and each rejected row; exit code 1 when a file
/// could not be read at all.
/// </summary>
public static class ImportEscoCommand
{
    public const string Summary = "import ESCO occupations, skills and occupation-skill relations (CSV) into the taxonomy";

    /// <summary>How many rejected rows are printed; the count says how many there were in all.</summary>
    private const int RejectedShown = 50;

    public static Command Build()
    {
        var database = new DatabaseOptions();
        var occupations = new Option<FileInfo?>("--occupations") { Description = "ESCO occupations file, e.g. occupations_en.csv" };
        var skills = new Option<FileInfo?>("--skills") { Description = "ESCO skills file, e.g. skills_en.csv" };
        var relations = new Option<FileInfo?>("--relations") { Description = "ESCO occupation-skill relations, e.g. occupationSkillRelations_en.csv" };
        var language = new Option<string>("--language")
        {
            Description = "the language of the files' labels: en, fr or ar (Arabic labels in a file of the same format)",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong([.. EscoImport.Languages]);
        var command = new Command("import-esco", $"""
            {Summary}
            concepts are matched on their ESCO URI, so running it again (or with a newer ESCO) updates in place;
            import the English files first, then --language fr (and ar) to add the other labels.
            """);
        command.Options.Add(occupations);
        command.Options.Add(skills);
        command.Options.Add(relations);
        command.Options.Add(language);
        database.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(occupations) is null && result.GetValue(skills) is null && result.GetValue(relations) is null)
            {
                result.AddError("give at least one of --occupations, --skills, --relations");
            }
        });
        command.SetAction((result, cancellationToken) => RunAsync(result, database,
            result.GetValue(occupations), result.GetValue(skills), result.GetValue(relations), result.GetValue(language)!, cancellationToken));
        return command;
    }

    /// <summary>Runs <c>amuddu import-esco args...</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("import-esco", args, output, error);

    private static async Task<int> RunAsync(ParseResult parsed, DatabaseOptions database, FileInfo? occupations, FileInfo? skills, FileInfo? relations,
        string language, CancellationToken cancellationToken)
    {
        var (output, error) = AmudduCommandLine.Writers(parsed);
        try
        {
            await using var services = database.Build(parsed, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            if (!await CliServices.IsCurrentAsync(db, "import-esco", error, cancellationToken))
            {
                return 1;
            }

            await using var occupationStream = occupations?.OpenRead();
            await using var skillStream = skills?.OpenRead();
            await using var relationStream = relations?.OpenRead();
            var result = await EscoImport.RunAsync(db, new EscoFiles(language, occupationStream, skillStream, relationStream), cancellationToken);
            await output.WriteLineAsync($"{description}: ESCO ({language}) imported: occupations {result.OccupationsAdded} added, "
                + $"{result.OccupationsUpdated} updated; skills {result.SkillsAdded} added, {result.SkillsUpdated} updated; "
                + $"relations {result.RelationsAdded} added, {result.RelationsUpdated} updated; {result.Rejected.Count} row(s) rejected.");
            foreach (var row in result.Rejected.Take(RejectedShown))
            {
                await error.WriteLineAsync($"{row.File} row {row.Row}: {row.Reason}");
            }

            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"amuddu import-esco: {e.Message}");
            return 1;
        }
    }
}
