using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Referrals.Sending;

/// <summary>A person of ANAPEC's (the demo counsellor's) to refer to Entraide Nationale's sewing training in Rabat, from the demo catalogue.</summary>
public sealed record SendingCase(HttpClient Client, Guid PersonId, Guid OfferId, Guid EntraideId);

public static class SendingTestData
{
    public const string ReferralsUrl = "/api/v1/referrals";
    public const string Entraide = DemoOrganisations.EntraideNationale;

    public static async Task<SendingCase> PrepareAsync(AmudduApp app, bool minimal = false)
    {
        await app.SeedDemoCatalogueAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Ndiaye", "SN", "fr", minimal);
        var (offerId, entraideId) = await app.QueryAsync(async db =>
        {
            var entraide = await db.Organisations.SingleAsync(o => o.Name == Entraide);
            var offer = await db.Offers.SingleAsync(o => o.OrganisationId == entraide.Id && o.OccupationCode == "OCC-TAILOR");
            Assert.Equal(OfferStatus.Published, offer.Status);
            return (offer.Id, entraide.Id);
        });
        return new SendingCase(client, personId, offerId, entraideId);
    }

    /// <summary>A consent to sharing with Entraide Nationale (or, with <paramref name="kind"/>, with any organisation of that kind).</summary>
    public static async Task<JsonElement> ShareAsync(this AmudduApp app, SendingCase c, string[] parts, string? kind = null)
    {
        var response = await c.Client.PostAsJsonAsync($"/api/v1/people/{c.PersonId}/consents", new
        {
            purpose = "SharingWithPartner",
            recipientOrganisationId = kind is null ? c.EntraideId : (Guid?)null,
            recipientKind = kind,
            method = "SignedForm",
            givenOn = app.Today.ToString("yyyy-MM-dd"),
            sharedData = parts,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static Dictionary<string, object?> Body(SendingCase c, bool send = false, params string[] parts) => new()
    {
        ["personId"] = c.PersonId,
        ["offerId"] = c.OfferId,
        ["reason"] = "Souhaite apprendre la couture pour travailler dans un atelier.",
        ["request"] = "Inscription à la prochaine session.",
        ["urgency"] = "Routine",
        ["sharedData"] = parts.Length == 0 ? ["Identity"] : parts,
        ["send"] = send,
    };

    public static async Task<JsonElement> CreateAsync(this SendingCase c, Dictionary<string, object?> body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await c.Client.PostAsJsonAsync(ReferralsUrl, body);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, Guid id, long version) =>
        client.PostAsJsonAsync($"{ReferralsUrl}/{id}/send", new { version });

    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static long Version(this JsonElement e) => e.GetProperty("version").GetInt64();
}
