using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Rights;

/// <summary>People with something in every existing area, for the rights tests.</summary>
internal static class RightsData
{
    public const string SelfEmploymentCounsellor = "self-employment@demo.amuddu.test";

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    /// <summary>Registers a person with contacts and an address (answering "not the same person" to any likely duplicate), with a consent to processing unless minimal.</summary>
    public static async Task<Guid> RegisterAsync(
        AmudduApp app, HttpClient client, string firstName, string lastName, string phone, bool minimal = false, string? staff = null)
    {
        var email = staff ?? Demo.Counsellor;
        var site = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).SiteId!.Value));
        var person = new
        {
            firstName, lastName, sex = "Female", dateOfBirth = "1994-07-21", nationalityCode = "SN", languages = new[] { "fr", "wo" },
            phone, email = $"{firstName.ToLowerInvariant()}@example.org", regionCode = "MA-06", city = "Casablanca",
            neighbourhood = "Hay Hassani", householdSize = 3, heardFrom = "Ngo", siteId = site,
        };
        var response = await client.PostAsJsonAsync("/api/v1/people", new { person });
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            var candidates = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidates").EnumerateArray()
                .Select(c => c.GetProperty("personId").GetGuid()).ToArray();
            response = await client.PostAsJsonAsync("/api/v1/people", new { person, notDuplicateOf = candidates });
        }

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var personId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (!minimal)
        {
            await client.GiveProcessingConsentAsync(personId, app.Today);
        }

        return personId;
    }

    public static async Task<Guid> AddDocumentAsync(HttpClient client, Guid personId, string number, bool withScan = false)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents",
            new { typeCode = "RESIDENCE_CARD", number, issuingAuthority = "DGSN Casablanca", issuedOn = "2024-03-01", expiresOn = "2027-03-01" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var documentId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (withScan)
        {
            var scan = await client.PutAsync($"/api/v1/people/{personId}/documents/{documentId}/scan",
                new ByteArrayContent(Png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } });
            Assert.Equal(HttpStatusCode.NoContent, scan.StatusCode);
        }

        return documentId;
    }

    public static async Task<Guid> WitnessedConsentAsync(HttpClient client, Guid personId, DateOnly today, string purpose, string witness)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose, method = "OralWithWitness", witnessName = witness, givenOn = today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> PersonAsync(HttpClient client, Guid personId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}");

    public static async Task<long> VersionAsync(HttpClient client, Guid personId) =>
        (await PersonAsync(client, personId)).GetProperty("version").GetInt64();

    public static async Task<string> FileNumberAsync(HttpClient client, Guid personId) =>
        (await PersonAsync(client, personId)).GetProperty("fileNumber").GetString()!;

    public static async Task<List<Guid>> SearchAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people?query={Uri.EscapeDataString(query)}"))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    public static Task<HttpResponseMessage> EraseAsync(HttpClient client, Guid personId, string? confirmation, string? reason = "PersonRequest") =>
        client.PostAsJsonAsync($"/api/v1/people/{personId}/erase", new { reason, note = "Demande écrite reçue à l'accueil", fileNumberConfirmation = confirmation });
}
