using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Tests.Sessions;

public sealed class SessionTests
{
    [Fact]
    public async Task A_session_is_planned_changed_published_and_listed_for_staff_and_the_public()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var anonymous = app.CreateClient();

        var planned = await app.PlannedAsync(agent, days: 4, capacity: 12);
        var id = planned.GetProperty("id").GetGuid();
        var hiddenWhilePlanned = await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/public/sessions");
        var stale = await agent.PutAsJsonAsync($"/api/v1/info-sessions/{id}", await app.SessionBodyAsync(4, 15, "Métiers du bâtiment", version: 99));
        var changed = await agent.PutAsJsonAsync($"/api/v1/info-sessions/{id}", await app.SessionBodyAsync(4, 15, "Métiers du bâtiment", "ary",
            planned.GetProperty("version").GetInt64()));
        var afterChange = await changed.Content.ReadFromJsonAsync<JsonElement>();
        var published = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/publish", new { version = afterChange.GetProperty("version").GetInt64() });
        var publishedAgain = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/publish", new { version = await SessionTestData.VersionAsync(agent, id) });
        var upcoming = await agent.GetFromJsonAsync<JsonElement[]>("/api/v1/info-sessions");
        var past = await agent.GetFromJsonAsync<JsonElement[]>("/api/v1/info-sessions?past=true");
        var calendar = await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/public/sessions");
        var one = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/sessions/{id}");

