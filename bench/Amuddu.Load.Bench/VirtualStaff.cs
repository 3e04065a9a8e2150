using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Access;
using OtpNet;

/// <summary>What the virtual staff pick from: people of the registry, their names, referrals by recipient organisation.</summary>
internal sealed record Sample(IReadOnlyList<(Guid Id, string Name)> People, IReadOnlyDictionary<Guid, Guid[]> ReferralsByRecipient);

/// <summary>
/// One member of staff at work: signed in through the pages (password, then the authenticator code computed with
/// Otp.NET from the account's key, as a phone would) and through the API for the writes; then one action every
/// <c>interval</c>, drawn from the role's day (<see cref="Pages"/>), each timed from the request to the last byte.
/// </summary>
internal sealed partial class VirtualStaff(BenchAccount account, Uri server, Sample sample, int seed)
{
    private Recorder _recorder = new();

    private readonly Random _random = new(seed);
    private int _nextSection = seed;
    private readonly HttpClient _browser = Client(server);
    private readonly HttpClient _api = Client(server);

    public BenchAccount Account => account;

    /// <summary>Where the next measurements go.</summary>
    public VirtualStaff With(Recorder recorder)
    {
        _recorder = recorder;
        return this;
    }

    /// <summary>One registration, timed into <paramref name="recorder"/>.</summary>
    public Task RegisterOnceAsync(Recorder recorder)
    {
        _recorder = recorder;
        return RunAsync(Pages.ByRole[account.Role].First(a => a.Method == Pages.RegisterPerson), CancellationToken.None);
    }

