using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Consents;

public sealed class ConsentTests
{
    private static Task<(HttpClient Client, Guid PersonId)> PersonAsync(AmudduApp app, string language = "fr") =>
        app.RegisterSomeoneAsync("Awa", "Ndiaye", "SN", language, minimal: true);

    private static string Today(AmudduApp app) => SiteTime.Today(app.Clock).ToString("yyyy-MM-dd");

    [Fact]
    public async Task Consents_are_recorded_per_purpose_and_a_withdrawal_is_kept_dated()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var entraide = await app.QueryAsync(db => Task.FromResult(db.Organisations.Single(o => o.Acronym == "EN").Id));

        var processing = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "Processing", method = "SignedForm", givenOn = Today(app) });
        var sharing = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "SharingWithPartner", recipientOrganisationId = entraide, method = "OralWithWitness", witnessName = "Aminata Diallo", givenOn = Today(app) });
        Assert.Equal(HttpStatusCode.Created, processing.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sharing.StatusCode);
        var sharingId = (await sharing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var withdrawn = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{sharingId}/withdraw", new { note = "Ne souhaite plus le partage" });
        var again = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{sharingId}/withdraw", new { note = (string?)null });

        Assert.Equal("Withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        await again.ProblemAsync(HttpStatusCode.Conflict);
        var list = await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{personId}/consents");
        Assert.Equal(["Active", "Withdrawn"], list!.Select(c => c.GetProperty("state").GetString()).Order());
        Assert.Single(await app.AuditAsync(AuditActions.ConsentWithdrawn));
        Assert.Equal(2, (await app.AuditAsync(AuditActions.ConsentRecorded)).Count);
    }

    [Fact]
    public async Task A_consent_past_its_end_of_validity_is_expired()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var today = SiteTime.Today(app.Clock);

        await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "ContactBySmsOrWhatsApp", method = "SignedForm", givenOn = today.ToString("yyyy-MM-dd"), expiresOn = today.AddDays(30).ToString("yyyy-MM-dd") });
        app.Clock.Advance(TimeSpan.FromDays(31));
        client = await app.ApiClientAsync(Demo.Counsellor);

        var list = await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{personId}/consents");
        Assert.Equal("Expired", Assert.Single(list!).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Bad_consents_are_refused_naming_the_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app, "en");
        var today = SiteTime.Today(app.Clock);

        async Task<JsonElement> ErrorsAsync(object body) =>
            (await (await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents", body)).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

        var empty = await ErrorsAsync(new { });
        Assert.True(empty.TryGetProperty("purpose", out _) && empty.TryGetProperty("method", out _) && empty.TryGetProperty("givenOn", out _));
        Assert.True((await ErrorsAsync(new { purpose = "SharingWithPartner", method = "SignedForm", givenOn = today })).TryGetProperty("recipientOrganisationId", out _));
        Assert.True((await ErrorsAsync(new { purpose = "Statistics", recipientKind = "Ngo", method = "SignedForm", givenOn = today })).TryGetProperty("recipientOrganisationId", out _));
        Assert.True((await ErrorsAsync(new { purpose = "Processing", method = "OralWithWitness", givenOn = today })).TryGetProperty("witnessName", out _));
        Assert.True((await ErrorsAsync(new { purpose = "Processing", method = "SignedForm", givenOn = today.AddDays(1) })).TryGetProperty("givenOn", out _));
        Assert.True((await ErrorsAsync(new { purpose = "Processing", method = "SignedForm", givenOn = today, expiresOn = today })).TryGetProperty("expiresOn", out _));
        Assert.True((await ErrorsAsync(new { purpose = "Processing", method = "SignedForm", givenOn = "31/02/2026" })).TryGetProperty("givenOn", out _));
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.Consents.Count())));
    }

    [Fact]
    public async Task Another_organisation_cannot_read_record_or_withdraw_a_person_s_consents()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var created = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { purpose = "Processing", method = "SignedForm", givenOn = Today(app) });
        var consentId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);

        await (await ngo.GetAsync($"/api/v1/people/{personId}/consents")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { purpose = "Statistics", method = "SignedForm", givenOn = Today(app) })).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{consentId}/withdraw", new { })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/v1/people/{Guid.NewGuid()}/consents/{consentId}/withdraw", new { })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(await app.QueryAsync(db => Task.FromResult(db.Consents.Single().WithdrawnAt)));
    }

    [Fact]
    public async Task The_file_page_records_and_withdraws_consents()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await PersonAsync(app);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/consents";

        var missingWitness = await browser.SubmitFormAsync(page, "record-consent",
            ("Consent.Purpose", "Processing"), ("Consent.Method", "OralWithWitness"), ("Consent.GivenOn", Today(app)));
        Assert.Contains("Le champ « Nom du témoin » est obligatoire.", await missingWitness.ReadHtmlAsync(), StringComparison.Ordinal);

        var recorded = await browser.SubmitFormAsync(page, "record-consent",
            ("Consent.Purpose", "Processing"), ("Consent.Method", "OralWithWitness"), ("Consent.WitnessName", "Karim"), ("Consent.GivenOn", Today(app)));
        var html = await recorded.ReadHtmlAsync();
        Assert.Contains("Traitement du dossier pour l'accompagnement vers l'emploi", html, StringComparison.Ordinal);
        Assert.Contains("En vigueur", html, StringComparison.Ordinal);

        var consentId = await app.QueryAsync(db => Task.FromResult(db.Consents.Single().Id));
        var withdrawn = await browser.SubmitFormAsync(page, "withdraw-consent", ("WithdrawId", consentId.ToString()));
        Assert.Contains("Consentement retiré.", await withdrawn.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.NotNull(await app.QueryAsync(db => Task.FromResult(db.Consents.Single().WithdrawnAt)));
    }

    [Theory]
    [InlineData("Consent.GivenOn", "Donné le")]
    [InlineData("Consent.ExpiresOn", "Valable jusqu'au")]
    public async Task The_consent_form_takes_dates_typed_day_first_and_refuses_one_that_is_not_a_date(string field, string label)
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await PersonAsync(app);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/consents";
        var today = SiteTime.Today(app.Clock);

        var wrong = await (await browser.SubmitFormAsync(page, "record-consent",
            ("Consent.Purpose", "Processing"), ("Consent.Method", "SignedForm"), (field, "31/02/2027"))).ReadHtmlAsync();
        Assert.Contains($"{label} : « 31/02/2027 » n'est pas une date.", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2027\"", wrong, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.Consents.Count())));

        var givenOn = today.AddDays(-2);
        var expiresOn = today.AddYears(1);
        await browser.SubmitFormAsync(page, "record-consent", ("Consent.Purpose", "Processing"), ("Consent.Method", "SignedForm"),
            ("Consent.GivenOn", givenOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            ("Consent.ExpiresOn", expiresOn.ToString("d-M-yyyy", CultureInfo.InvariantCulture)));
        var stored = await app.QueryAsync(db => Task.FromResult(db.Consents.Select(c => new { c.GivenOn, c.ExpiresOn }).Single()));
        Assert.Equal(givenOn, stored.GivenOn);
        Assert.Equal(expiresOn, stored.ExpiresOn);
    }
}