        Assert.Equal("Planned", planned.GetProperty("status").GetString());
        Assert.Empty(hiddenWhilePlanned!);
        Assert.Equal("https://amuddu.org/problems/conflict", (await stale.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Métiers du bâtiment", afterChange.GetProperty("title").GetString());
        Assert.Equal(15, afterChange.GetProperty("capacity").GetInt32());
        Assert.Equal("10:00", afterChange.GetProperty("localStart").GetDateTime().ToString("HH:mm"));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        await publishedAgain.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(id, Assert.Single(upcoming!).GetProperty("id").GetGuid());
        Assert.Empty(past!);
        var shown = Assert.Single(calendar!);
        Assert.Equal(15, shown.GetProperty("seatsLeft").GetInt32());
        Assert.Equal("Casablanca", shown.GetProperty("city").GetString());
        Assert.Equal("ary", shown.GetProperty("language").GetString());
        Assert.False(shown.TryGetProperty("agentId", out _));
        Assert.Equal(id, one.GetProperty("id").GetGuid());
        Assert.Single(await app.AuditAsync(SessionAudit.Created));
        Assert.Single(await app.AuditAsync(SessionAudit.Updated));
        Assert.Single(await app.AuditAsync(SessionAudit.Published));
    }

    [Fact]
    public async Task Bad_session_input_names_each_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var otherSite = await app.SiteOfAsync(Demo.NgoCounsellor);

        var empty = await (await agent.PostAsJsonAsync("/api/v1/info-sessions", new { })).ProblemAsync(HttpStatusCode.BadRequest);
        var wrong = await (await agent.PostAsJsonAsync("/api/v1/info-sessions", new
        {
            siteId = otherSite, topic = "Other", title = new string('x', 201), startsAt = SessionTestData.Iso(app.Clock.GetUtcNow().AddDays(-1)),
            durationMinutes = 5, language = "de", capacity = 0,
            agentId = await app.UserIdAsync(Demo.Counsellor), counsellorId = await app.UserIdAsync(SessionTestData.Agent),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        var unknownTopic = await (await agent.PostAsJsonAsync("/api/v1/info-sessions", new { topic = "Cooking" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["capacity", "durationMinutes", "language", "siteId", "startsAt", "title", "topic"],
            empty.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(["agentId", "capacity", "counsellorId", "durationMinutes", "language", "siteId", "startsAt", "title"],
            wrong.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.True(unknownTopic.GetProperty("errors").TryGetProperty("topic", out _));
        Assert.Equal(0, await app.QueryAsync(db => db.InfoSessions.CountAsync()));
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_every_session_endpoint_and_sees_none_in_its_lists()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent);
        var pre = await app.PreRegisteredAsync(SessionTestData.Agent);
        var registered = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/registrations", new { preRegistrationId = pre });
        var registration = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var other = await app.ApiClientAsync(Demo.NgoCounsellor);
        var otherPre = await app.PreRegisteredAsync(Demo.NgoCounsellor);
        var otherSession = await app.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == Demo.NgoCounsellor);
            var session = new InfoSession
            {
                OrganisationId = user.OrganisationId, SiteId = user.SiteId!.Value, Title = "Autre", Language = "fr", Capacity = 5, DurationMinutes = 60,
                StartsAt = app.At(3), Status = SessionStatus.Published,
            };
            db.InfoSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

        var responses = new[]
        {
            await other.GetAsync($"/api/v1/info-sessions/{id}"),
            await other.PutAsJsonAsync($"/api/v1/info-sessions/{id}", await app.SessionBodyAsync(version: 1)),
            await other.PostAsJsonAsync($"/api/v1/info-sessions/{id}/publish", new { version = 1 }),
            await other.PostAsJsonAsync($"/api/v1/info-sessions/{id}/cancel", new { version = 1 }),
            await other.PostAsJsonAsync($"/api/v1/info-sessions/{id}/held", new { version = 1 }),
            await other.PostAsJsonAsync($"/api/v1/info-sessions/{id}/registrations", new { preRegistrationId = otherPre }),
            await other.PostAsJsonAsync($"/api/v1/info-sessions/{id}/attendance", new { attendance = new[] { new { registrationId = registration, attended = true, version = 1 } } }),
            await other.PostAsJsonAsync($"/api/v1/info-sessions/{id}/walk-ins", new { firstName = "Awa", language = "fr" }),
            await other.PutAsJsonAsync($"/api/v1/info-sessions/{id}/registrations/{registration}/follow-up", new { followUp = "Referred", version = 1 }),
            // Their own session cannot take our pre-registration either.
            await other.PostAsJsonAsync($"/api/v1/info-sessions/{otherSession}/registrations", new { preRegistrationId = pre }),
        };
        var list = await other.GetFromJsonAsync<JsonElement[]>("/api/v1/info-sessions");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal([otherSession], list!.Select(s => s.GetProperty("id").GetGuid()));
        Assert.Equal(1, await app.QueryAsync(db => db.SessionRegistrations.CountAsync()));
    }

    [Fact]
    public async Task The_public_form_saves_a_pre_registration_a_place_and_a_confirmation_in_the_chosen_language_and_channel()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent, days: 5, capacity: 10);
        var anonymous = app.CreateClient();

        var response = await anonymous.RegisterPubliclyAsync(id, phone: "06 61 23 45 67", language: "ar", channel: "WhatsApp");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(body.GetProperty("confirmationQueued").GetBoolean());
        Assert.Equal(9, body.GetProperty("session").GetProperty("seatsLeft").GetInt32());
        var pre = await app.QueryAsync(db => db.PreRegistrations.SingleAsync());
        Assert.Equal(PreRegistrationSource.PublicForm, pre.Source);
        Assert.Equal("+212661234567", pre.Phone);
        Assert.Equal("ar", pre.Language);
        Assert.True(pre.ContactConsent);
        Assert.Equal(ContactChannel.WhatsApp, pre.ContactChannel);
        var registration = await app.QueryAsync(db => db.SessionRegistrations.SingleAsync());
        Assert.Equal(pre.Id, registration.PreRegistrationId);
        Assert.Equal(RegistrationStatus.Registered, registration.Status);
        var messages = await app.OutboxAsync();
        Assert.Equal([SessionMessages.Confirmation, SessionMessages.Reminder], messages.Select(m => m.TemplateKey).Order());
        Assert.All(messages, m =>
        {
            Assert.Equal(OutboxChannel.WhatsApp, m.Channel);
            Assert.Equal("ar", m.Culture);
            Assert.Equal($"session-registration/{registration.Id}", m.Subject);
            Assert.Null(m.PersonId);
            Assert.DoesNotContain("612345", m.RecipientCipher, StringComparison.Ordinal);
        });
        var protector = app.Services.GetRequiredService<FieldProtector>();
        Assert.Equal("+212661234567", protector.UnprotectText(messages[0].RecipientCipher));
        var reminder = messages.Single(m => m.TemplateKey == SessionMessages.Reminder);
        Assert.Equal(app.At(5).AddHours(-24), reminder.DueAt);
        var text = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var confirmation = messages.Single(m => m.TemplateKey == SessionMessages.Confirmation);
        var rendered = Outbox.Render(text, confirmation.TemplateKey, confirmation.Culture, confirmation.Parameters);
        Assert.StartsWith("أمودّو: أنت مسجل في «Les formations qualifiantes»", rendered, StringComparison.Ordinal);
        Assert.Contains("10:00", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("Fatoumata", confirmation.Parameters, StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(SessionAudit.PublicRegistration));
    }

    [Fact]
    public async Task Without_consent_to_be_contacted_the_person_is_registered_but_no_message_is_queued_and_no_number_kept()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent);

        var response = await app.CreateClient().RegisterPubliclyAsync(id, phone: "0661234567", channel: "Sms", consent: false);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("confirmationQueued").GetBoolean());
        var pre = await app.QueryAsync(db => db.PreRegistrations.SingleAsync());
        Assert.False(pre.ContactConsent);
        Assert.Null(pre.Phone);
        Assert.Null(pre.ContactChannel);
        Assert.Empty(await app.OutboxAsync());
        Assert.Equal(1, await app.QueryAsync(db => db.SessionRegistrations.CountAsync()));
    }

    [Fact]
    public async Task Bad_public_input_names_each_field()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:PublicRegistrationPerMinute"] = "50" });
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent);
        var anonymous = app.CreateBrowser("en");

