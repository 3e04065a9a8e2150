using System.CommandLine;
using Amuddu.Cli.Database;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Audit;

/// <summary>
/// <c>amuddu audit verify</c>: walks every chain of the audit trail (see docs/audit.md) and reports the first
/// broken link of each, with exit code 1; or how many entries it checked, all links intact.
/// </summary>
public static class AuditCommand
{
    public const string Summary = "verify the audit trail's hash chains (audit verify)";

    public static Command Build()
    {
        var database = new DatabaseOptions();
        var verify = new Command("verify", """
            checks every entry of the audit trail against its hash and the entry before it;
            exit code 0 when all links are intact, 1 when one is broken (each chain's first broken link is named).
            """);
        database.AddTo(verify);
        verify.SetAction((result, cancellationToken) => VerifyAsync(result, database, cancellationToken));
        return new Command("audit", Summary) { verify };
    }

    /// <summary>Runs <c>amuddu audit args...</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("audit", args, output, error);

    private static async Task<int> VerifyAsync(ParseResult parsed, DatabaseOptions database, CancellationToken cancellationToken)
    {
        var (output, error) = AmudduCommandLine.Writers(parsed);
        try
        {
            await using var services = database.Build(parsed, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            if (!await CliServices.IsCurrentAsync(db, "audit", error, cancellationToken))
            {
                return 1;
            }

            var result = await AuditChain.VerifyAsync(db, cancellationToken);
            if (result.Broken.Count == 0)
            {
                await output.WriteLineAsync($"{description}: {result.Entries} entries, all links intact ({result.Chains} chain(s)).");
                return 0;
            }

            foreach (var link in result.Broken)
            {
                await output.WriteLineAsync(
                    $"broken link: organisation {link.OrganisationId?.ToString() ?? "(none)"}, sequence {link.Sequence}, id {link.Id}: {link.Reason}");
            }

            await output.WriteLineAsync($"{description}: {result.Entries} entries, {result.Broken.Count} chain(s) broken of {result.Chains}.");
            return 1;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"amuddu audit: {e.Message}");
            return 1;
        }
    }
}
