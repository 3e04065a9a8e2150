using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Referrals.Lifecycle;

/// <summary>
/// A referral already sent by the employment agency's counsellor to an Entraide Nationale service, made
/// without the sending side's endpoints: the person is registered, their consent to sharing with Entraide
/// Nationale recorded through the consents API, and the referral written to the database.
/// </summary>
public static class LifecycleTestData
{
    public const string ReferralRoutes = "/api/v1/referrals";

    public sealed record SentReferral(
        Guid Id, string Reference, Guid PersonId, Guid ConsentId, Guid OfferId, Guid AnapecId, Guid EntraideId, HttpClient Counsellor, HttpClient Caseworker);

    /// <summary>
    /// <paramref name="consentAllows"/> is what the consent covers (the consents API records identity only,
    /// a wider scope is written directly); <paramref name="shared"/> what the referral shares.
    /// </summary>
    public static async Task<SentReferral> SendReferralAsync(
        this AmudduApp app, SharedData shared = SharedData.Identity, SharedData? consentAllows = null, string firstName = "Awa", int respondInDays = 7, string lastName = "Sow", string nationalityCode = "SN")
    {
        if (!await app.QueryAsync(db => db.Offers.AnyAsync()))
        {
            await app.SeedDemoCatalogueAsync();
        }

        var (counsellor, personId) = await app.RegisterSomeoneAsync(firstName, lastName, nationalityCode, "en");
        var (anapec, entraide) = await app.QueryAsync(async db => (
            (await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Anapec)).Id,
            (await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.EntraideNationale)).Id));
        var consent = await counsellor.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new
        {
            purpose = "sharingWithPartner", recipientOrganisationId = entraide, method = "SignedForm", givenOn = app.Today.ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        var consentId = (await consent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (consentAllows is { } allows)
        {
            await app.QueryAsync(db => db.Consents.Where(c => c.Id == consentId).ExecuteUpdateAsync(s => s.SetProperty(c => c.SharedData, allows)));
        }

        var referral = await app.QueryAsync(async db =>
        {
            var offer = await db.Offers.Where(o => o.OrganisationId == entraide && o.Status == OfferStatus.Published).OrderBy(o => o.CreatedAt).FirstAsync();
            var sender = await db.Users.SingleAsync(u => u.Email == Demo.Counsellor);
            var id = Guid.CreateVersion7();
            var now = app.Clock.GetUtcNow();
            var r = new Referral
            {
                Id = id,
                Reference = ReferralAccess.NewReference(id),
                PersonId = personId,
                SenderOrganisationId = anapec,
                SenderSiteId = sender.SiteId,
                SenderUserId = sender.Id,
                OfferId = offer.Id,
                RecipientOrganisationId = entraide,
                Status = ReferralStatus.Sent,
                Urgency = ReferralUrgency.Soon,
                Reason = "Souhaite une formation qualifiante en couture.",
                Request = "Inscription à la prochaine session.",
                RespondBy = app.Today.AddDays(respondInDays),
                SharedData = shared,
                ConsentId = consentId,
                SentAt = now,
            };
            db.Referrals.Add(r);
            db.ReferralEvents.Add(new ReferralEvent
            {
                ReferralId = id, At = now, ByUserId = sender.Id, ByOrganisationId = anapec, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Sent,
            });
            await db.SaveChangesAsync();
            return r;
        });

        return new SentReferral(referral.Id, referral.Reference, personId, consentId, referral.OfferId, anapec, entraide,
            counsellor, await app.ApiClientAsync(Demo.Caseworker, "en"));
    }

    public static async Task<JsonElement> ReadReferralAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{ReferralRoutes}/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static async Task<long> VersionAsync(this HttpClient client, Guid id) => (await client.ReadReferralAsync(id)).GetProperty("version").GetInt64();

    public static Task<HttpResponseMessage> MoveReferralAsync(this HttpClient client, Guid id, string action, object body) =>
        client.PostAsJsonAsync($"{ReferralRoutes}/{id}/{action}", body);

    /// <summary>Makes the move with the current version, and checks it went through.</summary>
    public static async Task<JsonElement> MoveOkAsync(this HttpClient client, Guid id, string action, Dictionary<string, object?>? fields = null)
    {
        var body = new Dictionary<string, object?>(fields ?? []) { ["version"] = await client.VersionAsync(id) };
        var response = await client.MoveReferralAsync(id, action, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static string Status(this JsonElement referral) => referral.GetProperty("status").GetString()!;
}
