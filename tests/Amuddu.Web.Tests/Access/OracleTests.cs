using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Sessions;

namespace Amuddu.Web.Tests.Access;

/// <summary>Answers that must not tell an outsider what exists, and probing that must leave a trace.</summary>
public sealed class OracleTests
{
    [Fact]
    public async Task A_phone_already_registered_for_a_public_session_gets_the_answer_a_new_one_gets()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:PublicRegistrationPerMinute"] = "50" });
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent, capacity: 10);
        var anonymous = app.CreateClient();
        await anonymous.RegisterPubliclyAsync(id, phone: "06 61 23 45 67");

        var again = await anonymous.RegisterPubliclyAsync(id, firstName: "Fatou", phone: "+212 661 234 567");
        var seatsNow = (await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/public/sessions"))!.Single().GetProperty("seatsLeft").GetInt32();
        var fresh = await anonymous.RegisterPubliclyAsync(id, firstName: "Grace", phone: "0662000000");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(fresh.StatusCode, again.StatusCode);
        Assert.Equal(fresh.Headers.Location, again.Headers.Location);
        var repeated = await again.Content.ReadFromJsonAsync<JsonElement>();
        var first = await fresh.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("confirmationQueued").GetBoolean(), repeated.GetProperty("confirmationQueued").GetBoolean());
        // Each answer gives the seats left once it is done: the repeated phone kept its one seat.
        Assert.Equal(seatsNow, repeated.GetProperty("session").GetProperty("seatsLeft").GetInt32());
        Assert.Equal(seatsNow - 1, first.GetProperty("session").GetProperty("seatsLeft").GetInt32());
        Assert.Equal(2, await app.QueryAsync(db => Task.FromResult(db.SessionRegistrations.Count())));

        // The page sends a repeated phone to the confirmation a new one gets.
        async Task<string> PageAsync(string phone) => (await app.CreateBrowser("fr").SubmitFormAsync($"/sessions/{id}", "public-registration",
            ("Input.FirstName", "Youssef"), ("Input.Phone", phone), ("Input.Language", "fr"), ("Input.Channel", "Sms"), ("Input.ContactConsent", "true"))).Target();
        Assert.Equal(await PageAsync("0663000000"), await PageAsync("0663000000"));
        Assert.Equal(await PageAsync("0664000000"), await PageAsync("06 61 23 45 67"));
    }

    [Fact]
    public async Task Many_not_found_answers_on_people_files_are_audited_once_and_shown_to_the_administrators()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        for (var i = 0; i < NotFoundProbes.Threshold - 1; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await counsellor.GetAsync($"/api/v1/people/{Guid.NewGuid()}")).StatusCode);
        }

        Assert.Empty(await app.AuditAsync(AuditActions.ProbingSuspected));
        Assert.Equal(NotFoundProbes.Threshold - 1, (await app.AuditAsync(AuditActions.NotFoundAnswered)).Count);
        // Crossing the line writes one event; going on within the window writes no more.
        for (var i = 0; i < 5; i++)
        {
            await counsellor.GetAsync($"/api/v1/people/{Guid.NewGuid()}/action-plan");
        }

        var reported = Assert.Single(await app.AuditAsync(AuditActions.ProbingSuspected));
        var counsellorId = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == Demo.Counsellor).Id));
        Assert.Equal(counsellorId, reported.UserId);
        // Routes without personal data are not counted.
        await counsellor.GetAsync($"/api/v1/organisations/{Guid.NewGuid()}");
        Assert.Equal(NotFoundProbes.Threshold + 4, (await app.AuditAsync(AuditActions.NotFoundAnswered)).Count);

        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Admin);
        var html = await (await browser.GetAsync("/admin/users")).ReadHtmlAsync();
        var list = html[html.IndexOf("data-list=\"probes\"", StringComparison.Ordinal)..];
        Assert.Contains(Demo.Counsellor, list, StringComparison.Ordinal);
        Assert.Contains($"{NotFoundProbes.Threshold} not-found answers", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_answers_spread_over_more_than_the_window_are_not_reported()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        for (var i = 0; i < NotFoundProbes.Threshold; i++)
        {
            await counsellor.GetAsync($"/api/v1/people/{Guid.NewGuid()}");
            if (i == NotFoundProbes.Threshold / 2)
            {
                app.Clock.Advance(NotFoundProbes.Window + TimeSpan.FromMinutes(1));
                counsellor = await app.ApiClientAsync(Demo.Counsellor);
            }
        }

        Assert.Empty(await app.AuditAsync(AuditActions.ProbingSuspected));
    }
}
