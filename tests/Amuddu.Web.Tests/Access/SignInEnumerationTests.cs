using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Tests.Access;

/// <summary>From outside, an unknown address, a wrong password and a locked account look alike: same answer, same work.</summary>
public sealed partial class SignInEnumerationTests
{
    private const string Unknown = "nobody@demo.amuddu.test";

    /// <summary>Identity's hasher, counting the password checks it makes.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _inner = new(Options.Create(new PasswordHasherOptions { IterationCount = 1 }));
        private int _checks;

        public int Checks => Volatile.Read(ref _checks);

        public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private static async Task LockAsync(HttpClient client, string email)
    {
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(email, $"Wrong-password-{i}", null);
        }
    }

    /// <summary>The problem as a caller sees it, less the trace id that differs on every request.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        fields.Remove("traceId");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {JsonSerializer.Serialize(fields.OrderBy(f => f.Key))}";
    }

    [Fact]
    public async Task The_api_answers_an_unknown_address_a_wrong_password_and_a_locked_account_alike()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();
        await LockAsync(client, Demo.Admin);

        var unknown = await AnswerAsync(await client.LoginAsync(Unknown, Demo.Password, Totp.Next(app, Unknown)));
        var wrong = await AnswerAsync(await client.LoginAsync(Demo.Counsellor, "Wrong-password-123", Totp.Next(app, Demo.Counsellor)));
        var locked = await AnswerAsync(await client.LoginAsync(Demo.Admin, Demo.Password, Totp.Next(app, Demo.Admin)));

        Assert.StartsWith("401 application/problem+json", unknown, StringComparison.Ordinal);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
        // The trail still tells them apart.
        Assert.NotEmpty(await app.AuditAsync(Amuddu.Web.Features.Audit.AuditActions.SignInLockedOut));
    }

    [Fact]
    public async Task The_sign_in_page_answers_an_unknown_address_a_wrong_password_and_a_locked_account_alike()
    {
        await using var app = await AmudduApp.StartAsync();
        await LockAsync(app.CreateClient(), Demo.Admin);

        async Task<string> MessageAsync(string email, string password)
        {
            var response = await app.CreateBrowser("en").SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", email), ("Input.Password", password));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Alert().Match(await response.ReadHtmlAsync()).Groups[1].Value;
        }

        var unknown = await MessageAsync(Unknown, Demo.Password);
        var wrong = await MessageAsync(Demo.Counsellor, "Wrong-password-123");
        var locked = await MessageAsync(Demo.Admin, Demo.Password);

        Assert.Equal("Wrong e-mail address or password (after several failed attempts the account is locked for 15 minutes).", unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
    }

    [Fact]
    public async Task A_password_is_hashed_for_an_unknown_address_and_a_locked_account_as_for_a_real_one()
    {
        await using var app = await AmudduApp.StartAsync();
        var hasher = new CountingHasher();
        await using var counted = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher)));
        var client = counted.CreateClient();
        await LockAsync(client, Demo.Admin);

        async Task<int> ChecksAsync(Func<Task> attempt)
        {
            var before = hasher.Checks;
            await attempt();
            return hasher.Checks - before;
        }

        Assert.Equal(1, await ChecksAsync(() => client.LoginAsync(Demo.Counsellor, "Wrong-password-123", null)));
        Assert.Equal(1, await ChecksAsync(() => client.LoginAsync(Unknown, "Wrong-password-123", null)));
        Assert.Equal(1, await ChecksAsync(() => client.LoginAsync(Demo.Admin, Demo.Password, null)));
        Assert.Equal(1, await ChecksAsync(() => counted.CreateClient(new() { AllowAutoRedirect = false })
            .SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Unknown), ("Input.Password", "Wrong-password-123"))));
        Assert.Equal(1, await ChecksAsync(() => counted.CreateClient(new() { AllowAutoRedirect = false })
            .SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Admin), ("Input.Password", Demo.Password))));
    }

    [GeneratedRegex("<p class=\"error\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex Alert();
}
