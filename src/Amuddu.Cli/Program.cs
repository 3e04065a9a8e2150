using Amuddu.Cli;
using Amuddu.Cli.Database;

// The `amuddu` command line. Each command reads its own arguments so that
// `amuddu <command> --help` can say exactly what that command takes.
var commands = new SortedDictionary<string, CliCommand>(StringComparer.Ordinal)
{
    ["audit"] = new CliCommand(Amuddu.Cli.Audit.AuditCommand.Summary, Amuddu.Cli.Audit.AuditCommand.RunAsync),
    ["migrate"] = new CliCommand(MigrateCommand.Summary, MigrateCommand.RunAsync),
    ["seed-demo"] = new CliCommand(SeedDemoCommand.Summary, SeedDemoCommand.RunAsync),
    ["dedup"] = new CliCommand(Amuddu.Cli.Dedup.DedupCommand.Summary, Amuddu.Cli.Dedup.DedupCommand.RunAsync),
    ["retention"] = new CliCommand(Amuddu.Cli.Rights.RetentionCommand.Summary, Amuddu.Cli.Rights.RetentionCommand.RunAsync),
};

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.Out.WriteLine("usage: amuddu <command> [options]");
    Console.Out.WriteLine("commands:");
    foreach (var (name, command) in commands)
    {
        Console.Out.WriteLine($"  {name,-12} {command.Summary}");
    }
    return args.Length == 0 ? 2 : 0;
}

if (!commands.TryGetValue(args[0], out var chosen))
{
    Console.Error.WriteLine($"amuddu: unknown command '{args[0]}'. Run 'amuddu --help'.");
    return 2;
}

return await chosen.Run(args[1..], Console.Out, Console.Error);
