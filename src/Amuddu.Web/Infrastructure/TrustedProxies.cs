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
        foreach (var network in Networks(trusted, "Amuddu:Proxy:TrustedProxies"))
        {
            if (network.PrefixLength == FullLength(network.BaseAddress))
            {
                options.KnownProxies.Add(network.BaseAddress);
            }
            else
            {
                options.KnownIPNetworks.Add(network);
            }
        }
    }

    /// <summary>
    /// A setting's list of addresses and networks (<c>10.0.0.5</c>, <c>10.0.0.0/8</c>, <c>::1</c>); an address is a network of one.
    /// Anything else stops the app: better not to start than to trust, or distrust, the wrong machine without saying so.
    /// </summary>
    public static List<System.Net.IPNetwork> Networks(IEnumerable<string> entries, string setting)
    {
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in entries.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new System.Net.IPNetwork(address, FullLength(address)));
            }
            else
            {
                throw new InvalidOperationException($"{setting}: '{entry}' is neither an address nor a network (like 10.0.0.0/8).");
            }
        }

        return networks;
    }

    private static int FullLength(IPAddress address) => address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
}
