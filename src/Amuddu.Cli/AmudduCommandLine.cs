using System.CommandLine;
using System.CommandLine.Parsing;
using Amuddu.Cli.Audit;
using Amuddu.Cli.Backup;
using Amuddu.Cli.Database;
using Amuddu.Cli.Dedup;
using Amuddu.Cli.Indicators;
using Amuddu.Cli.Rights;
using Amuddu.Cli.Taxonomy;

namespace Amuddu.Cli;

/// <summary>
/// The <c>amuddu</c> command line, parsed by System.CommandLine for every command: an option a command does not know,
/// a missing value or a value of the wrong type is a usage error (exit code 2) that names it, never ignored.
/// Exit codes: 0 success, 1 failure, 2 bad usage.
/// </summary>
public static class AmudduCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("amuddu: the command line of Amuddu (database, backups, demo data, batch duplicate detection, retention, audit trail, ESCO taxonomy import, indicators).")
        {
            HelpName = "amuddu",
        };
        root.Subcommands.Add(MigrateCommand.Build());
        root.Subcommands.Add(BackupCommand.BuildBackup());
        root.Subcommands.Add(BackupCommand.BuildRestore());
        root.Subcommands.Add(SeedDemoCommand.Build());
        root.Subcommands.Add(DedupCommand.Build());
        root.Subcommands.Add(RetentionCommand.Build());
        root.Subcommands.Add(AuditCommand.Build());
        root.Subcommands.Add(ImportEscoCommand.Build());
        root.Subcommands.Add(IndicatorsCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = Build();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (args.Count == 0)
        {
            await root.Parse(["--help"]).InvokeAsync(configuration, cancellationToken);
            return 2;
        }

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            // The command that was being parsed, e.g. ["dedup"], to name it and show its own help.
            var path = new List<string>();
            for (var r = result.CommandResult; r.Command != root && r.Parent is CommandResult parent; r = parent)
            {
                path.Insert(0, r.Command.Name);
            }

            var name = string.Join(' ', ["amuddu", .. path]);
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync($"{name}: {problem.Message}");
            }

            await error.WriteLineAsync();
            await root.Parse([.. path, "--help"]).InvokeAsync(new InvocationConfiguration { Output = error, Error = error }, cancellationToken);
            return 2;
        }

        return await result.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>Runs one command with its arguments, as <c>amuddu name args...</c> would.</summary>
    public static Task<int> RunAsync(string command, IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        RunAsync([command, .. args], output, error);

    /// <summary>Where a command's action writes: the writers given to <see cref="RunAsync(IReadOnlyList{string}, TextWriter, TextWriter, CancellationToken)"/>.</summary>
    public static (TextWriter Output, TextWriter Error) Writers(ParseResult result) =>
        (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
}
