using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Outreach;

public sealed class OutreachTests
{
    public static readonly string Agent = $"agent@{DemoAccounts.Domain}";

    public static Task<Guid> UserIdAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<Guid> SiteOfAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.SiteId!.Value).SingleAsync());

    public static async Task<object> ActivityAsync(AmudduApp app, string status = "Planned", DateTimeOffset? at = null, long version = 0) => new
    {
        plannedAt = at ?? app.Clock.GetUtcNow().AddDays(2),
        status,
        regionCode = "MA-06",
        city = "Casablanca",
        neighbourhood = "Derb Ghallef",
        venueType = "Market",
        venueName = "Souk Derb Ghallef",
        agentIds = new[] { await UserIdAsync(app, Agent), await UserIdAsync(app, Demo.Counsellor) },
        languages = new[] { "fr", "wo" },
        reached = new[] { new { sex = "Female", ageBand = "From18To24", count = 7 }, new { sex = "Male", ageBand = "From25To34", count = 5 } },
        nationalities = new[] { new { nationalityCode = "SN", count = 6 }, new { nationalityCode = "CI", count = 4 } },
        materials = new[] { new { kind = "Leaflet", count = 40 } },
        followUpsPromised = 3,
        followUpsText = "Rappeler trois personnes pour la séance de jeudi",
        notes = "Bon accueil des commerçants",
        version,
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static async Task<JsonElement> PreRegisterAsync(HttpClient client, string firstName = "Fatou", string lastName = "Sarr",
        string? phone = "06 12 34 56 78", string? channel = "WhatsApp", Guid? activityId = null, string sex = "Female")
    {
        var response = await client.PostAsJsonAsync("/api/v1/outreach/pre-registrations", new
        {
            firstName, lastName, sex, nationalityCode = "SN", language = "fr", phone,
            interests = new[] { "VocationalTraining", "JobSearch" }, contactConsent = channel is not null, contactChannel = channel,
            outreachActivityId = activityId,
        });
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_agent_plans_an_activity_then_logs_it_on_the_spot_and_a_stale_change_gets_409()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent);

        var planned = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/outreach/activities", await ActivityAsync(app, at: app.Clock.GetUtcNow().AddMinutes(2))), HttpStatusCode.Created);
        var id = planned.GetProperty("id").GetGuid();
        Assert.Equal(12, planned.GetProperty("reachedTotal").GetInt32());
        Assert.Equal(await SiteOfAsync(app, Agent), planned.GetProperty("siteId").GetGuid());
        Assert.Equal(2, planned.GetProperty("agentIds").GetArrayLength());

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var done = await ActivityAsync(app, "Done", app.Clock.GetUtcNow().AddMinutes(-3), planned.GetProperty("version").GetInt64());
        var logged = await JsonAsync(await agent.PutAsJsonAsync($"/api/v1/outreach/activities/{id}", done), HttpStatusCode.OK);
        var stale = await agent.PutAsJsonAsync($"/api/v1/outreach/activities/{id}", done);

        Assert.Equal("Done", logged.GetProperty("status").GetString());
        Assert.NotEqual(planned.GetProperty("version").GetInt64(), logged.GetProperty("version").GetInt64());
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        var read = await JsonAsync(await agent.GetAsync($"/api/v1/outreach/activities/{id}"), HttpStatusCode.OK);
        Assert.Equal(["CI", "SN"], read.GetProperty("nationalities").EnumerateArray().Select(n => n.GetProperty("nationalityCode").GetString()).Order());
        Assert.Equal(40, read.GetProperty("materials")[0].GetProperty("count").GetInt32());
        var list = await JsonAsync(await agent.GetAsync("/api/v1/outreach/activities"), HttpStatusCode.OK);
        Assert.Contains(list.EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        Assert.Single(await app.AuditAsync(OutreachAudit.ActivityRecorded));
        Assert.Single(await app.AuditAsync(OutreachAudit.ActivityUpdated));
    }

    [Fact]
    public async Task A_bad_activity_gets_400_naming_each_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent, "en");
        var ngoCounsellor = await UserIdAsync(app, Demo.NgoCounsellor);
        var ngoSite = await SiteOfAsync(app, Demo.NgoCounsellor);

        var response = await agent.PostAsJsonAsync("/api/v1/outreach/activities", new
        {
            plannedAt = app.Clock.GetUtcNow().AddYears(3), status = "Planned", siteId = ngoSite, regionCode = "MA-99", city = " ",
            agentIds = new[] { ngoCounsellor }, languages = new[] { "xx" },
            reached = new[] { new { sex = "Female", ageBand = "Under18", count = -1 } },
            nationalities = new[] { new { nationalityCode = "ZZ", count = 2 } },
            materials = new[] { new { kind = "Poster", count = 1 }, new { kind = "Poster", count = 2 } },
            followUpsPromised = -4, notes = new string('n', 2001),
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "plannedAt", "siteId", "regionCode", "city", "venueType", "agentIds", "languages", "reached", "nationalities", "materials", "followUpsPromised", "notes" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var noAgents = await agent.PostAsJsonAsync("/api/v1/outreach/activities", new { plannedAt = app.Clock.GetUtcNow(), status = "Planned", regionCode = "MA-06", city = "Casablanca", venueType = "Market" });
        Assert.Contains("at least one agent", (await noAgents.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("agentIds")[0].GetString());
        var unknownVenue = await agent.PostAsJsonAsync("/api/v1/outreach/activities", new { venueType = "Stadium" });
        Assert.True((await unknownVenue.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("venueType", out _));
        var doneInFuture = await agent.PostAsJsonAsync("/api/v1/outreach/activities", await ActivityAsync(app, "Done", app.Clock.GetUtcNow().AddDays(2)));
        Assert.True((await doneInFuture.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("plannedAt", out _));
    }

    [Fact]
    public async Task Another_organisation_finds_neither_activities_nor_pre_registrations()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent);
        var activity = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/outreach/activities", await ActivityAsync(app)), HttpStatusCode.Created);
        var activityId = activity.GetProperty("id").GetGuid();
        var pre = await PreRegisterAsync(agent, activityId: activityId);
        var preId = pre.GetProperty("id").GetGuid();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);

        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/outreach/activities/{activityId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PutAsJsonAsync($"/api/v1/outreach/activities/{activityId}", await ActivityAsync(app, version: activity.GetProperty("version").GetInt64()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/outreach/pre-registrations/{preId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{preId}/close", new { reason = "Mistake", version = pre.GetProperty("version").GetInt64() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/outreach/pre-registrations/{preId}/conversion")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{preId}/convert", new { existingPersonId = Guid.NewGuid(), version = 1 })).StatusCode);
        Assert.Empty((await JsonAsync(await ngo.GetAsync("/api/v1/outreach/activities"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Empty((await JsonAsync(await ngo.GetAsync("/api/v1/outreach/pre-registrations"), HttpStatusCode.OK)).EnumerateArray());
        var ngoPre = await ngo.PostAsJsonAsync("/api/v1/outreach/pre-registrations", new { firstName = "Awa", language = "fr", outreachActivityId = activityId });
        Assert.True((await ngoPre.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("outreachActivityId", out _));
        var funnel = await JsonAsync(await ngo.GetAsync("/api/v1/outreach/funnel"), HttpStatusCode.OK);
        Assert.Equal(0, funnel.GetProperty("total").GetProperty("preRegistered").GetInt32());
    }

    [Fact]
    public async Task A_pre_registration_keeps_a_phone_only_with_consent_to_be_contacted()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent, "en");

        var pre = await PreRegisterAsync(agent);
        Assert.Equal("+212612345678", pre.GetProperty("phone").GetString());
        Assert.Equal("Outreach", pre.GetProperty("source").GetString());
        Assert.Equal(await UserIdAsync(app, Agent), pre.GetProperty("agentId").GetGuid());
        Assert.Equal("WhatsApp", pre.GetProperty("contactChannel").GetString());
        Assert.Single(await app.AuditAsync(OutreachAudit.PreRegistered));

        async Task<JsonElement> ErrorsAsync(object body) =>
            (await (await agent.PostAsJsonAsync("/api/v1/outreach/pre-registrations", body)).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.True((await ErrorsAsync(new { firstName = "Awa", language = "fr", phone = "0612345678", contactConsent = false })).TryGetProperty("contactConsent", out _));
        Assert.True((await ErrorsAsync(new { firstName = "Awa", language = "fr", contactConsent = true, contactChannel = "Sms" })).TryGetProperty("phone", out _));
        Assert.True((await ErrorsAsync(new { firstName = "Awa", language = "fr", contactConsent = true, contactChannel = "Email" })).TryGetProperty("email", out _));
        Assert.True((await ErrorsAsync(new { firstName = "Awa", language = "fr", contactConsent = true })).TryGetProperty("contactChannel", out _));
        var many = await ErrorsAsync(new { firstName = "", language = "zz", nationalityCode = "ZZ", phone = "12", email = "not-an-email", contactConsent = true, contactChannel = "Sms", lastName = new string('x', 101) });
        foreach (var field in new[] { "firstName", "lastName", "language", "nationalityCode", "phone", "email" })
        {
            Assert.True(many.TryGetProperty(field, out _), field);
        }

        Assert.True((await ErrorsAsync(new { firstName = "Awa", language = "fr", contactChannel = "Pigeon" })).TryGetProperty("contactChannel", out _));
        var withoutConsent = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/outreach/pre-registrations", new { firstName = "Moussa", language = "bm", contactChannel = "Sms" }), HttpStatusCode.Created);
        Assert.False(withoutConsent.GetProperty("contactConsent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, withoutConsent.GetProperty("contactChannel").ValueKind);
    }

    [Fact]
    public async Task Agents_see_only_their_own_pre_registrations_and_counsellors_the_organisations_open_ones()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent);
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var mine = (await PreRegisterAsync(agent, "Fatou")).GetProperty("id").GetGuid();
        var theirs = (await PreRegisterAsync(counsellor, "Ibrahima", "Diop")).GetProperty("id").GetGuid();

        var agentList = await JsonAsync(await agent.GetAsync("/api/v1/outreach/pre-registrations"), HttpStatusCode.OK);
        var counsellorList = await JsonAsync(await counsellor.GetAsync("/api/v1/outreach/pre-registrations"), HttpStatusCode.OK);

        Assert.Equal([mine], agentList.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal([mine, theirs], counsellorList.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/outreach/pre-registrations/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await counsellor.GetAsync($"/api/v1/outreach/pre-registrations/{mine}")).StatusCode);
        Assert.Single(await app.AuditAsync(OutreachAudit.PreRegistrationViewed));
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{mine}/convert", new { existingPersonId = Guid.NewGuid(), version = 1 })).StatusCode);
    }

    [Fact]
    public async Task Closing_with_erase_blanks_the_identity_and_a_closed_one_cannot_be_closed_or_converted_again()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent);
        var pre = await PreRegisterAsync(agent);
        var id = pre.GetProperty("id").GetGuid();
        var version = pre.GetProperty("version").GetInt64();

        var noReason = await agent.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/close", new { version });
        Assert.True((await noReason.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        var stale = await agent.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/close", new { reason = "Declined", erase = true, version = version - 1 });
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        var closed = await JsonAsync(await agent.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/close", new { reason = "Declined", erase = true, version }), HttpStatusCode.OK);
        var again = await agent.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/close", new { reason = "Declined", version = closed.GetProperty("version").GetInt64() });
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var convert = await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", new { existingPersonId = Guid.NewGuid(), version = closed.GetProperty("version").GetInt64() });

        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("Declined", closed.GetProperty("closeReason").GetString());
        await again.ProblemAsync(HttpStatusCode.Conflict);
        await convert.ProblemAsync(HttpStatusCode.Conflict);
        var stored = await app.QueryAsync(db => db.PreRegistrations.SingleAsync(p => p.Id == id));
        Assert.Equal("", stored.FirstName);
        Assert.Null(stored.LastName);
        Assert.Null(stored.Phone);
        Assert.NotNull(stored.ErasedAt);
        Assert.Equal(Sex.Female, stored.Sex);
        Assert.Equal("SN", stored.NationalityCode);
        Assert.Single(await app.AuditAsync(OutreachAudit.PreRegistrationClosed));
    }

    [Fact]
    public async Task A_counsellor_converts_into_a_new_file_carrying_the_contact_consent_and_the_session_places()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent);
        var activity = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/outreach/activities", await ActivityAsync(app)), HttpStatusCode.Created);
        var pre = await PreRegisterAsync(agent, "Mariama", "Baldé", activityId: activity.GetProperty("id").GetGuid());
        var id = pre.GetProperty("id").GetGuid();
        var sessionId = await SessionWithAttendanceAsync(app, id);
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);

        var proposal = await JsonAsync(await counsellor.GetAsync($"/api/v1/outreach/pre-registrations/{id}/conversion"), HttpStatusCode.OK);
        var person = proposal.GetProperty("person");
        Assert.Equal("Mariama", person.GetProperty("firstName").GetString());
        Assert.Equal("+212612345678", person.GetProperty("whatsApp").GetString());
        Assert.Equal("CommunityAgent", person.GetProperty("heardFrom").GetString());
        Assert.Equal("Derb Ghallef", person.GetProperty("neighbourhood").GetString());
        Assert.Equal("MA-06", person.GetProperty("regionCode").GetString());

        var incomplete = await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", new { person = new { firstName = "Mariama" }, version = pre.GetProperty("version").GetInt64() });
        Assert.True((await incomplete.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("lastName", out _));
        var both = await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", new { version = pre.GetProperty("version").GetInt64() });
        Assert.True((await both.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("existingPersonId", out _));

        // The refused attempt left the pre-registration as it was: the same version still converts.
        var body = new { person = JsonSerializer.Deserialize<Dictionary<string, object?>>(person.GetRawText()), version = pre.GetProperty("version").GetInt64() };
        var converted = await JsonAsync(await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", body), HttpStatusCode.OK);
        var twice = await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", body);

        await twice.ProblemAsync(HttpStatusCode.Conflict);
        Assert.True(converted.GetProperty("newFile").GetBoolean());
        var personId = converted.GetProperty("personId").GetGuid();
        var file = await app.QueryAsync(db => db.People.SingleAsync(p => p.Id == personId));
        Assert.Equal(HeardFrom.CommunityAgent, file.HeardFrom);
        var consent = await app.QueryAsync(db => db.Consents.SingleAsync(c => c.PersonId == personId));
        Assert.Equal(ConsentPurpose.ContactBySmsOrWhatsApp, consent.Purpose);
        Assert.Equal(ConsentMethod.OralWithWitness, consent.Method);
        Assert.Equal("Aminata Diallo", consent.WitnessName);
        var place = await app.QueryAsync(db => db.SessionRegistrations.SingleAsync(r => r.SessionId == sessionId));
        Assert.Equal(personId, place.PersonId);
        Assert.Equal(SessionFollowUp.ConvertedToFile, place.FollowUp);
        var stored = await app.QueryAsync(db => db.PreRegistrations.SingleAsync(p => p.Id == id));
        Assert.Equal(PreRegistrationStatus.Converted, stored.Status);
        Assert.Equal(personId, stored.PersonId);
        Assert.Equal(await UserIdAsync(app, Demo.Counsellor), stored.ConvertedBy);
        Assert.Single(await app.AuditAsync(OutreachAudit.PreRegistrationConverted));
    }

    [Fact]
    public async Task A_counsellor_links_the_existing_file_the_duplicate_check_finds()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var agent = await app.ApiClientAsync(Agent);
        var pre = await PreRegisterAsync(agent, "Awa", "Sow", channel: null, phone: null, sex: "Male");
        var id = pre.GetProperty("id").GetGuid();

        var proposal = await JsonAsync(await counsellor.GetAsync($"/api/v1/outreach/pre-registrations/{id}/conversion"), HttpStatusCode.OK);
        Assert.Contains(proposal.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("personId").GetGuid() == personId);

        // Registering anew is stopped by the duplicate check, and the pre-registration stays open.
        var asNew = await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", new
        {
            person = new { firstName = "Awa", lastName = "Sow", sex = "Male", dateOfBirth = "1991-02-14", nationalityCode = "SN", regionCode = "MA-04", city = "Rabat", heardFrom = "CommunityAgent", siteId = await SiteOfAsync(app, Demo.Counsellor) },
            version = pre.GetProperty("version").GetInt64(),
        });
        Assert.Equal("https://amuddu.org/problems/possible-duplicates", (await asNew.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(PreRegistrationStatus.Open, await app.QueryAsync(db => db.PreRegistrations.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));

        var unknown = await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", new { existingPersonId = Guid.NewGuid(), version = pre.GetProperty("version").GetInt64() });
        Assert.True((await unknown.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("existingPersonId", out _));

        var linked = await JsonAsync(await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert",
            new { existingPersonId = personId, version = pre.GetProperty("version").GetInt64() }), HttpStatusCode.OK);

        Assert.False(linked.GetProperty("newFile").GetBoolean());
        Assert.Equal(personId, linked.GetProperty("personId").GetGuid());
        Assert.Equal(1, await app.QueryAsync(db => db.People.CountAsync()));
        // Without a consent to be contacted, none is carried.
        Assert.False(await app.QueryAsync(db => db.Consents.AnyAsync(c => c.PersonId == personId && c.Purpose == ConsentPurpose.ContactBySmsOrWhatsApp)));

        // The file's export and erasure cover the pre-registration.
        var export = await JsonAsync(await counsellor.GetAsync($"/api/v1/people/{personId}/export"), HttpStatusCode.OK);
        Assert.Contains("Awa", export.GetRawText(), StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().Single(s => s.Name == "preRegistrations");
            var exported = JsonSerializer.Serialize(await section.ExportAsync(personId, CancellationToken.None));
            Assert.Contains("\"FirstName\":\"Awa\"", exported, StringComparison.Ordinal);
            Assert.NotEmpty(await section.TimelineAsync(personId, CancellationToken.None));
            await section.EraseAsync(personId, CancellationToken.None);
        }

        var erased = await app.QueryAsync(db => db.PreRegistrations.SingleAsync(p => p.Id == id));
        Assert.Equal("", erased.FirstName);
        Assert.Null(erased.LastName);
        Assert.NotNull(erased.ErasedAt);
        Assert.Equal(PreRegistrationStatus.Converted, erased.Status);
    }

    public static async Task<Guid> SessionWithAttendanceAsync(AmudduApp app, Guid preRegistrationId, RegistrationStatus status = RegistrationStatus.Attended)
    {
        var site = await SiteOfAsync(app, Demo.Counsellor);
        return await app.QueryAsync(async db =>
        {
            var organisationId = await db.Sites.Where(s => s.Id == site).Select(s => s.OrganisationId).SingleAsync();
            var session = new InfoSession
            {
                OrganisationId = organisationId, SiteId = site, Title = "Séance d'information", Language = "fr",
                StartsAt = app.Clock.GetUtcNow(), DurationMinutes = 90, Capacity = 20, Status = SessionStatus.Held,
            };
            db.InfoSessions.Add(session);
            db.SessionRegistrations.Add(new SessionRegistration
            {
                SessionId = session.Id, OrganisationId = organisationId, PreRegistrationId = preRegistrationId, Status = status,
            });
            await db.SaveChangesAsync();
            return session.Id;
        });
    }
}
