using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Demo;

public sealed class DemoOptions
{
    /// <summary>
    /// Demo mode (set by ./run.sh, never in production): print the demo sign-ins at start-up, and write the messages of a
    /// channel without a sender to data/outbox instead of holding them (docs/notifications.md).
    /// </summary>
    public bool Enabled { get; set; }
}

/// <summary>Tells a newcomer where Amuddu listens and how to sign in, once the server is up.</summary>
public static class DemoBanner
{
    public static void PrintWhenStarted(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (addresses.Count == 0)
            {
                // In process (the tests' server): nobody to tell where to go.
                return;
            }

            var output = Console.Out;
            output.WriteLine();
            output.WriteLine("Amuddu is running (demo data). Open:");
            foreach (var address in addresses)
            {
                output.WriteLine($"  {address}");
            }

            output.WriteLine();
            output.WriteLine($"Demo sign-ins, all with the password {DemoAccounts.Password}");
            output.WriteLine($"and, where marked, the authenticator key {DemoAccounts.AuthenticatorKey} (TOTP, SHA-1, 6 digits, 30 s):");
            foreach (var account in DemoAccounts.All)
            {
                var factor = account.TwoFactor ? "TOTP" : account.Role == Access.Roles.Analyst ? "no 2FA needed" : "enrols at first sign-in";
                output.WriteLine($"  {account.Email,-36} {account.Role,-26} {factor}");
            }

            output.WriteLine();
            output.WriteLine("Press Ctrl+C to stop.");
        });
    }
}
