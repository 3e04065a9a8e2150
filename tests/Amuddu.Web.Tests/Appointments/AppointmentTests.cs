using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Tests.Appointments;

public sealed class AppointmentTests
{
    private const string Phone = "+212612345678";
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Task<Guid> UserIdAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static Task<Guid> SiteAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.SiteId!.Value).SingleAsync());

    /// <summary>A whole minute some days ahead, at 10:00 on the Moroccan clock.</summary>
    private static DateTimeOffset At(AmudduApp app, int days, int hour = 10, int minute = 0) =>
        SiteTime.FromLocal(SiteTime.Today(app.Clock).AddDays(days), new TimeOnly(hour, minute));

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ssK");

    private static async Task<HttpResponseMessage> BookAsync(HttpClient client, Guid personId, Guid site, DateTimeOffset start, int minutes = 30, Guid? counsellorId = null) =>
        await client.PostAsJsonAsync($"/api/v1/people/{personId}/appointments",
            new { counsellorId, startsAt = Iso(start), durationMinutes = minutes, channel = "AtAgency", siteId = site, purpose = "Point sur le plan d'action" });

    private static async Task<JsonElement> BookedAsync(HttpClient client, Guid personId, Guid site, DateTimeOffset start, int minutes = 30)
    {
        var response = await BookAsync(client, personId, site, start, minutes);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A person with a phone (and languages) who agreed to be contacted by SMS or WhatsApp.</summary>
    private static async Task<(HttpClient Client, Guid PersonId)> ReachableAsync(AmudduApp app, string[] languages, string firstName = "Aminata", string lastName = "Diallo", string nationality = "GN")
    {
        var (client, personId) = await app.RegisterSomeoneAsync(firstName, lastName, nationality);
        await app.QueryAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == personId);
            person.Phone = Phone;
            person.Languages = [.. languages];
            return await db.SaveChangesAsync();
        });
        var consent = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "ContactBySmsOrWhatsApp", method = "SignedForm", givenOn = app.Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        return (client, personId);
    }

    private static Task<List<OutboxMessage>> OutboxAsync(AmudduApp app) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.DeduplicationKey).ToListAsync());

    [Fact]
    public async Task An_appointment_is_booked_listed_on_the_file_and_in_the_calendar_in_Moroccan_time()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var site = await SiteAsync(app, Demo.Counsellor);
        var counsellor = await UserIdAsync(app, Demo.Counsellor);
        var start = At(app, 2, 10, 30);

        var booked = await BookedAsync(client, personId, site, start, 45);
        var listed = await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{personId}/appointments");
        var day = SiteTime.Today(app.Clock).AddDays(2).ToString("yyyy-MM-dd");
        var calendar = await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/appointments?from={day}&to={day}&counsellorId={counsellor}");

        Assert.Equal("Booked", booked.GetProperty("status").GetString());
        Assert.Equal(counsellor, booked.GetProperty("counsellorId").GetGuid());
        Assert.Equal(start, booked.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(start.AddMinutes(45), booked.GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(new TimeOnly(10, 30), TimeOnly.FromDateTime(booked.GetProperty("localStart").GetDateTime()));
        Assert.Equal(booked.GetProperty("id").GetGuid(), Assert.Single(listed!).GetProperty("id").GetGuid());
        var item = Assert.Single(calendar!);
        Assert.Equal("Awa Sow", item.GetProperty("personName").GetString());
        Assert.Equal(JsonValueKind.Null, booked.GetProperty("reminder").ValueKind);
        Assert.Single(await app.AuditAsync(AppointmentAudit.Booked));
    }

    [Fact]
    public async Task Bad_bookings_are_refused_naming_each_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Moussa", "Keita", "ML", "en");
        var ngoCounsellor = await UserIdAsync(app, Demo.NgoCounsellor);
        var ngoSite = await SiteAsync(app, Demo.NgoCounsellor);
        var url = $"/api/v1/people/{personId}/appointments";

        var problem = await (await client.PostAsJsonAsync(url, new
        {
            counsellorId = ngoCounsellor, startsAt = Iso(app.Clock.GetUtcNow().AddHours(-1)), durationMinutes = 10, siteId = ngoSite, purpose = "", place = new string('x', 201),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        var noSite = await (await client.PostAsJsonAsync(url, new { startsAt = Iso(At(app, 1)), durationMinutes = 300, channel = "AtAgency", purpose = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var unknownChannel = await (await client.PostAsJsonAsync(url, new { startsAt = Iso(At(app, 1)), durationMinutes = 30, channel = "Pigeon", purpose = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var impossible = await (await client.PostAsJsonAsync(url, new { startsAt = "2027-02-30T10:00:00+01:00", durationMinutes = 30, channel = "Phone", purpose = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var badRange = await (await client.GetAsync("/api/v1/appointments?from=2026-05-10&to=2026-05-01")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["channel", "counsellorId", "durationMinutes", "place", "purpose", "siteId", "startsAt"],
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("An appointment cannot be booked in the past.", problem.GetProperty("errors").GetProperty("startsAt")[0].GetString());
        Assert.Equal(["durationMinutes", "siteId"], noSite.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.True(unknownChannel.GetProperty("errors").TryGetProperty("channel", out _));
        Assert.True(impossible.GetProperty("errors").TryGetProperty("startsAt", out _));
        Assert.True(badRange.GetProperty("errors").TryGetProperty("to", out _));
        Assert.Equal(0, await app.QueryAsync(db => db.Appointments.CountAsync()));
    }

    [Fact]
    public async Task Without_a_consent_to_processing_no_appointment_is_booked_or_moved()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Yaya", "Fofana", "GN", "en", minimal: true);
        var site = await SiteAsync(app, Demo.Counsellor);

        var refused = await (await BookAsync(client, personId, site, At(app, 1))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://amuddu.org/problems/consent-required", refused.GetProperty("type").GetString());

        await client.GiveProcessingConsentAsync(personId, app.Today);
        var booked = await BookedAsync(client, personId, site, At(app, 1));
        var consentId = await app.QueryAsync(db => db.Consents.Where(c => c.PersonId == personId).Select(c => c.Id).SingleAsync());
        await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{consentId}/withdraw", new { note = (string?)null });
        var moved = await (await client.PutAsJsonAsync($"/api/v1/appointments/{booked.GetProperty("id").GetGuid()}",
            new { startsAt = Iso(At(app, 2)), durationMinutes = 30, version = 1 })).ProblemAsync(HttpStatusCode.Conflict);
        var cancelled = await client.PostAsJsonAsync($"/api/v1/appointments/{booked.GetProperty("id").GetGuid()}/cancel", new { reason = "Consentement retiré", version = 1 });

        Assert.Equal("https://amuddu.org/problems/consent-required", moved.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
    }

    [Fact]
    public async Task A_counsellor_cannot_be_double_booked_but_back_to_back_and_after_a_cancellation_is_fine()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Ousmane", "Ndiaye", "SN", "en");
        var (_, otherId) = await app.RegisterSomeoneAsync("Mariam", "Koné", "CI", "en");
        var site = await SiteAsync(app, Demo.Counsellor);
        var colleague = await UserIdAsync(app, Demo.NewCounsellor);
        var first = await BookedAsync(client, personId, site, At(app, 3, 10), 60);

        var overlapping = await (await BookAsync(client, otherId, site, At(app, 3, 10, 30))).ProblemAsync(HttpStatusCode.Conflict);
        var concurrent = await Task.WhenAll(BookAsync(client, otherId, site, At(app, 4, 9)), BookAsync(client, personId, site, At(app, 4, 9, 15)));
        var backToBack = await BookAsync(client, otherId, site, At(app, 3, 11));
        var withColleague = await BookAsync(client, otherId, site, At(app, 3, 10, 30), counsellorId: colleague);
        await client.PostAsJsonAsync($"/api/v1/appointments/{first.GetProperty("id").GetGuid()}/cancel", new { reason = "Malade", version = 1 });
        var afterCancel = await BookAsync(client, otherId, site, At(app, 3, 10));

        Assert.Equal("This counsellor already has an appointment at that time. Choose another time.", overlapping.GetProperty("title").GetString());
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], concurrent.Select(r => r.StatusCode).Order());
        Assert.Equal(HttpStatusCode.Created, backToBack.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withColleague.StatusCode);
        Assert.Equal(HttpStatusCode.Created, afterCancel.StatusCode);
        var moveOnto = await (await client.PutAsJsonAsync($"/api/v1/appointments/{(await backToBack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}",
            new { startsAt = Iso(At(app, 3, 10, 15)), durationMinutes = 30, version = 1 })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("This counsellor already has an appointment at that time. Choose another time.", moveOnto.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Rescheduling_keeps_where_it_came_from_and_of_two_concurrent_moves_one_gets_409()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Emmanuel", "Okafor", "NG");
        var colleague = await app.ApiClientAsync(Demo.Counsellor);
        var site = await SiteAsync(app, Demo.Counsellor);
        var original = At(app, 2, 9);
        var id = (await BookedAsync(client, personId, site, original)).GetProperty("id").GetGuid();

        var moves = await Task.WhenAll(
            client.PutAsJsonAsync($"/api/v1/appointments/{id}", new { startsAt = Iso(At(app, 5, 14)), durationMinutes = 30, version = 1 }),
            colleague.PutAsJsonAsync($"/api/v1/appointments/{id}", new { startsAt = Iso(At(app, 6, 15)), durationMinutes = 60, version = 1 }));
        var past = await (await client.PutAsJsonAsync($"/api/v1/appointments/{id}", new { startsAt = Iso(app.Clock.GetUtcNow().AddDays(-1)), durationMinutes = 30, version = 2 }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], moves.Select(r => r.StatusCode).Order());
        var moved = await moves.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, moved.GetProperty("rescheduleCount").GetInt32());
        Assert.Equal(original, moved.GetProperty("rescheduledFrom").GetDateTimeOffset());
        Assert.Equal(2, moved.GetProperty("version").GetInt64());
        Assert.True(past.GetProperty("errors").TryGetProperty("startsAt", out _));
        Assert.Single(await app.AuditAsync(AppointmentAudit.Rescheduled));
    }

    [Fact]
    public async Task Attendance_is_recorded_only_once_the_appointment_has_started_and_only_once()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Khadija", "Sow", "SN", "en");
        var site = await SiteAsync(app, Demo.Counsellor);
        var now = app.Clock.GetUtcNow();
        var soon = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(20);
        var first = (await BookedAsync(client, personId, site, soon)).GetProperty("id").GetGuid();
        var second = (await BookedAsync(client, personId, site, soon.AddMinutes(30))).GetProperty("id").GetGuid();

        var early = await (await client.PostAsJsonAsync($"/api/v1/appointments/{first}/attended", new { version = 1 })).ProblemAsync(HttpStatusCode.Conflict);
        app.Clock.Advance(TimeSpan.FromMinutes(55));
        client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var attended = await client.PostAsJsonAsync($"/api/v1/appointments/{first}/attended", new { version = 1 });
        var again = await (await client.PostAsJsonAsync($"/api/v1/appointments/{first}/no-show", new { version = 2 })).ProblemAsync(HttpStatusCode.Conflict);
        var stale = await (await client.PostAsJsonAsync($"/api/v1/appointments/{second}/no-show", new { version = 7 })).ProblemAsync(HttpStatusCode.Conflict);
        var noShow = await client.PostAsJsonAsync($"/api/v1/appointments/{second}/no-show", new { version = 1 });

        Assert.Equal("Attendance or absence can be recorded only once the appointment time has come.", early.GetProperty("title").GetString());
        Assert.Equal("Attended", (await attended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("This appointment is no longer booked: it was already attended, missed or cancelled.", again.GetProperty("title").GetString());
        Assert.Equal("https://amuddu.org/problems/conflict", stale.GetProperty("type").GetString());
        Assert.Equal("NoShow", (await noShow.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Single(await app.AuditAsync(AppointmentAudit.Attended));
        Assert.Single(await app.AuditAsync(AppointmentAudit.NoShow));
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_every_appointment_route_and_never_sees_them_in_its_calendar()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Omar", "Haddad", "SY");
        var site = await SiteAsync(app, Demo.Counsellor);
        var id = (await BookedAsync(client, personId, site, At(app, 1))).GetProperty("id").GetGuid();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        var ngoSite = await SiteAsync(app, Demo.NgoCounsellor);
        var counsellor = await UserIdAsync(app, Demo.Counsellor);

        await (await ngo.GetAsync($"/api/v1/people/{personId}/appointments")).ProblemAsync(HttpStatusCode.NotFound);
        await (await BookAsync(ngo, personId, ngoSite, At(app, 2))).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsJsonAsync($"/api/v1/appointments/{id}", new { startsAt = Iso(At(app, 2)), durationMinutes = 30, version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"/api/v1/appointments/{id}/attended", new { version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"/api/v1/appointments/{id}/no-show", new { version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"/api/v1/appointments/{id}/cancel", new { reason = "x", version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await ngo.GetFromJsonAsync<JsonElement[]>("/api/v1/appointments"))!);
        Assert.Empty((await ngo.GetFromJsonAsync<JsonElement[]>($"/api/v1/appointments?counsellorId={counsellor}"))!);
        Assert.Single((await client.GetFromJsonAsync<JsonElement[]>("/api/v1/appointments"))!);

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.NgoCounsellor);
        var page = await (await browser.GetAsync($"/appointments?view=week&counsellor={counsellor}")).ReadHtmlAsync();
        Assert.DoesNotContain("Omar Haddad", page, StringComparison.Ordinal);
        var reschedule = await (await browser.GetAsync($"/appointments/{id}/reschedule")).ReadHtmlAsync();
        Assert.Contains("Page introuvable", reschedule, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Move.Date\"", reschedule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_is_queued_a_day_before_encrypted_replaced_on_rescheduling_and_cancelled_with_the_appointment()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await ReachableAsync(app, ["fr", "wo"]);
        var site = await SiteAsync(app, Demo.Counsellor);
        var start = At(app, 3, 11);

        var booked = await BookedAsync(client, personId, site, start);
        var id = booked.GetProperty("id").GetGuid();
        var queued = Assert.Single(await OutboxAsync(app));
        var protector = app.Services.GetRequiredService<FieldProtector>();

        Assert.Equal((OutboxStatus.Pending, OutboxChannel.Sms, "fr", start.AddHours(-24)), (queued.Status, queued.Channel, queued.Culture, queued.DueAt));
        Assert.DoesNotContain("612345678", queued.RecipientCipher, StringComparison.Ordinal);
        Assert.Equal(Phone, protector.UnprotectText(queued.RecipientCipher));
        Assert.DoesNotContain("Aminata", queued.Parameters, StringComparison.Ordinal);
        Assert.DoesNotContain("Point sur le plan", queued.Parameters, StringComparison.Ordinal);
        Assert.Equal("Pending", booked.GetProperty("reminder").GetProperty("status").GetString());
        var text = app.Services.GetRequiredService<IStringLocalizer<Web.SharedResource>>();
        Assert.Contains("11:00", Outbox.Render(text, queued.TemplateKey, queued.Culture, queued.Parameters), StringComparison.Ordinal);
        Assert.StartsWith("Amuddu : rappel de votre rendez-vous", Outbox.Render(text, queued.TemplateKey, queued.Culture, queued.Parameters), StringComparison.Ordinal);

        var moved = await client.PutAsJsonAsync($"/api/v1/appointments/{id}", new { startsAt = Iso(At(app, 5, 15)), durationMinutes = 30, version = 1 });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var afterMove = await OutboxAsync(app);
        Assert.Equal([OutboxStatus.Cancelled, OutboxStatus.Pending], afterMove.Select(m => m.Status));
        Assert.Equal(At(app, 5, 15).AddHours(-24), afterMove[1].DueAt);

        await client.PostAsJsonAsync($"/api/v1/appointments/{id}/cancel", new { reason = "La personne a trouvé un emploi", version = 2 });
        Assert.All(await OutboxAsync(app), m => Assert.Equal(OutboxStatus.Cancelled, m.Status));
    }

    [Fact]
    public async Task The_deduplication_key_prevents_a_second_reminder()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await ReachableAsync(app, ["fr"]);
        var id = (await BookedAsync(client, personId, await SiteAsync(app, Demo.Counsellor), At(app, 2))).GetProperty("id").GetGuid();
        var queued = Assert.Single(await OutboxAsync(app));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.AmudduDbContext>();
            var appointment = await db.Appointments.SingleAsync(a => a.Id == id);
            var again = await AppointmentReminders.ScheduleAsync(db, scope.ServiceProvider.GetRequiredService<FieldProtector>(), app.Clock,
                scope.ServiceProvider.GetRequiredService<IStringLocalizer<Web.SharedResource>>(), appointment, default);
            Assert.False(again);
            await db.SaveChangesAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.AmudduDbContext>();
            db.OutboxMessages.Add(new OutboxMessage
            {
                OrganisationId = queued.OrganisationId, PersonId = personId, RecipientCipher = "x", Culture = "fr", TemplateKey = "AppointmentReminder",
                Parameters = "{}", Subject = queued.Subject, DeduplicationKey = queued.DeduplicationKey, DueAt = queued.DueAt, CreatedAt = app.Clock.GetUtcNow(),
            });
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Single(await OutboxAsync(app));
    }

    [Fact]
    public async Task Reminders_go_only_to_people_who_agreed_in_their_language_and_at_once_when_the_appointment_is_close()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, arabic) = await ReachableAsync(app, ["ar"]);
        var (_, english) = await ReachableAsync(app, ["en", "wo"], "Emmanuel", "Okafor", "NG");
        var (_, silent) = await app.RegisterSomeoneAsync("Ibrahim", "Camara", "GN");
        await app.QueryAsync(db => db.People.Where(p => p.Id == silent).ExecuteUpdateAsync(s => s.SetProperty(p => p.Phone, Phone)));
        var site = await SiteAsync(app, Demo.Counsellor);
        var now = app.Clock.GetUtcNow();
        var soon = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddHours(3);

        await BookedAsync(client, arabic, site, soon);
        await BookedAsync(client, english, site, At(app, 4));
        await BookedAsync(client, silent, site, At(app, 5));

        var messages = await OutboxAsync(app);
        Assert.Equal(2, messages.Count);
        var text = app.Services.GetRequiredService<IStringLocalizer<Web.SharedResource>>();
        var ar = messages.Single(m => m.PersonId == arabic);
        Assert.Equal("ar", ar.Culture);
        Assert.True((ar.DueAt - now).Duration() < TimeSpan.FromSeconds(1), "due at once");
        Assert.StartsWith("أمودّو", Outbox.Render(text, ar.TemplateKey, ar.Culture, ar.Parameters), StringComparison.Ordinal);
        Assert.Equal("en", messages.Single(m => m.PersonId == english).Culture);
        Assert.DoesNotContain(messages, m => m.PersonId == silent);
    }

    [Fact]
    public async Task The_file_page_books_the_calendar_shows_the_day_and_the_week_and_records_attendance()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Jean-Paul", "Kabila", "CD");
        var site = await SiteAsync(app, Demo.Counsellor);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var file = $"/people/{personId}/appointments";
        var day = SiteTime.Today(app.Clock).AddDays(1);
        var date = day.ToString("yyyy-MM-dd");

        var bad = await (await browser.SubmitFormAsync(file, "book-appointment", ("Booking.Date", date), ("Booking.Time", "09:30"),
            ("Booking.DurationMinutes", "500"), ("Booking.Channel", "AtAgency"), ("Booking.SiteId", site.ToString()), ("Booking.Purpose", "Bilan de compétences"))).ReadHtmlAsync();
        var good = await (await browser.SubmitFormAsync(file, "book-appointment", ("Booking.Date", date), ("Booking.Time", "09:30"),
            ("Booking.DurationMinutes", "45"), ("Booking.Channel", "AtAgency"), ("Booking.SiteId", site.ToString()), ("Booking.Purpose", "Bilan de compétences"))).ReadHtmlAsync();
        var dayView = await (await browser.GetAsync($"/appointments?view=day&date={date}")).ReadHtmlAsync();
        var weekView = await (await browser.GetAsync($"/appointments?view=week&date={date}")).ReadHtmlAsync();
        var otherDay = await (await browser.GetAsync($"/appointments?view=day&date={day.AddDays(1):yyyy-MM-dd}")).ReadHtmlAsync();

        Assert.Contains("La durée doit être comprise entre 15 et 240 minutes.", bad, StringComparison.Ordinal);
        Assert.Contains("Bilan de compétences", bad, StringComparison.Ordinal);
        Assert.Contains("Rendez-vous pris.", good, StringComparison.Ordinal);
        var id = await app.QueryAsync(db => db.Appointments.Select(a => a.Id).SingleAsync());
        Assert.Contains($"data-appointment=\"{id}\"", good, StringComparison.Ordinal);
        Assert.Contains("09:30–10:15", dayView, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{personId}/appointments\">Jean-Paul Kabila</a>", dayView, StringComparison.Ordinal);
        Assert.Contains($"/appointments?view=day&date={day.AddDays(1):yyyy-MM-dd}", dayView, StringComparison.Ordinal);
        Assert.Contains("Jean-Paul Kabila", weekView, StringComparison.Ordinal);
        Assert.Equal(7, System.Text.RegularExpressions.Regex.Matches(weekView, "class=\"card calendar-day\"").Count);
        Assert.DoesNotContain("Jean-Paul Kabila", otherDay, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Mark\"", dayView, StringComparison.Ordinal);

        app.Clock.Advance(SiteTime.FromLocal(day, new TimeOnly(9, 40)) - app.Clock.GetUtcNow());
        browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var calendar = $"/appointments?view=day&date={date}";
        var marked = await (await browser.SubmitFormAsync(calendar, "attendance", ("Mark", $"no-show/{id}/1"))).ReadHtmlAsync();
        Assert.Contains($"data-appointment=\"{id}\" data-status=\"NoShow\"", marked, StringComparison.Ordinal);
        Assert.Equal(AppointmentStatus.NoShow, await app.QueryAsync(db => db.Appointments.Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_calendar_marks_attendance_and_the_reschedule_page_moves_and_cancels()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Grace", "Mbeki", "CM");
        var site = await SiteAsync(app, Demo.Counsellor);
        var now = app.Clock.GetUtcNow();
        var soon = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(5);
        var past = (await BookedAsync(client, personId, site, soon)).GetProperty("id").GetGuid();
        var later = (await BookedAsync(client, personId, site, At(app, 2, 14))).GetProperty("id").GetGuid();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var today = SiteTime.ToLocal(soon).ToString("yyyy-MM-dd");

        var attended = await (await browser.SubmitFormAsync($"/appointments?view=day&date={today}", "attendance", ("Mark", $"attended/{past}/1"))).ReadHtmlAsync();
        var page = $"/appointments/{later}/reschedule";
        var badMove = await (await browser.SubmitFormAsync(page, "reschedule", ("Move.Date", SiteTime.Today(app.Clock).AddDays(-3).ToString("yyyy-MM-dd")),
            ("Move.Time", "10:00"), ("Move.DurationMinutes", "30"))).ReadHtmlAsync();
        var badDate = await (await browser.SubmitFormAsync(page, "reschedule", ("Move.Date", "31/02/2027"),
            ("Move.Time", "16:15"), ("Move.DurationMinutes", "30"))).ReadHtmlAsync();
        var moved = await (await browser.SubmitFormAsync(page, "reschedule", ("Move.Date", SiteTime.Today(app.Clock).AddDays(3).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            ("Move.Time", "16:15"), ("Move.DurationMinutes", "30"))).ReadHtmlAsync();
        var noReason = await (await browser.SubmitFormAsync(page, "cancel-appointment", ("Cancel.Reason", ""))).ReadHtmlAsync();
        var cancelled = await (await browser.SubmitFormAsync(page, "cancel-appointment", ("Cancel.Reason", "Empêchement de la personne"))).ReadHtmlAsync();

        Assert.Contains($"data-appointment=\"{past}\" data-status=\"Attended\"", attended, StringComparison.Ordinal);
        Assert.Contains("Un rendez-vous ne peut pas être pris dans le passé.", badMove, StringComparison.Ordinal);
        Assert.Contains("Date : « 31/02/2027 » n'est pas une date.", badDate, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2027\"", badDate, StringComparison.Ordinal);
        Assert.Contains("Rendez-vous déplacé.", moved, StringComparison.Ordinal);
        Assert.Contains("Le champ « Motif de l'annulation » est obligatoire.", noReason, StringComparison.Ordinal);
        Assert.Contains("Rendez-vous annulé.", cancelled, StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.Appointments.AsNoTracking().SingleAsync(a => a.Id == later));
        Assert.Equal((AppointmentStatus.Cancelled, 1, new TimeOnly(16, 15)), (stored.Status, stored.RescheduleCount, TimeOnly.FromDateTime(SiteTime.ToLocal(stored.StartsAt))));
        Assert.Equal(SiteTime.Today(app.Clock).AddDays(3), DateOnly.FromDateTime(SiteTime.ToLocal(stored.StartsAt)));
        var file = await (await browser.GetAsync($"/people/{personId}/appointments")).ReadHtmlAsync();
        Assert.Contains("Empêchement de la personne", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_shows_the_pending_reminder_and_the_home_page_today_s_appointments()
    {
        await using var app = await AmudduApp.StartAsync();
        var tomorrow = SiteTime.Today(app.Clock).AddDays(1);
        app.Clock.Advance(SiteTime.FromLocal(tomorrow, new TimeOnly(8, 0)) - app.Clock.GetUtcNow());
        var (client, personId) = await ReachableAsync(app, ["fr"]);
        await BookedAsync(client, personId, await SiteAsync(app, Demo.Counsellor), SiteTime.FromLocal(tomorrow, new TimeOnly(10, 0)));
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var file = await (await browser.GetAsync($"/people/{personId}/appointments")).ReadHtmlAsync();
        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();

        Assert.Contains("data-reminder=\"Pending\">À envoyer · SMS", file, StringComparison.Ordinal);
        Assert.Contains("Mes rendez-vous du jour", home, StringComparison.Ordinal);
        Assert.Matches($"<span class=\"when\" dir=\"ltr\">10:00</span>\\s*<a href=\"/people/{personId}/appointments\">Aminata Diallo</a>", home);
    }

    [Fact]
    public async Task The_calendar_is_right_to_left_in_Arabic_and_in_the_navigation()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("ar");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var html = await (await browser.GetAsync("/appointments?view=week")).ReadHtmlAsync();

        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("جدول المواعيد", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/appointments\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_personal_data_section_exports_appointments_and_messages_and_erases_them()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await ReachableAsync(app, ["fr"]);
        await BookedAsync(client, personId, await SiteAsync(app, Demo.Counsellor), At(app, 2));

        await using var scope = app.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().OfType<AppointmentsPersonalData>().Single();
        var export = JsonSerializer.Serialize(await section.ExportAsync(personId, default), Relaxed);
        var timeline = await section.TimelineAsync(personId, default);
        await section.EraseAsync(personId, default);

        Assert.Contains(Phone, export, StringComparison.Ordinal);
        Assert.Contains("Point sur le plan d'action", export, StringComparison.Ordinal);
        Assert.Single(timeline);
        var appointment = await app.QueryAsync(db => db.Appointments.AsNoTracking().SingleAsync());
        var message = Assert.Single(await OutboxAsync(app));
        Assert.Null(appointment.Purpose);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
        Assert.Equal(("", "{}", OutboxStatus.Cancelled), (message.RecipientCipher, message.Parameters, message.Status));
    }
}
