using System.Diagnostics;
using System.Net.Sockets;
using Amuddu.Web.Data;

/// <summary>
/// The real web app (the Release build of src/Amuddu.Web, as run.sh runs it) in a process of its own on Kestrel,
/// on the bench's database; stopped with the bench.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    public Uri Address { get; }

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Amuddu.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the bench from its build folder inside the repository.");
    }

    public static async Task<AppProcess> StartAsync(DatabaseProvider provider, string connection, string? appDll, int port)
    {
        var root = RepositoryRoot();
        var dll = appDll ?? Path.Combine(root, "src/Amuddu.Web/bin/Release/net10.0/Amuddu.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: dotnet build -c Release src/Amuddu.Web");
        }

        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--contentRoot", Path.Combine(root, "src/Amuddu.Web"), "--urls", address.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__Amuddu"] = connection,
                ["Amuddu__Encryption__Key"] = Fill.EncryptionKey,
                ["Amuddu__Demo__Enabled"] = "false",
                // Fifty staff sign in from one address in the first seconds: more than the per-address ceiling allows.
                ["Amuddu__RateLimits__SignInPerAddressPerMinute"] = "10000",
                // No SMS to send, and the fill's old referrals would all be escalated at once.
                ["Amuddu__Notifications__Worker"] = "false",
                ["Amuddu__Referrals__EscalationWorker"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
                ["DOTNET_gcServer"] = "1",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(3); await Task.Delay(250))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped with code {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/account/sign-in")).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or SocketException)
            {
            }
        }

        await app.DisposeAsync();
        throw new InvalidOperationException("The app did not answer within 3 minutes.");
    }

    private static void Log(string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            Console.Error.WriteLine($"  app| {line}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
