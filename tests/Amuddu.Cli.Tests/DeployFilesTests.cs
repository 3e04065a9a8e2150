using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Amuddu.Cli.Tests;

/// <summary>
/// The systemd units of deploy/systemd: systemd itself reads them without a complaint, and every `amuddu` command they run
/// is one the command line has, with options it knows (a unit for a job the command line lacks would fail every night).
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly string Deploy = Path.Combine(Root(), "deploy");

    [Fact]
    public void Every_amuddu_command_the_units_run_is_one_the_command_line_parses()
    {
        var units = Directory.GetFiles(Path.Combine(Deploy, "systemd"), "*.service");
        var commands = units.SelectMany(u => Command().Matches(File.ReadAllText(u)).Select(m => (Unit: Path.GetFileName(u), Args: m.Groups[1].Value))).ToList();

        Assert.Equal(["audit verify", "backup", "migrate", "retention"],
            commands.Select(c => string.Join(' ', c.Args.Split(' ').TakeWhile(a => !a.StartsWith('"')))).Distinct().Order().ToList());
        foreach (var (unit, args) in commands)
        {
            // Words as the shell splits them: a quoted one (the backup's file name) is one argument.
            var parsed = AmudduCommandLine.Build().Parse(Word().Matches(args).Select(w => w.Value.Trim('"')).ToArray());
            Assert.True(parsed.Errors.Count == 0, $"{unit}: amuddu {args}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        }

        // Instances never migrate themselves: the migration is a unit of its own, which they wait for.
        var web = File.ReadAllText(Path.Combine(Deploy, "systemd", "amuddu-web@.service"));
        Assert.DoesNotContain("ExecStartPre", web, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Requires=amuddu-migrate\.service$", web);
        Assert.Matches(@"(?m)^After=.*amuddu-migrate\.service", web);
    }

    [Fact]
    public async Task Systemd_reads_every_unit_and_timer_without_a_warning()
    {
        var folder = Directory.CreateTempSubdirectory("amuddu-units-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Deploy, "systemd")))
            {
                // The template as an instance (port 5000), as systemctl would start it.
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file).Replace("@.service", "@5000.service", StringComparison.Ordinal)));
            }

            var start = new ProcessStartInfo("systemd-analyze") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = folder };
            foreach (var arg in new[] { "verify", "--man=no" }.Concat(Directory.GetFiles(folder).Select(f => "./" + Path.GetFileName(f))))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(Directory.GetFiles(folder).Length >= 8);
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("", (await error + output).Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Root()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Amuddu.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Amuddu.slnx not found above the test's directory.");
        }

        return root;
    }

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"amuddu\.dll ([^'\n]+)")]
    private static partial Regex Command();
}
