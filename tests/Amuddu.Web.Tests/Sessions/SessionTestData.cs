using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Sessions;

/// <summary>Sessions planned and published through the API, and people registered for them.</summary>
internal static class SessionTestData
{
    public static readonly string Agent = $"agent@{DemoAccounts.Domain}";

    public static Task<Guid> UserIdAsync(this AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<Guid> SiteOfAsync(this AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.SiteId!.Value).SingleAsync());

    /// <summary>Some days ahead, at a whole hour on the Casablanca clock.</summary>
    public static DateTimeOffset At(this AmudduApp app, int days, int hour = 10) =>
        SiteTime.FromLocal(SiteTime.Today(app.Clock).AddDays(days), new TimeOnly(hour, 0));

    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ssK");

    public static async Task<object> SessionBodyAsync(this AmudduApp app, int days = 5, int capacity = 20, string title = "Les formations qualifiantes",
        string language = "fr", long version = 0) => new
    {
        siteId = await app.SiteOfAsync(Demo.Counsellor),
        topic = "VocationalTraining",
        title,
        startsAt = Iso(app.At(days)),
        durationMinutes = 90,
        place = (string?)null,
        language,
        capacity,
        agentId = await app.UserIdAsync(Agent),
        counsellorId = await app.UserIdAsync(Demo.Counsellor),
        version,
    };

    public static async Task<JsonElement> PlannedAsync(this AmudduApp app, HttpClient client, int days = 5, int capacity = 20, string title = "Les formations qualifiantes")
    {
        var response = await client.PostAsJsonAsync("/api/v1/info-sessions", await app.SessionBodyAsync(days, capacity, title));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Planned then published: on the public calendar.</summary>
    public static async Task<Guid> PublishedAsync(this AmudduApp app, HttpClient client, int days = 5, int capacity = 20, string title = "Les formations qualifiantes")
    {
        var planned = await app.PlannedAsync(client, days, capacity, title);
        var id = planned.GetProperty("id").GetGuid();
        var published = await client.PostAsJsonAsync($"/api/v1/info-sessions/{id}/publish", new { version = planned.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    public static async Task<long> VersionAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/info-sessions/{id}")).GetProperty("session").GetProperty("version").GetInt64();

    public static Task<HttpResponseMessage> RegisterPubliclyAsync(this HttpClient anonymous, Guid id, string firstName = "Fatoumata", string? phone = "06 61 23 45 67",
        string? email = null, string language = "fr", string? channel = "Sms", bool consent = true) =>
        anonymous.PostAsJsonAsync($"/api/v1/public/sessions/{id}/registrations",
            new { firstName, lastName = "Keita", phone, email, language, channel, contactConsent = consent });

    /// <summary>An open pre-registration of the organisation, as the outreach work leaves them.</summary>
    public static Task<Guid> PreRegisteredAsync(this AmudduApp app, string email, string firstName = "Moussa", bool consent = true) =>
        app.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var pre = new PreRegistration
            {
                OrganisationId = user.OrganisationId, SiteId = user.SiteId, Source = PreRegistrationSource.Outreach, FirstName = firstName,
                LastName = "Traoré", Language = "fr", Phone = "+212661000111", ContactConsent = consent, ContactChannel = consent ? ContactChannel.Sms : null,
                Status = PreRegistrationStatus.Open,
            };
            db.PreRegistrations.Add(pre);
            await db.SaveChangesAsync();
            return pre.Id;
        });

    public static Task<List<OutboxMessage>> OutboxAsync(this AmudduApp app) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.DeduplicationKey).ToListAsync());
}
