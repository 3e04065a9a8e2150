using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Amuddu.Web.Tests.Support.Payments;

/// <summary>
/// The web app as a real process on the test's database, killed while payment orders are being created and
/// started again: every order it acknowledged is there, none is doubled, and every retry gets its original order.
/// </summary>
public class KillTests(ITestOutputHelper output)
{
    private const int Tranches = 30;

    [Fact]
    public async Task Killing_the_app_while_ordering_loses_no_acknowledged_order_and_doubles_none()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer);
        var programme = await app.SeedProgrammeAsync(configure: p => p.Tranches = [new() { Number = 1, Condition = TrancheCondition.ContractSigned, Percent = 100 }]);
        var trancheIds = new List<Guid>();
        for (var i = 0; i < Tranches; i++)
        {
            var application = await app.SeedApprovedAsync(programme, personId);
            trancheIds.Add((await officer.ContractAsync(application))[0].Id());
        }

        var keys = trancheIds.ToDictionary(t => t, _ => $"kill-{Guid.NewGuid():N}");
        var acknowledged = new ConcurrentDictionary<Guid, Guid>();

        // First life: every tranche asked for twice at once (a client retrying on a timeout), killed after a few answers.
        using (var child = await ChildApp.StartAsync(app.Database, output))
        {
            var client = await child.OfficerAsync(Totp.Next(app, Demo.Officer, systemClock: true));
            var enough = new TaskCompletionSource();
            var requests = trancheIds.SelectMany(t => new[] { t, t }).Select(async (tranche, i) =>
            {
                await Task.Delay(i * 5);
                try
                {
                    var response = await client.OrderAsync(tranche, keys[tranche]);
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                    {
                        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).Id();
                        Assert.Equal(id, acknowledged.GetOrAdd(tranche, id));
                        if (acknowledged.Count >= 3)
                        {
                            enough.TrySetResult();
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    // In flight when the process died: the client never heard back, and will retry.
                }
                catch (TaskCanceledException)
                {
                }
            }).ToList();
            await Task.WhenAny(enough.Task, Task.Delay(TimeSpan.FromSeconds(20)));
            child.Kill();
            await Task.WhenAll(requests);
        }

        var ordersAfterKill = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().ToListAsync());
        output.WriteLine($"acknowledged {acknowledged.Count}, stored {ordersAfterKill.Count} of {Tranches} before the restart");
        Assert.All(acknowledged, a => Assert.Contains(ordersAfterKill, o => o.Id == a.Value && o.TrancheId == a.Key));

        // Second life: every request sent again with its key.
        using (var child = await ChildApp.StartAsync(app.Database, output))
        {
            var client = await child.OfficerAsync(Totp.Next(app, Demo.Officer, systemClock: true));
            var retries = await Task.WhenAll(trancheIds.Select(async tranche =>
            {
                var response = await client.OrderAsync(tranche, keys[tranche]);
                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK });
                return (tranche, (await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).Id());
            }));
            foreach (var (tranche, id) in retries)
            {
                if (acknowledged.TryGetValue(tranche, out var original))
                {
                    Assert.Equal(original, id);
                }
            }

            child.Kill();
        }

        var orders = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().ToListAsync());
        Assert.Equal(Tranches, orders.Count);
        Assert.All(orders.GroupBy(o => o.TrancheId), g => Assert.Single(g));
        Assert.Equal(trancheIds.Order(), orders.Select(o => o.TrancheId).Order());
        Assert.All(orders, o => Assert.Equal(keys[o.TrancheId], o.IdempotencyKey));
        Assert.Equal(Tranches, await app.QueryAsync(db => db.Tranches.CountAsync(t => trancheIds.Contains(t.Id) && t.Status == TrancheStatus.Ordered)));
    }

    /// <summary>The built Amuddu.Web.dll, run with <c>dotnet</c> on the test's database, on a port of its own.</summary>
    private sealed class ChildApp : IDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _http;

        private ChildApp(Process process, HttpClient http)
        {
            _process = process;
            _http = http;
        }

        public static async Task<ChildApp> StartAsync(TestDatabase database, ITestOutputHelper output)
        {
            var root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "Amuddu.slnx")))
            {
                root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Amuddu.slnx not found above the test folder.");
            }

            var bin = Path.Combine(root, "src", "Amuddu.Web", "bin", "Release", "net10.0");
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = bin,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(bin, "Amuddu.Web.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port}");
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Provider"] = database.Provider.ToString();
            start.Environment["ConnectionStrings__Amuddu"] = database.ConnectionString;
            start.Environment["Amuddu__Encryption__Key"] = AmudduApp.TestEncryptionKey;
            start.Environment["Amuddu__Notifications__Worker"] = "false";
            start.Environment["Amuddu__Referrals__EscalationWorker"] = "false";
            start.Environment["Amuddu__Indicators__RefreshWorker"] = "false";
            start.Environment["Logging__LogLevel__Default"] = "Information";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, e) => Log(output, e.Data);
            process.ErrorDataReceived += (_, e) => Log(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
            var child = new ChildApp(process, http);
            var started = Stopwatch.StartNew();
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (true)
            {
                Assert.False(process.HasExited, "The app stopped while starting.");
                try
                {
                    if ((await http.GetAsync("/health/live")).IsSuccessStatusCode)
                    {
                        output.WriteLine($"started in {started.ElapsedMilliseconds} ms");
                        return child;
                    }
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline)
                {
                }

                await Task.Delay(100);
            }
        }

        public async Task<HttpClient> OfficerAsync(string code)
        {
            var login = await _http.LoginAsync(Demo.Officer, Demo.Password, code);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var token = await login.Content.ReadFromJsonAsync<TokenResponse>(Http.Json);
            var client = new HttpClient { BaseAddress = _http.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            return client;
        }

        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        public void Dispose()
        {
            Kill();
            _process.Dispose();
            _http.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static void Log(ITestOutputHelper output, string? line)
        {
            if (!string.IsNullOrEmpty(line))
            {
                try
                {
                    output.WriteLine(line);
                }
                catch (InvalidOperationException)
                {
                    // The test is over; the dying process still speaks.
                }
            }
        }
    }
}
