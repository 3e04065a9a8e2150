using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// The production set-up of docs/install.md: Debian's nginx terminating TLS (a throwaway certificate made
/// by openssl) in front of the app on real Kestrel, both on loopback. Clients connect from chosen loopback
/// addresses (127.0.0.2, 127.0.0.3, …), so the app sees nginx's 127.0.0.1 and must take the client's address
/// from X-Forwarded-For, trusted from 127.0.0.1 only.
/// </summary>
public sealed class BehindNginxTests(BehindNginxTests.Site site) : IClassFixture<BehindNginxTests.Site>
{
    private const string SignIn = "/account/sign-in";

    [Fact]
    public async Task Through_nginx_cookies_are_secure_https_is_strict_and_redirects_stay_on_https()
    {
        var browser = site.Browser("127.0.0.2");

        var challenge = await browser.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith($"https://{Site.Host}:{site.NginxPort}{SignIn}", challenge.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);

        var page = await browser.GetAsync(SignIn);
        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.All(page.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));

        var signedIn = await browser.SubmitFormAsync(SignIn, "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal($"https://{Site.Host}:{site.NginxPort}/home", signedIn.Headers.Location!.AbsoluteUri);
        var session = signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(CookieNames.Session, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(session);
        Assert.All(session, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.All(session, cookie => Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/home")).StatusCode);
    }

    [Fact]
    public async Task Through_nginx_the_audit_records_each_client_s_own_address_not_one_it_claims()
    {
        foreach (var address in new[] { "127.0.0.3", "127.0.0.4" })
        {
            var browser = site.Browser(address);
            // nginx appends the address it saw to whatever the client claims; only nginx's entry is believed.
            browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.66");
            var signedIn = await browser.SubmitFormAsync(SignIn, "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", Demo.Password));
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var addresses = (await site.App.AuditAsync(AuditActions.SignInSucceeded)).Where(e => e.Subject == Demo.Analyst).Select(e => e.IpAddress).ToList();
        Assert.Contains("127.0.0.3", addresses);
        Assert.Contains("127.0.0.4", addresses);
        Assert.DoesNotContain("203.0.113.66", addresses);
        Assert.DoesNotContain("127.0.0.1", addresses);
    }

    [Fact]
    public async Task Through_nginx_one_address_cannot_use_up_another_s_sign_in_attempts()
    {
        var attacker = site.Browser("127.0.0.5", "ar");
        for (var i = 0; i < Site.SignInPerMinute; i++)
        {
            var wrong = await attacker.SubmitFormAsync(SignIn, "sign-in", ("Input.Email", Demo.Caseworker), ("Input.Password", "Wrong-password-123"));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var refused = await attacker.SubmitFormAsync(SignIn, "sign-in", ("Input.Email", Demo.Caseworker), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var html = await refused.ReadHtmlAsync();
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("محاولات كثيرة جدًا", html, StringComparison.Ordinal);

        // The caseworker, at another address, still signs in (and reaches the second factor).
        var owner = await site.Browser("127.0.0.6").SubmitFormAsync(SignIn, "sign-in", ("Input.Email", Demo.Caseworker), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Contains("/account/two-factor", owner.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);

        // And a colleague at the attacker's own address (one agency, one address) is not refused either.
        var colleague = await site.Browser("127.0.0.5").SubmitFormAsync(SignIn, "sign-in", ("Input.Email", Demo.Officer2), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.Redirect, colleague.StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_trusted_proxy_are_ignored()
    {
        // Straight to Kestrel, from 127.0.0.7: not a trusted proxy (only 127.0.0.1 is, in this test).
        var untrusted = site.Browser("127.0.0.7", direct: true);
        untrusted.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        untrusted.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await untrusted.GetAsync(SignIn);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        var signedIn = await untrusted.SubmitFormAsync(SignIn, "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal($"http://{Site.Host}:{site.AppPort}/home", signedIn.Headers.Location!.AbsoluteUri);
        Assert.All(signedIn.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));

        // The same headers from the trusted proxy's address are believed.
        var trusted = site.Browser("127.0.0.1", direct: true);
        trusted.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.8");
        trusted.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var viaProxy = await trusted.GetAsync(SignIn);
        Assert.True(viaProxy.Headers.Contains("Strict-Transport-Security"));
        Assert.All(viaProxy.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await trusted.LoginAsync(Demo.Analyst, Demo.Password, null)).StatusCode);

        var addresses = (await site.App.AuditAsync(AuditActions.SignInSucceeded)).Where(e => e.Subject == Demo.Analyst).Select(e => e.IpAddress).ToList();
        Assert.Contains("127.0.0.7", addresses);
        Assert.DoesNotContain("198.51.100.7", addresses);
        Assert.Contains("198.51.100.8", addresses);
    }

    [Fact]
    public async Task The_shipped_site_speaks_http2_sends_http_to_https_and_answers_no_other_host()
    {
        var browser = site.Browser("127.0.0.8");
        var h2 = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/live") { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact });
        Assert.Equal(HttpStatusCode.OK, h2.StatusCode);
        Assert.Equal(HttpVersion.Version20, h2.Version);

        var plain = await site.Browser("127.0.0.8", port: site.HttpPort, scheme: "http").GetAsync("/home?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, plain.StatusCode);
        Assert.Equal($"https://{Site.Host}/home?x=1", plain.Headers.Location!.AbsoluteUri);

        // Another name in the Host header (the TLS name is right): no answer, so the app never builds a link to that host.
        var other = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        other.Headers.Host = "evil.example";
        await Assert.ThrowsAsync<HttpRequestException>(() => browser.SendAsync(other));
    }

    [Fact]
    public async Task The_shipped_site_denies_metrics_caches_and_compresses_static_files_but_not_pages_and_limits_uploads()
    {
        var browser = site.Browser("127.0.0.9");
        // What another site's page would fetch: the app leaves it uncompressed (BREACH), and nginx must not compress it either.
        browser.DefaultRequestHeaders.Add("Sec-Fetch-Site", "cross-site");
        browser.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/metrics?x")).StatusCode);

        var css = await browser.GetAsync("/app.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(TimeSpan.FromDays(1), css.Headers.CacheControl!.MaxAge);
        Assert.True(css.Headers.CacheControl.Public);
        Assert.Equal("gzip", Assert.Single(css.Content.Headers.ContentEncoding));
        Assert.Single(css.Headers.GetValues("Strict-Transport-Security"));
        var icon = await browser.GetAsync("/icons/icon-192.png");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal(TimeSpan.FromDays(30), icon.Headers.CacheControl!.MaxAge);

        var page = await browser.GetAsync(SignIn);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Content.Headers.ContentEncoding);
        Assert.Single(page.Headers.GetValues("Strict-Transport-Security"));
        Assert.Null(page.Headers.CacheControl?.MaxAge);

        // The largest upload the app takes (a 20 MB training material) passes nginx; more is refused by nginx itself.
        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = new ByteArrayContent(new byte[22 * 1024 * 1024]) };
        tooLarge.Headers.ExpectContinue = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await browser.SendAsync(tooLarge)).StatusCode);
        using var allowed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = new ByteArrayContent(new byte[20 * 1024 * 1024]) };
        allowed.Headers.ExpectContinue = true;
        // nginx passes it on: the app, not nginx, answers it (a problem document).
        var passed = await browser.SendAsync(allowed);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, passed.StatusCode);
        Assert.Equal("application/problem+json", passed.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The app on Kestrel and nginx in front of it, shared by the tests of this class.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public const string Host = "amuddu.test";
        public const int SignInPerMinute = 3;
        private const string Nginx = "/usr/sbin/nginx";

        private readonly string _directory = Directory.CreateTempSubdirectory("amuddu-nginx-").FullName;
        private Process? _nginx;
        private string _thumbprint = "";

        public KestrelApp App { get; private set; } = default!;
        public int AppPort { get; private set; }
        public int NginxPort { get; private set; }
        public int HttpPort { get; private set; }

        /// <summary>deploy/nginx/amuddu.conf in the repository.</summary>
        public static string ShippedSite
        {
            get
            {
                var root = AppContext.BaseDirectory;
                while (!File.Exists(Path.Combine(root, "Amuddu.slnx")))
                {
                    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Amuddu.slnx not found above the test's directory.");
                }

                return Path.Combine(root, "deploy", "nginx", "amuddu.conf");
            }
        }

        /// <summary>
        /// The shipped site on this test's loopback ports, certificate and app: the listen lines (IPv4 loopback only), the
        /// certificate's paths, the server name, and every upstream instance pointed at the one app of the test.
        /// </summary>
        private string RenderShippedSite(string site)
        {
            var rendered = site
                .Replace("/etc/letsencrypt/live/amuddu.example.ma/fullchain.pem", Path.Combine(_directory, "cert.pem"), StringComparison.Ordinal)
                .Replace("/etc/letsencrypt/live/amuddu.example.ma/privkey.pem", Path.Combine(_directory, "key.pem"), StringComparison.Ordinal)
                .Replace("amuddu.example.ma", Host, StringComparison.Ordinal);
            rendered = Regex.Replace(rendered, @"^\s*listen \[::\]:.*$\n", "", RegexOptions.Multiline);
            rendered = Regex.Replace(rendered, @"listen 443\b", $"listen 127.0.0.1:{NginxPort}");
            rendered = Regex.Replace(rendered, @"listen 80\b", $"listen 127.0.0.1:{HttpPort}");
            rendered = Regex.Replace(rendered, @"server 127\.0\.0\.1:\d+", $"server 127.0.0.1:{AppPort}");
            Assert.DoesNotContain("example.ma", rendered, StringComparison.Ordinal);
            return rendered;
        }

        public async Task InitializeAsync()
        {
            await RunAsync("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-days", "1", "-subj", $"/CN={Host}", "-addext", $"subjectAltName=DNS:{Host}",
                "-keyout", Path.Combine(_directory, "key.pem"), "-out", Path.Combine(_directory, "cert.pem"));
            _thumbprint = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(Path.Combine(_directory, "cert.pem"))).Thumbprint;

            App = new KestrelApp(await TestDatabase.CreateAsync(), new()
            {
                ["Amuddu:Proxy:TrustedProxies:0"] = "127.0.0.1",
                ["Amuddu:RateLimits:SignInPerMinute"] = SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            App.StartServer();
            AppPort = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;

            NginxPort = FreePort();
            HttpPort = FreePort();
            // The site shipped in deploy/nginx/amuddu.conf, as an operator installs it, with only its addresses, ports and
            // certificate replaced; around it, the main configuration Debian's nginx.conf would give (an instance of its own).
            await File.WriteAllTextAsync(Path.Combine(_directory, "amuddu.conf"), RenderShippedSite(await File.ReadAllTextAsync(ShippedSite)));
            await File.WriteAllTextAsync(Path.Combine(_directory, "nginx.conf"), $$"""
                daemon off;
                master_process off;
                worker_processes 1;
                pid {{_directory}}/nginx.pid;
                error_log {{_directory}}/error.log warn;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    client_body_temp_path {{_directory}}/body;
                    proxy_temp_path {{_directory}}/proxy;
                    fastcgi_temp_path {{_directory}}/fastcgi;
                    uwsgi_temp_path {{_directory}}/uwsgi;
                    scgi_temp_path {{_directory}}/scgi;
                    include {{_directory}}/amuddu.conf;
                }
                """);
            _nginx = Process.Start(new ProcessStartInfo(Nginx)
            {
                ArgumentList = { "-p", _directory, "-c", Path.Combine(_directory, "nginx.conf"), "-e", Path.Combine(_directory, "error.log") },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            await WaitForAsync(NginxPort);
        }

        /// <summary>A browser (cookies, no redirects followed) connecting from <paramref name="from"/>, through nginx or straight to the app.</summary>
        public HttpClient Browser(string from, string? language = null, bool direct = false, int? port = null, string? scheme = null)
        {
            port ??= direct ? AppPort : NginxPort;
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = true,
                CookieContainer = new CookieContainer(),
                SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _thumbprint },
                ConnectCallback = async (_, cancellationToken) =>
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
                        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port.Value), cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            };
            var client = new HttpClient(handler) { BaseAddress = new Uri($"{scheme ?? (direct ? "http" : "https")}://{Host}:{port}") };
            if (language is not null)
            {
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            }

            return client;
        }

        public async Task DisposeAsync()
        {
            if (_nginx is { HasExited: false })
            {
                _nginx.Kill();
                await _nginx.WaitForExitAsync();
            }

            _nginx?.Dispose();
            await App.DisposeAsync();
            Directory.Delete(_directory, recursive: true);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private async Task WaitForAsync(int port)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                if (_nginx!.HasExited)
                {
                    throw new InvalidOperationException($"nginx stopped: {await _nginx.StandardError.ReadToEndAsync()} {await ErrorLogAsync()}");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    return;
                }
                catch (SocketException)
                {
                    await Task.Delay(100);
                }
            }

            throw new TimeoutException($"nginx did not listen on {port}: {await ErrorLogAsync()}");
        }

        private async Task<string> ErrorLogAsync()
        {
            var log = Path.Combine(_directory, "error.log");
            return File.Exists(log) ? await File.ReadAllTextAsync(log) : "";
        }

        private static async Task RunAsync(string program, params string[] arguments)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} failed: {await error}");
            }
        }
    }

    /// <summary>The app on real Kestrel (127.0.0.1, a free port), in the Production environment, as deployed.</summary>
    public sealed class KestrelApp : AmudduApp
    {
        public KestrelApp(TestDatabase database, Dictionary<string, string?> settings)
            : base(database, settings) => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