        var noName = await (await anonymous.RegisterPubliclyAsync(id, firstName: " ", language: "de")).ProblemAsync(HttpStatusCode.BadRequest);
        var noChannel = await (await anonymous.RegisterPubliclyAsync(id, channel: null)).ProblemAsync(HttpStatusCode.BadRequest);
        var noPhone = await (await anonymous.RegisterPubliclyAsync(id, phone: null, channel: "WhatsApp")).ProblemAsync(HttpStatusCode.BadRequest);
        var noEmail = await (await anonymous.RegisterPubliclyAsync(id, phone: null, channel: "Email")).ProblemAsync(HttpStatusCode.BadRequest);
        var badContacts = await (await anonymous.RegisterPubliclyAsync(id, phone: "12", email: "not-an-address", channel: "Sms")).ProblemAsync(HttpStatusCode.BadRequest);
        var badChannel = await (await anonymous.RegisterPubliclyAsync(id, channel: "Pigeon")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["firstName", "language"], noName.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(["channel"], noChannel.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal("Give a phone number to be contacted by SMS or WhatsApp.", noPhone.GetProperty("errors").GetProperty("phone")[0].GetString());
        Assert.Equal(["email"], noEmail.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(["email", "phone"], badContacts.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.True(badChannel.GetProperty("errors").TryGetProperty("channel", out _));
        Assert.Equal(0, await app.QueryAsync(db => db.PreRegistrations.CountAsync()));
    }

    [Fact]
    public async Task A_full_session_refuses_with_a_clear_409_and_the_same_phone_registering_twice_keeps_one_seat()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent, capacity: 2);
        var anonymous = app.CreateBrowser("fr");

        var first = await anonymous.RegisterPubliclyAsync(id, phone: "06 61 23 45 67");
        var again = await anonymous.RegisterPubliclyAsync(id, firstName: "Fatou", phone: "+212 661 234 567");
        var second = await anonymous.RegisterPubliclyAsync(id, phone: null, email: "grace@example.org", channel: "Email");
        var third = await anonymous.RegisterPubliclyAsync(id, phone: "0662000000");
        var calendar = await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/public/sessions");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        // The same answer as a first registration: trying a number does not tell whether it is registered.
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var full = await third.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(SessionRules.FullProblemType, full.GetProperty("type").GetString());
        Assert.Equal("Cette séance est complète : il ne reste plus de place.", full.GetProperty("title").GetString());
        Assert.Equal(2, await app.QueryAsync(db => db.SessionRegistrations.CountAsync()));
        Assert.Equal(0, Assert.Single(calendar!).GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task Two_people_taking_the_last_seat_at_the_same_moment_one_gets_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent, capacity: 1);

        var responses = await Task.WhenAll(
            app.CreateClient().RegisterPubliclyAsync(id, firstName: "Awa", phone: "0661111111"),
            app.CreateClient().RegisterPubliclyAsync(id, firstName: "Ibrahim", phone: "0662222222"),
            app.CreateClient().RegisterPubliclyAsync(id, firstName: "Grace", phone: "0663333333"));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await app.QueryAsync(db => db.SessionRegistrations.CountAsync()));
    }