    private static HttpClient Client(Uri server) => new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        UseCookies = true,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(30),
    })
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestHeaders = { AcceptLanguage = { new StringWithQualityHeaderValue("fr") } },
    };

    /// <summary>The two codes of two consecutive steps: one for the page sign-in, one for the API (each code is accepted once).</summary>
    public async Task SignInAsync()
    {
        var totp = new Totp(Base32Encoding.ToBytes(Fill.AuthenticatorKey), step: 30);
        var now = DateTime.UtcNow;
        var password = await SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", account.Email), ("Input.Password", Fill.Password));
        var twoFactor = Expect(password, HttpStatusCode.Redirect, "sign-in").Headers.Location!.OriginalString;
        var code = await SubmitFormAsync(twoFactor, "two-factor", ("Input.Code", totp.ComputeTotp(now.AddSeconds(-30))));
        Expect(code, HttpStatusCode.Redirect, "two-factor");

        // With its length, as a browser or a client library sends it: the sign-in limits read the account from the body.
        var body = JsonSerializer.Serialize(new { email = account.Email, password = Fill.Password, twoFactorCode = totp.ComputeTotp(now) });
        var login = await _api.PostAsync("/api/v1/auth/login", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var token = await Expect(login, HttpStatusCode.OK, "API login").Content.ReadFromJsonAsync<JsonElement>();
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
    }

    /// <summary>Works until <paramref name="stop"/>, one action every <paramref name="interval"/> (with a jitter of ±20 %, starting at a random moment).</summary>
    public async Task WorkAsync(TimeSpan interval, CancellationToken stop)
    {
        var actions = Pages.ByRole[account.Role];
        var total = actions.Sum(a => a.Weight);
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(_random.NextDouble() * interval.TotalMilliseconds), stop);
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                var pick = _random.Next(total);
                var action = actions.First(a => (pick -= a.Weight) < 0);
                await RunAsync(action, stop);
                var wait = interval * (0.8 + 0.4 * _random.NextDouble()) - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(Pages.Action action, CancellationToken stop)
    {
        var (person, name) = sample.People[_random.Next(sample.People.Count)];
        var url = action.Url.Replace("{person}", person.ToString(), StringComparison.Ordinal)
            .Replace("{name}", Uri.EscapeDataString(name), StringComparison.Ordinal);
        if (url.Contains("{referral}", StringComparison.Ordinal))
        {
            var referrals = sample.ReferralsByRecipient.GetValueOrDefault(account.OrganisationId) ?? [];
            if (referrals.Length == 0)
            {
                return;
            }

            url = url.Replace("{referral}", referrals[_random.Next(referrals.Length)].ToString(), StringComparison.Ordinal);
        }

        switch (action.Method)
        {
            case "file":
                var file = Pages.PersonFile.Replace("{person}", person.ToString(), StringComparison.Ordinal);
                await TimeAsync(action.Name, () => _browser.GetAsync(file, stop));
                var section = Pages.FileSections[_nextSection++ % Pages.FileSections.Length];
                await TimeAsync($"{action.Name}: {section}", () => _browser.GetAsync($"{file}/{section}", stop));
                break;
            case Pages.Get:
                await TimeAsync(action.Name, () => (url.StartsWith("/api/", StringComparison.Ordinal) ? _api : _browser).GetAsync(url, stop));
                break;
            case Pages.AddNote:
                await TimeAsync(action.Name, () => _api.PostAsJsonAsync(url, new
                {
                    kind = "Phone", contactedAt = DateTimeOffset.UtcNow.AddMinutes(-5), text = "Appel de suivi : point sur la recherche d'emploi.", sensitive = false,
                }, stop));
                break;
            case Pages.BookAppointment:
                var day = DateTime.UtcNow.Date.AddDays(1 + _random.Next(60));
                var startsAt = new DateTimeOffset(day.AddHours(8 + _random.Next(8)).AddMinutes(15 * _random.Next(4)), TimeSpan.Zero);
                await TimeAsync(action.Name, () => _api.PostAsJsonAsync(url, new
                {
                    counsellorId = account.Id, startsAt, durationMinutes = 30, channel = "Phone", siteId = (Guid?)null, place = (string?)null, purpose = "Suivi",
                }, stop));
                break;
            case Pages.RegisterPerson:
                await TimeAsync(action.Name, () => _api.PostAsJsonAsync(url, new
                {
                    person = NewPerson(),
                    notDuplicateOf = Array.Empty<Guid>(),
                }, stop));
                break;
            default:
                throw new InvalidOperationException($"Unknown method {action.Method}.");
        }
    }

    private object NewPerson()
    {
        // A name nobody has: a registration that meets a likely duplicate is answered 409, which is a fair answer too.
        var letters = "bcdfghjklmnprstvz";
        string Word() => string.Concat(Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? letters[_random.Next(letters.Length)] : "aeiou"[_random.Next(5)]));
        return new
        {
            firstName = char.ToUpperInvariant(Word()[0]) + Word()[1..], lastName = char.ToUpperInvariant(Word()[0]) + Word()[1..],
            firstNameArabic = (string?)null, lastNameArabic = (string?)null, sex = "Female",
            dateOfBirth = new DateOnly(1970, 1, 1).AddDays(_random.Next(365 * 35)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            nationalityCode = "SN", languages = new[] { "fr", "wo" }, phone = "06" + _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
            whatsApp = (string?)null, email = (string?)null, regionCode = "MA-06", city = "Casablanca", neighbourhood = "Maârif", householdSize = 2,
            heardFrom = "CommunityAgent", siteId = account.SiteId,
        };
    }

    private async Task TimeAsync(string name, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        int status;
        try
        {
            using var response = await send();
            await response.Content.LoadIntoBufferAsync();
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 599;
        }
        catch (TaskCanceledException)
        {
            return; // the run ended during the request: not a measurement
        }

        _recorder.Record(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, status);
    }

    private async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, string form, params (string Name, string Value)[] fields)
    {
        var page = await _browser.GetAsync(pageUrl);
        var html = await Expect(page, HttpStatusCode.OK, pageUrl).Content.ReadAsStringAsync();
        var marker = $"name=\"_handler\" value=\"{form}\"";
        var markup = Forms().Matches(html).Select(m => m.Value).FirstOrDefault(f => f.Contains(marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form '{form}' on {pageUrl}.");
        var values = HiddenInputs().Matches(markup)
            .Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Where(v => !fields.Any(f => f.Name == v.Key))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await _browser.PostAsync(pageUrl, new FormUrlEncodedContent(values));
    }

    private HttpResponseMessage Expect(HttpResponseMessage response, HttpStatusCode status, string step) =>
        response.StatusCode == status ? response
        : throw new InvalidOperationException($"{account.Email}: {step} answered {(int)response.StatusCode}, not {(int)status}.");

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInputs();
}

/// <summary>Every measurement of a run: the time of each answer by action, and the answers that were errors.</summary>
internal sealed class Recorder
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<double>> _times = [];
    private readonly Dictionary<string, Dictionary<int, int>> _statuses = [];

    public void Record(string name, double milliseconds, int status)
    {
        lock (_lock)
        {
            if (!_times.TryGetValue(name, out var list))
            {
                _times[name] = list = [];
                _statuses[name] = [];
            }

            list.Add(milliseconds);
            _statuses[name][status] = _statuses[name].GetValueOrDefault(status) + 1;
        }
    }

    public sealed record Line(string Name, int Count, double P50, double P95, double P99, string Statuses);

    public List<Line> Lines()
    {
        lock (_lock)
        {
            return [.. _times.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t =>
            {
                var sorted = t.Value.Order().ToList();
                return new Line(t.Key, sorted.Count, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99),
                    string.Join(" ", _statuses[t.Key].OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
            })];
        }
    }

    public List<double> All()
    {
        lock (_lock)
        {
            return [.. _times.Values.SelectMany(t => t).Order()];
        }
    }

    /// <summary>Answers 5xx, and requests that got no answer.</summary>
    public int Errors()
    {
        lock (_lock)
        {
            return _statuses.Values.SelectMany(s => s).Where(s => s.Key >= 500).Sum(s => s.Value);
        }
    }

    public (int Count, double P95) Overall()
    {
        lock (_lock)
        {
            var all = _times.Values.SelectMany(t => t).Order().ToList();
            return (all.Count, all.Count == 0 ? 0 : Percentile(all, 0.95));
        }
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
