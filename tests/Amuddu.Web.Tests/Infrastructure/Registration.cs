using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Amuddu.Web.Tests.Infrastructure;

public static class Registration
{
    /// <summary>The demo counsellor registers one person through the API; returns the counsellor's client and the person's id.</summary>
    public static async Task<(HttpClient Client, Guid PersonId)> RegisterSomeoneAsync(
        this AmudduApp app, string firstName, string lastName, string nationalityCode, string language = "fr")
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
        return (client, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }
}