    [Fact]
    public async Task Planned_and_cancelled_sessions_are_not_public()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var planned = (await app.PlannedAsync(agent)).GetProperty("id").GetGuid();
        var cancelled = await app.PublishedAsync(agent, days: 6);
        var cancel = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{cancelled}/cancel", new { version = await SessionTestData.VersionAsync(agent, cancelled) });
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/public/sessions"))!);
        foreach (var id in new[] { planned, cancelled })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/sessions/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.RegisterPubliclyAsync(id)).StatusCode);
            var page = await (await anonymous.GetAsync($"/sessions/{id}")).ReadHtmlAsync();
            Assert.Contains("Cette séance n'est pas (ou plus) au calendrier.", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Les formations qualifiantes", page, StringComparison.Ordinal);
        }

        Assert.Equal(0, await app.QueryAsync(db => db.PreRegistrations.CountAsync()));
    }

    [Fact]
    public async Task Cancelling_a_session_cancels_pending_reminders_and_tells_registrants_who_agreed_to_be_contacted()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent, days: 7);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await anonymous.RegisterPubliclyAsync(id, phone: "0661111111")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await anonymous.RegisterPubliclyAsync(id, firstName: "Ibrahim", phone: null, consent: false)).StatusCode);

        var cancel = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/cancel", new { version = await SessionTestData.VersionAsync(agent, id) });
        var cancelAgain = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/cancel", new { version = await SessionTestData.VersionAsync(agent, id) });

        Assert.Equal("Cancelled", (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await cancelAgain.ProblemAsync(HttpStatusCode.Conflict);
        var messages = await app.OutboxAsync();
        Assert.Equal(1, messages.Count(m => m.TemplateKey == SessionMessages.Reminder && m.Status == OutboxStatus.Cancelled));
        Assert.DoesNotContain(messages, m => m.TemplateKey == SessionMessages.Reminder && m.Status == OutboxStatus.Pending);
        var notice = Assert.Single(messages, m => m.TemplateKey == SessionMessages.Cancellation);
        Assert.Equal(OutboxStatus.Pending, notice.Status);
        Assert.All(await app.QueryAsync(db => db.SessionRegistrations.ToListAsync()), r => Assert.Equal(RegistrationStatus.Cancelled, r.Status));
        Assert.Contains("1 registrant(s) told", Assert.Single(await app.AuditAsync(SessionAudit.Cancelled)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_published_session_replaces_the_reminder_and_tells_the_registrants()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent, days: 5);
        Assert.Equal(HttpStatusCode.Created, (await app.CreateClient().RegisterPubliclyAsync(id)).StatusCode);

        var moved = await agent.PutAsJsonAsync($"/api/v1/info-sessions/{id}", await app.SessionBodyAsync(days: 9, version: await SessionTestData.VersionAsync(agent, id)));

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var messages = await app.OutboxAsync();
        Assert.Equal(OutboxStatus.Cancelled, messages.Single(m => m.TemplateKey == SessionMessages.Reminder && m.DueAt == app.At(5).AddHours(-24)).Status);
        Assert.Equal(OutboxStatus.Pending, messages.Single(m => m.TemplateKey == SessionMessages.Reminder && m.DueAt == app.At(9).AddHours(-24)).Status);
        Assert.Single(messages, m => m.TemplateKey == SessionMessages.Change);
    }

    [Fact]
    public async Task Staff_register_open_pre_registrations_and_consented_files_within_the_capacity()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var (_, minimalId) = await app.RegisterSomeoneAsync("Omar", "Haddad", "SY", minimal: true);
        var id = await app.PublishedAsync(counsellor, capacity: 2);
        var pre = await app.PreRegisteredAsync(Demo.Counsellor);
        var closedPre = await app.PreRegisteredAsync(Demo.Counsellor, "Ali");
        await app.QueryAsync(db => db.PreRegistrations.Where(p => p.Id == closedPre).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PreRegistrationStatus.Closed)));
        var url = $"/api/v1/info-sessions/{id}/registrations";

        var both = await (await counsellor.PostAsJsonAsync(url, new { preRegistrationId = pre, personId })).ProblemAsync(HttpStatusCode.BadRequest);
        var closed = await (await counsellor.PostAsJsonAsync(url, new { preRegistrationId = closedPre })).ProblemAsync(HttpStatusCode.BadRequest);
        var noConsent = await (await counsellor.PostAsJsonAsync(url, new { personId = minimalId })).ProblemAsync(HttpStatusCode.Conflict);
        var fromPre = await counsellor.PostAsJsonAsync(url, new { preRegistrationId = pre });
        var twice = await (await counsellor.PostAsJsonAsync(url, new { preRegistrationId = pre })).ProblemAsync(HttpStatusCode.Conflict);
        var fromFile = await counsellor.PostAsJsonAsync(url, new { personId });
        var (_, thirdId) = await app.RegisterSomeoneAsync("Grace", "Mensah", "NG");
        var full = await (await counsellor.PostAsJsonAsync(url, new { personId = thirdId })).ProblemAsync(HttpStatusCode.Conflict);
        var details = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/info-sessions/{id}");

        Assert.True(both.GetProperty("errors").TryGetProperty("preRegistrationId", out _));
        Assert.True(closed.GetProperty("errors").TryGetProperty("preRegistrationId", out _));
        Assert.Equal("https://amuddu.org/problems/consent-required", noConsent.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Created, fromPre.StatusCode);
        Assert.Equal("Moussa Traoré", (await fromPre.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.Equal("https://amuddu.org/problems/conflict", twice.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Created, fromFile.StatusCode);
        Assert.Equal(SessionRules.FullProblemType, full.GetProperty("type").GetString());
        Assert.Equal(2, details.GetProperty("session").GetProperty("seatsTaken").GetInt32());
        Assert.Equal(["PreRegistration", "Person"], details.GetProperty("registrations").EnumerateArray().Select(r => r.GetProperty("kind").GetString()));
        // The pre-registration agreed to SMS: confirmed and reminded. The file has no contact consent: nothing.
        var messages = await app.OutboxAsync();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Null(m.PersonId));
        Assert.Single(await app.QueryAsync(db => db.AuditEvents.Where(a => a.Action == SessionAudit.Registered && a.Subject == $"person {personId}").ToListAsync()));
    }

    [Fact]
    public async Task A_file_with_contact_consent_gets_the_confirmation_on_whatsapp()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        await app.QueryAsync(db => db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.WhatsApp, "+212661999888")));
        var consent = await counsellor.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "ContactBySmsOrWhatsApp", method = "SignedForm", givenOn = app.Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        var id = await app.PublishedAsync(counsellor);

        var registered = await counsellor.PostAsJsonAsync($"/api/v1/info-sessions/{id}/registrations", new { personId });

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var messages = await app.OutboxAsync();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m =>
        {
            Assert.Equal(personId, m.PersonId);
            Assert.Equal(OutboxChannel.WhatsApp, m.Channel);
        });
    }

    [Fact]
    public async Task Attendance_walk_ins_follow_up_and_held()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var id = await app.PublishedAsync(counsellor, days: 1, capacity: 2);
        var pre = await app.PreRegisteredAsync(Demo.Counsellor);
        var a = (await (await counsellor.PostAsJsonAsync($"/api/v1/info-sessions/{id}/registrations", new { preRegistrationId = pre })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var b = (await (await counsellor.PostAsJsonAsync($"/api/v1/info-sessions/{id}/registrations", new { personId })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        object Roll(long va, long vb) => new { attendance = new[] { new { registrationId = a, attended = true, version = va }, new { registrationId = b, attended = false, version = vb } } };

        var tooEarly = await (await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/attendance", Roll(1, 1))).ProblemAsync(HttpStatusCode.Conflict);
        var heldTooEarly = await (await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/held", new { version = await SessionTestData.VersionAsync(agent, id) })).ProblemAsync(HttpStatusCode.Conflict);
        app.Clock.Advance(app.At(1).AddMinutes(30) - app.Clock.GetUtcNow());
        agent = await app.ApiClientAsync(SessionTestData.Agent);
        var unknown = await (await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/attendance",
            new { attendance = new[] { new { registrationId = Guid.NewGuid(), attended = true, version = 1 } } })).ProblemAsync(HttpStatusCode.BadRequest);
        var taken = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/attendance", Roll(1, 1));
        var stale = await (await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/attendance", new { attendance = new[] { new { registrationId = b, attended = true, version = 1 } } })).ProblemAsync(HttpStatusCode.Conflict);
        var walkInBad = await (await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/walk-ins", new { firstName = "", language = "fr" })).ProblemAsync(HttpStatusCode.BadRequest);
        var walkIn = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/walk-ins",
            new { firstName = "Blessing", lastName = "Eze", phone = "0664444444", language = "en", channel = "WhatsApp", contactConsent = true });
        var details = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/info-sessions/{id}");
        long VersionOf(Guid r) => details.GetProperty("registrations").EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == r).GetProperty("version").GetInt64();
        var fileConverted = await (await agent.PutAsJsonAsync($"/api/v1/info-sessions/{id}/registrations/{b}/follow-up", new { followUp = "ConvertedToFile", version = VersionOf(b) })).ProblemAsync(HttpStatusCode.BadRequest);
        var absentFollowUp = await (await agent.PutAsJsonAsync($"/api/v1/info-sessions/{id}/registrations/{b}/follow-up", new { followUp = "Referred", version = VersionOf(b) })).ProblemAsync(HttpStatusCode.Conflict);
        var followUp = await agent.PutAsJsonAsync($"/api/v1/info-sessions/{id}/registrations/{a}/follow-up", new { followUp = "ConvertedToFile", version = VersionOf(a) });
        var staleFollowUp = await (await agent.PutAsJsonAsync($"/api/v1/info-sessions/{id}/registrations/{a}/follow-up", new { followUp = "Referred", version = VersionOf(a) })).ProblemAsync(HttpStatusCode.Conflict);
        var held = await agent.PostAsJsonAsync($"/api/v1/info-sessions/{id}/held", new { version = await SessionTestData.VersionAsync(agent, id) });

        Assert.Equal("La présence se prend à partir d'une heure avant le début.", tooEarly.GetProperty("title").GetString());
        Assert.Equal("https://amuddu.org/problems/conflict", heldTooEarly.GetProperty("type").GetString());
        Assert.True(unknown.GetProperty("errors").TryGetProperty("attendance", out _));
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal("https://amuddu.org/problems/conflict", stale.GetProperty("type").GetString());
        Assert.True(walkInBad.GetProperty("errors").TryGetProperty("firstName", out _));
        Assert.Equal(HttpStatusCode.Created, walkIn.StatusCode);
        Assert.True(fileConverted.GetProperty("errors").TryGetProperty("followUp", out _));
        Assert.Equal("https://amuddu.org/problems/conflict", absentFollowUp.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        Assert.Equal("https://amuddu.org/problems/conflict", staleFollowUp.GetProperty("type").GetString());
        Assert.Equal("Held", (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var registrations = await app.QueryAsync(db => db.SessionRegistrations.AsNoTracking().ToDictionaryAsync(r => r.Id));
        Assert.Equal(RegistrationStatus.Attended, registrations[a].Status);
        Assert.Equal(SessionFollowUp.ConvertedToFile, registrations[a].FollowUp);
        Assert.Equal(RegistrationStatus.Absent, registrations[b].Status);
        Assert.Equal(app.Clock.GetUtcNow(), registrations[b].AttendanceTakenAt);
        var walked = registrations.Values.Single(r => r.Id != a && r.Id != b);
        Assert.Equal(RegistrationStatus.Attended, walked.Status);
        var walkInPre = await app.QueryAsync(db => db.PreRegistrations.SingleAsync(p => p.Id == walked.PreRegistrationId));
        Assert.Equal(PreRegistrationSource.Session, walkInPre.Source);
        Assert.Equal(await app.UserIdAsync(SessionTestData.Agent), walkInPre.AgentId);
        Assert.Equal("+212664444444", walkInPre.Phone);
        // Walk-ins get no confirmation of a session they are sitting in.
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Subject == SessionMessages.Subject(walked.Id));
        Assert.Equal(2, (await app.AuditAsync(SessionAudit.Attendance)).Count);
        Assert.Single(await app.AuditAsync(SessionAudit.WalkIn));
        Assert.Single(await app.AuditAsync(SessionAudit.FollowUp));
    }

    [Fact]
    public async Task A_persons_places_are_in_their_export_and_timeline_and_erasure_gives_up_the_places_to_come()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var id = await app.PublishedAsync(counsellor, title: "Créer son activité");
        Assert.Equal(HttpStatusCode.Created, (await counsellor.PostAsJsonAsync($"/api/v1/info-sessions/{id}/registrations", new { personId })).StatusCode);

        var exported = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/export");
        Assert.Equal("Créer son activité", Assert.Single(exported.GetProperty("sections").GetProperty("infoSessions").EnumerateArray()).GetProperty("title").GetString());
        await using var scope = app.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<Amuddu.Web.Features.People.IPersonalDataSection>().OfType<SessionsPersonalData>().Single();
        var export = (IEnumerable<SessionsPersonalData.RegistrationExport>)(await section.ExportAsync(personId, CancellationToken.None))!;
        var timeline = await section.TimelineAsync(personId, CancellationToken.None);
        await section.EraseAsync(personId, CancellationToken.None);

        var place = Assert.Single(export);
        Assert.Equal("Créer son activité", place.Title);
        Assert.Equal(RegistrationStatus.Registered, place.Status);
        Assert.Contains(timeline, e => e.Detail!.StartsWith("Créer son activité", StringComparison.Ordinal));
        var after = await app.QueryAsync(db => db.SessionRegistrations.SingleAsync());
        Assert.Equal(RegistrationStatus.Cancelled, after.Status);
        Assert.Equal(personId, after.PersonId);
    }

    [Fact]
    public async Task The_public_registration_is_rate_limited_per_client_address()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:PublicRegistrationPerMinute"] = "2" });
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        var id = await app.PublishedAsync(agent);
        var anonymous = app.CreateClient();

        var first = await anonymous.RegisterPubliclyAsync(id, phone: "0661111111");
        var second = await anonymous.RegisterPubliclyAsync(id, phone: "0662222222");
        var third = await anonymous.RegisterPubliclyAsync(id, phone: "0663333333");
        var calendar = await anonymous.GetAsync("/api/v1/public/sessions");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("https://amuddu.org/problems/too-many-requests", (await third.ProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.True(PublicRegistrationPaths.Matches($"/sessions/{id}"));
        Assert.False(PublicRegistrationPaths.Matches($"/info-sessions/{id}"));
    }
}
