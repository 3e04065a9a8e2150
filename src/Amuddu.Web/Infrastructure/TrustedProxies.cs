using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Behind nginx, the client's address and scheme come from X-Forwarded-For and X-Forwarded-Proto, but only
/// when the connection comes from a proxy we trust (<c>Amuddu:Proxy:TrustedProxies</c>: addresses and
/// networks; loopback only by default). From anyone else those headers are ignored: they would let a
/// client choose the address the audit trail and the rate limits see. The Host header is nginx's to pass
/// on (<c>proxy_set_header Host</c>); X-Forwarded-Host is not read, so a client cannot pick the host of
/// the app's redirects.
/// </summary>
public static class TrustedProxies
{
    public static readonly string[] Default = ["127.0.0.0/8", "::1"];

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection("Amuddu:Proxy");
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // How many proxies in a row may add to X-Forwarded-For: one (nginx) unless the operator says more.
        options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        var trusted = section.GetSection("TrustedProxies").Get<string[]>() ?? Default;
        foreach (var entry in trusted.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                // Better not to start than to trust, or distrust, the wrong machine without saying so.
                throw new InvalidOperationException($"Amuddu:Proxy:TrustedProxies: '{entry}' is neither an address nor a network (like 10.0.0.0/8).");
            }
        }
    }
}
