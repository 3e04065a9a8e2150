using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Amuddu.Web.Tests.Infrastructure;

public static class Registration
{
    /// <summary>
    /// The demo counsellor registers one person through the API and, unless <paramref name="minimal"/>,
    /// records the person's consent to processing (signed form, today) so pathway data may be kept.
    /// Returns the counsellor's client and the person's id.
    /// </summary>
    public static async Task<(HttpClient Client, Guid PersonId)> RegisterSomeoneAsync(
        this AmudduApp app, string firstName, string lastName, string nationalityCode, string language = "fr", bool minimal = false)
    {
        var client = await app.ApiClientAsync(Demo.Counsellor, language);
        var site = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == Demo.Counsellor).SiteId!.Value));
        var person = new
        {
            firstName, lastName, sex = "Male", dateOfBirth = "1991-02-14", nationalityCode,
            regionCode = "MA-04", city = "Rabat", heardFrom = "FriendOrFamily", siteId = site,
        };
        var created = await client.PostAsJsonAsync("/api/v1/people", new { person });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var personId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (!minimal)
        {
            await client.GiveProcessingConsentAsync(personId, app.Today);
        }

        return (client, personId);
    }

    public static async Task GiveProcessingConsentAsync(this HttpClient client, Guid personId, DateOnly givenOn)
    {
        var consent = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "Processing", method = "SignedForm", givenOn = givenOn.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
    }
}
