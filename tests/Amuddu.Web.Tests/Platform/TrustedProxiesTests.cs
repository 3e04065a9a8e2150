using System.Net;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Tests.Platform;

/// <summary>Which proxies the app believes (the nginx tests show what believing them does).</summary>
public sealed class TrustedProxiesTests
{
    [Fact]
    public async Task By_default_only_loopback_is_a_trusted_proxy_and_only_for_client_and_scheme()
    {
        await using var app = await AmudduApp.StartAsync();

        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
        Assert.Equal([IPAddress.IPv6Loopback], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("127.0.0.0/8")], options.KnownIPNetworks);
        Assert.Equal(1, options.ForwardLimit);
    }

    [Fact]
    public async Task Configured_addresses_and_networks_replace_loopback_and_a_wrong_entry_stops_the_start()
    {
        await using var app = await AmudduApp.StartAsync(new()
        {
            ["Amuddu:Proxy:TrustedProxies:0"] = "192.0.2.5",
            ["Amuddu:Proxy:TrustedProxies:1"] = "10.20.0.0/16",
            ["Amuddu:Proxy:ForwardLimit"] = "2",
        });

        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Equal([IPAddress.Parse("192.0.2.5")], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("10.20.0.0/16")], options.KnownIPNetworks);
        Assert.Equal(2, options.ForwardLimit);

        await using var wrong = await AmudduApp.StartAsync(new() { ["Amuddu:Proxy:TrustedProxies:0"] = "nginx.local" });
        var error = Assert.Throws<InvalidOperationException>(() => wrong.CreateClient());
        Assert.Contains("nginx.local", error.Message, StringComparison.Ordinal);
    }
}
