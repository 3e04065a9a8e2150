using System.Diagnostics;
using System.Text.RegularExpressions;
using Amuddu.Cli.Database;

namespace Amuddu.Cli.Tests;

/// <summary><c>amuddu migrate --script</c>: the SQL an operator reviews, then applies with psql, as many times as it takes.</summary>
public sealed partial class MigrationScriptTests : CliTestFolder
{
    [Fact]
    public async Task The_postgres_script_applied_twice_with_psql_leaves_the_schema_migrate_makes_and_migrate_then_only_adds_reference_data()
    {
        await using var scripted = await TestPostgres.CreateAsync();
        await using var migrated = await TestPostgres.CreateAsync();
        var file = Path.Combine(Folder, "migrate.sql");

        var script = await Run(MigrateCommand.RunAsync, ["--script", file, .. scripted.Database]);

        Assert.True(script.Code == 0, script.Err);
        Assert.Contains("written to " + file, script.Out, StringComparison.Ordinal);
        // Writing the script changed nothing.
        Assert.Equal(0, await scripted.ScalarAsync("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"));
        var first = await PsqlAsync(scripted.Name, "-v", "ON_ERROR_STOP=1", "-f", file);
        var second = await PsqlAsync(scripted.Name, "-v", "ON_ERROR_STOP=1", "-f", file);
        Assert.True(first.Code == 0, first.Err);
        Assert.True(second.Code == 0, second.Err);
        Assert.Equal(0, (await Run(MigrateCommand.RunAsync, migrated.Database)).Code);

        Assert.Equal(await SchemaAsync(migrated.Name), await SchemaAsync(scripted.Name));
        Assert.Equal(
            await migrated.ScalarAsync("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""),
            await scripted.ScalarAsync("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
        // The script holds the schema only; 'amuddu migrate' then finds nothing to apply and adds the reference data.
        Assert.Equal(0, await scripted.ScalarAsync("SELECT COUNT(*) FROM reference_items"));
        var after = await Run(MigrateCommand.RunAsync, scripted.Database);
        Assert.Contains("schema already up to date", after.Out, StringComparison.Ordinal);
        Assert.Equal(await migrated.ScalarAsync("SELECT COUNT(*) FROM reference_items"), await scripted.ScalarAsync("SELECT COUNT(*) FROM reference_items"));
    }

    [Fact]
    public async Task The_script_goes_to_standard_output_with_a_dash_sqlite_refuses_it_and_help_lists_the_option()
    {
        await using var database = await TestPostgres.CreateAsync();
        var toOutput = await Run(MigrateCommand.RunAsync, ["--script", "-", .. database.Database]);
        var sqlite = await Run(MigrateCommand.RunAsync, ["--script", Path.Combine(Folder, "sqlite.sql"), .. Database]);
        var help = await Run(MigrateCommand.RunAsync, "--help");
        var missing = await Run(MigrateCommand.RunAsync, ["--script"]);

        Assert.Equal(0, toOutput.Code);
        Assert.Contains("CREATE TABLE", toOutput.Out, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS(SELECT 1 FROM \"__EFMigrationsHistory\"", toOutput.Out, StringComparison.Ordinal);
        Assert.Equal(1, sqlite.Code);
        Assert.Contains("SQLite", sqlite.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Folder, "sqlite.sql")));
        Assert.False(File.Exists(Path.Combine(Folder, "amuddu.db")));
        Assert.Equal(0, help.Code);
        Assert.Contains("--script", help.Out, StringComparison.Ordinal);
        Assert.Contains("idempotent", help.Out, StringComparison.Ordinal);
        Assert.Equal(2, missing.Code);
    }

    /// <summary>The schema as pg_dump writes it, without its comments and the random key of its \restrict lines.</summary>
    private static async Task<string> SchemaAsync(string database)
    {
        var dump = await RunAsync("pg_dump", "--schema-only", "--no-owner", "--no-password", database);
        Assert.True(dump.Code == 0, dump.Err);
        var lines = dump.Out.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal) && !RestrictLine().IsMatch(l));
        return string.Join('\n', lines);
    }

    private static Task<(int Code, string Out, string Err)> PsqlAsync(string database, params string[] arguments) =>
        RunAsync("psql", ["--no-password", "--quiet", "-d", database, .. arguments]);

    private static async Task<(int Code, string Out, string Err)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Tool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in TestPostgres.LibpqEnvironment())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output, await error);
    }

    private static string Tool(string name) =>
        Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture))
            .Select(d => Path.Combine(d, "bin", name)).First(File.Exists);

    [GeneratedRegex(@"^\\(un)?restrict ")]
    private static partial Regex RestrictLine();
}
