using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Notifications.Delivery;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MimeKit;
using netDumbster.smtp;

namespace Amuddu.Web.Tests.Notifications;

public sealed class NotificationsTests
{
    private const string Phone = "+212612345678";
    private const string Email = "awa.sow@example.org";
    private const string Where = "Agence de Casablanca";

    private static Dictionary<string, string?> Gateway(FakeGateway gateway) => new()
    {
        ["Amuddu:Notifications:Gateway:Url"] = gateway.Url,
        ["Amuddu:Notifications:Gateway:Token"] = "gateway-secret",
        // Generous: the first request to a cold gateway on a busy machine takes a while.
        ["Amuddu:Notifications:Gateway:Timeout"] = "00:00:10",
    };

    private static Dictionary<string, string?> Smtp(int port) => new()
    {
        ["Amuddu:Notifications:Smtp:Host"] = "127.0.0.1",
        ["Amuddu:Notifications:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Amuddu:Notifications:Smtp:From"] = "Amuddu <no-reply@amuddu.test>",
        ["Amuddu:Notifications:Smtp:UseStartTls"] = "false",
        ["Amuddu:Notifications:Smtp:Timeout"] = "00:00:05",
    };

    /// <summary>The app on a whole second: SQLite keeps instants to the millisecond, and the tests compare them exactly.</summary>
    private static async Task<AmudduApp> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var app = await AmudduApp.StartAsync(settings);
        app.Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerSecond - app.Clock.GetUtcNow().Ticks % TimeSpan.TicksPerSecond));
        return app;
    }

    private static Task<Guid> OrganisationOfAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync());

    /// <summary>An appointment reminder in the outbox, as the appointments area writes it.</summary>
    private static async Task<Guid> EnqueueAsync(
        AmudduApp app, OutboxChannel channel = OutboxChannel.Sms, string recipient = Phone, string culture = "fr", string? organisationOf = null,
        TimeSpan? dueIn = null)
    {
        var organisationId = await OrganisationOfAsync(app, organisationOf ?? Demo.Admin);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
        var key = $"test/{Guid.NewGuid()}";
        var parameters = new Dictionary<string, string> { ["date"] = "lundi 2 mars", ["time"] = "10:30", ["where"] = Where };
        Assert.True(await Outbox.EnqueueAsync(db, scope.ServiceProvider.GetRequiredService<FieldProtector>(), app.Clock, new OutboxRequest(
            organisationId, null, channel, recipient, culture, "AppointmentReminder", parameters, key, key, app.Clock.GetUtcNow() + (dueIn ?? TimeSpan.Zero)),
            CancellationToken.None));
        await db.SaveChangesAsync();
        return db.OutboxMessages.Local.Single(m => m.DeduplicationKey == key).Id;
    }

    private static async Task<DeliveryReport> DeliverAsync(AmudduApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);
    }

    private static Task<OutboxMessage> MessageAsync(AmudduApp app, Guid id) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private static Task<List<DeliveryAttempt>> AttemptsAsync(AmudduApp app, Guid id) =>
        app.QueryAsync(db => db.DeliveryAttempts.AsNoTracking().Where(a => a.MessageId == id).OrderBy(a => a.Number).ToListAsync());

    [Fact]
    public async Task A_due_sms_goes_to_the_gateway_once_with_its_reference_and_the_attempt_is_recorded()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(Gateway(gateway));
        var id = await EnqueueAsync(app);
        var later = await EnqueueAsync(app, dueIn: TimeSpan.FromHours(1));

        Assert.Equal(new DeliveryReport(1, 1, 0, 0), await DeliverAsync(app));
        Assert.Equal(new DeliveryReport(0, 0, 0, 0), await DeliverAsync(app));

        var request = Assert.Single(gateway.Requests);
        Assert.Equal(id.ToString(), request.IdempotencyKey);
        Assert.Equal("Bearer gateway-secret", request.Authorization);
        Assert.Equal(Phone, request.Body.GetProperty("to").GetString());
        Assert.Equal("sms", request.Body.GetProperty("channel").GetString());
        Assert.Equal(id.ToString(), request.Body.GetProperty("reference").GetString());
        Assert.Contains("lundi 2 mars à 10:30 (Agence de Casablanca)", request.Body.GetProperty("text").GetString(), StringComparison.Ordinal);

        var message = await MessageAsync(app, id);
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(app.Clock.GetUtcNow(), message.SentAt);
        Assert.Null(message.ClaimedUntil);
        var attempt = Assert.Single(await AttemptsAsync(app, id));
        Assert.Equal((1, DeliveryOutcome.Sent, "gw-1"), (attempt.Number, attempt.Outcome, attempt.ProviderReference));
        Assert.Equal(OutboxStatus.Pending, (await MessageAsync(app, later)).Status);
        // The log names the message, never the number or the text.
        Assert.Contains(app.Logs.Lines, l => l.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("612345678", StringComparison.Ordinal) || l.Contains(Where, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gateway_error_is_retried_after_a_minute_with_the_same_reference_then_succeeds()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(Gateway(gateway));
        gateway.Then(new FakeGateway.Answer(500));
        var id = await EnqueueAsync(app, OutboxChannel.WhatsApp);

        Assert.Equal(new DeliveryReport(1, 0, 1, 0), await DeliverAsync(app));
        var waiting = await MessageAsync(app, id);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(app.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), waiting.DueAt);
        Assert.Equal("gateway HTTP 500", waiting.LastError);

        app.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, (await DeliverAsync(app)).Claimed);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DeliveryReport(1, 1, 0, 0), await DeliverAsync(app));

        Assert.Equal(2, gateway.Requests.Count);
        Assert.All(gateway.Requests, r => Assert.Equal(id.ToString(), r.IdempotencyKey));
        Assert.All(gateway.Requests, r => Assert.Equal("whatsapp", r.Body.GetProperty("channel").GetString()));
        Assert.Equal([DeliveryOutcome.TransientError, DeliveryOutcome.Sent], (await AttemptsAsync(app, id)).Select(a => a.Outcome));
        var sent = await MessageAsync(app, id);
        Assert.Equal((OutboxStatus.Sent, 2, null), (sent.Status, sent.Attempts, sent.LastError));
    }

    [Fact]
    public async Task Temporary_failures_back_off_one_five_thirty_minutes_two_and_twelve_hours_then_fail()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(Gateway(gateway));
        gateway.Then(Enumerable.Repeat(new FakeGateway.Answer(503), 6).ToArray());
        var id = await EnqueueAsync(app);

        foreach (var wait in OutboxDelivery.BackOff)
        {
            Assert.Equal(1, (await DeliverAsync(app)).Retrying);
            Assert.Equal(app.Clock.GetUtcNow() + wait, (await MessageAsync(app, id)).DueAt);
            app.Clock.Advance(wait);
        }

        Assert.Equal(new DeliveryReport(1, 0, 0, 1), await DeliverAsync(app));
        var failed = await MessageAsync(app, id);
        Assert.Equal((OutboxStatus.Failed, 6, "gateway HTTP 503"), (failed.Status, failed.Attempts, failed.LastError));
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await DeliverAsync(app)).Claimed);
        Assert.Equal(6, gateway.Requests.Count);
        Assert.Equal(Enumerable.Range(1, 6), (await AttemptsAsync(app, id)).Select(a => a.Number));
    }

    [Fact]
    public async Task A_refused_request_or_an_invalid_number_fails_at_once()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(Gateway(gateway));
        gateway.Then(new FakeGateway.Answer(400));
        var refused = await EnqueueAsync(app);
        Assert.Equal(new DeliveryReport(1, 0, 0, 1), await DeliverAsync(app));
        var invalid = await EnqueueAsync(app, recipient: "06 12 34");
        Assert.Equal(new DeliveryReport(1, 0, 0, 1), await DeliverAsync(app));
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await DeliverAsync(app)).Claimed);

        Assert.Single(gateway.Requests);
        Assert.Equal((OutboxStatus.Failed, "gateway HTTP 400"), ((await MessageAsync(app, refused)).Status, (await MessageAsync(app, refused)).LastError));
        Assert.Equal(DeliveryOutcome.PermanentError, Assert.Single(await AttemptsAsync(app, refused)).Outcome);
        Assert.Equal("invalid phone number", (await MessageAsync(app, invalid)).LastError);
    }

    [Fact]
    public async Task A_gateway_that_does_not_answer_in_time_is_a_temporary_error()
    {
        await using var gateway = await FakeGateway.StartAsync();
        var settings = Gateway(gateway);
        settings["Amuddu:Notifications:Gateway:Timeout"] = "00:00:01";
        await using var app = await StartAsync(settings);
        gateway.Then(new FakeGateway.Answer(200, TimeSpan.FromSeconds(5)));
        var slow = await EnqueueAsync(app);

        Assert.Equal(new DeliveryReport(1, 0, 1, 0), await DeliverAsync(app));
        var message = await MessageAsync(app, slow);
        Assert.Equal((OutboxStatus.Pending, "gateway timed out"), (message.Status, message.LastError));
        Assert.Equal(DeliveryOutcome.TransientError, Assert.Single(await AttemptsAsync(app, slow)).Outcome);
    }

    [Fact]
    public async Task A_cancelled_message_is_never_sent()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(Gateway(gateway));
        var cancelled = await EnqueueAsync(app);
        var kept = await EnqueueAsync(app);
        var admin = await app.ApiClientAsync(Demo.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/notifications/{cancelled}/cancel", null)).StatusCode);

        Assert.Equal(new DeliveryReport(1, 1, 0, 0), await DeliverAsync(app));
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, (await DeliverAsync(app)).Claimed);

        Assert.Equal(kept.ToString(), Assert.Single(gateway.Requests).IdempotencyKey);
        Assert.Equal(OutboxStatus.Cancelled, (await MessageAsync(app, cancelled)).Status);
        Assert.Empty(await AttemptsAsync(app, cancelled));
    }

    [Fact]
    public async Task Two_workers_delivering_at_the_same_time_send_each_message_exactly_once()
    {
        await using var gateway = await FakeGateway.StartAsync();
        var settings = Gateway(gateway);
        settings["Amuddu:Notifications:BatchSize"] = "3";
        await using var app = await StartAsync(settings);
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await EnqueueAsync(app));
        }

        async Task<int> WorkerAsync()
        {
            var sent = 0;
            while (await DeliverAsync(app) is { Claimed: > 0 } report)
            {
                sent += report.Sent;
            }

            return sent;
        }

        var counts = await Task.WhenAll(WorkerAsync(), WorkerAsync());

        Assert.Equal(12, counts.Sum());
        Assert.Equal(12, gateway.Requests.Count);
        Assert.Equal(ids.Select(i => i.ToString()).Order(), gateway.Requests.Select(r => r.IdempotencyKey).Order());
        var messages = await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync());
        Assert.All(messages, m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        Assert.Equal(12, await app.QueryAsync(db => db.DeliveryAttempts.CountAsync(a => ids.Contains(a.MessageId))));
    }

    [Fact]
    public async Task A_message_whose_worker_died_is_claimed_again_once_its_lease_has_run_out()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(Gateway(gateway));
        var id = await EnqueueAsync(app);
        // A worker claimed it, then the process was killed before the outcome was saved.
        var lease = app.Clock.GetUtcNow() + TimeSpan.FromMinutes(2);
        await app.QueryAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimedUntil, lease).SetProperty(m => m.Attempts, 1)));

        Assert.Equal(0, (await DeliverAsync(app)).Claimed);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new DeliveryReport(1, 1, 0, 0), await DeliverAsync(app));

        Assert.Equal(id.ToString(), Assert.Single(gateway.Requests).IdempotencyKey);
        var message = await MessageAsync(app, id);
        Assert.Equal((OutboxStatus.Sent, 2), (message.Status, message.Attempts));
        Assert.Equal(2, Assert.Single(await AttemptsAsync(app, id)).Number);
    }

    [Fact]
    public async Task An_email_goes_through_smtp_in_the_recipients_language_with_the_message_id()
    {
        using var smtp = SimpleSmtpServer.Start();
        await using var app = await StartAsync(Smtp(smtp.Configuration.Port));
        var id = await EnqueueAsync(app, OutboxChannel.Email, Email, "ar");
        var invalid = await EnqueueAsync(app, OutboxChannel.Email, "not an address", "fr");

        Assert.Equal(new DeliveryReport(2, 1, 0, 1), await DeliverAsync(app));

        var received = Assert.Single(smtp.ReceivedEmail);
        var mail = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
        Assert.Equal($"{id}@amuddu.test", mail.MessageId);
        Assert.Equal(Email, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("no-reply@amuddu.test", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("تذكير بموعدك", mail.Subject);
        Assert.Contains("أمودّو: تذكير بموعدك يوم lundi 2 mars على الساعة 10:30", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("يرجى عدم الرد", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("lang=\"ar\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, (await MessageAsync(app, id)).Status);
        Assert.Equal(DeliveryOutcome.Sent, Assert.Single(await AttemptsAsync(app, id)).Outcome);
        var failed = await MessageAsync(app, invalid);
        Assert.Equal((OutboxStatus.Failed, "invalid e-mail address"), (failed.Status, failed.LastError));
    }

    [Fact]
    public async Task An_smtp_server_that_does_not_answer_is_a_temporary_error()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var app = await StartAsync(Smtp(port));
        var id = await EnqueueAsync(app, OutboxChannel.Email, Email);
        Assert.Equal(new DeliveryReport(1, 0, 1, 0), await DeliverAsync(app));
        var message = await MessageAsync(app, id);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.StartsWith("SMTP ", message.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_template_has_a_subject_and_renders_in_french_arabic_and_english()
    {
        await using var app = await StartAsync();
        var text = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var templates = text.GetAllStrings(includeParentCultures: true).Select(s => s.Name)
            .Where(n => n.StartsWith("Notification.", StringComparison.Ordinal) && !n.EndsWith(".Subject", StringComparison.Ordinal))
            .Select(n => n["Notification.".Length..]).ToList();
        Assert.Contains("AppointmentReminder", templates);

        foreach (var template in templates)
        {
            var rendered = new[] { "fr", "ar", "en" }.ToDictionary(c => c, c => NotificationTemplates.Render(text, template, c, "{}"));
            Assert.All(rendered.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
            Assert.All(rendered.Values, r => Assert.NotEqual(text["Notifications.DefaultSubject"].Value, r.Subject));
            Assert.Matches(@"\p{IsArabic}", rendered["ar"].Text);
            Assert.Matches(@"\p{IsArabic}", rendered["ar"].Subject);
            Assert.NotEqual(rendered["fr"].Text, rendered["en"].Text);
            Assert.NotEqual(rendered["fr"].Subject, rendered["en"].Subject);
            Assert.Contains("dir=\"ltr\"", rendered["en"].EmailHtml, StringComparison.Ordinal);
        }

        var parameters = JsonSerializer.Serialize(new Dictionary<string, string> { ["date"] = "D", ["time"] = "T", ["where"] = "W" });
        Assert.Equal("Amuddu: a reminder of your appointment on D at T (W). If you cannot come, tell your counsellor.",
            NotificationTemplates.Render(text, "AppointmentReminder", "en", parameters).Text);
        Assert.Equal("Rappel de votre rendez-vous", NotificationTemplates.Render(text, "AppointmentReminder", "fr", parameters).Subject);
        Assert.DoesNotContain("{", NotificationTemplates.Render(text, "AppointmentReminder", "ar", parameters).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_channel_the_development_sender_writes_a_readable_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"amuddu-outbox-{Guid.NewGuid():N}");
        try
        {
            await using var app = await StartAsync(new() { ["Amuddu:Notifications:OutboxFolder"] = folder });
            var sms = await EnqueueAsync(app, culture: "en");
            var email = await EnqueueAsync(app, OutboxChannel.Email, Email, "fr");

            Assert.Equal(new DeliveryReport(2, 2, 0, 0), await DeliverAsync(app));

            var smsFile = await File.ReadAllTextAsync(Path.Combine(folder, $"{sms}-sms.txt"));
            Assert.Contains($"To: {Phone}", smsFile, StringComparison.Ordinal);
            Assert.Contains("Amuddu: a reminder of your appointment on lundi 2 mars at 10:30 (Agence de Casablanca).", smsFile, StringComparison.Ordinal);
            var emailFile = await File.ReadAllTextAsync(Path.Combine(folder, $"{email}-email.txt"));
            Assert.Contains("Subject: Rappel de votre rendez-vous", emailFile, StringComparison.Ordinal);
            Assert.Equal($"{sms}-sms.txt", Assert.Single(await AttemptsAsync(app, sms)).ProviderReference);
            Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("612345678", StringComparison.Ordinal) || l.Contains(Email, StringComparison.Ordinal)
                || l.Contains(Where, StringComparison.Ordinal));
            Assert.Contains(app.Logs.Lines, l => l.Contains($"{sms}-sms.txt", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Outside_demo_mode_a_channel_without_a_sender_holds_its_messages_unsent_and_says_so()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"amuddu-outbox-{Guid.NewGuid():N}");
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(new(Gateway(gateway)) { ["Amuddu:Demo:Enabled"] = "false", ["Amuddu:Notifications:OutboxFolder"] = folder });
        var sms = await EnqueueAsync(app);
        var email = await EnqueueAsync(app, OutboxChannel.Email, Email, "fr");

        var report = await DeliverAsync(app);
        var ready = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(new DeliveryReport(1, 1, 0, 0), report);
        Assert.Equal(OutboxStatus.Sent, (await MessageAsync(app, sms)).Status);
        var held = await MessageAsync(app, email);
        Assert.Equal(OutboxStatus.Pending, held.Status);
        Assert.Equal(0, held.Attempts);
        Assert.Empty(await AttemptsAsync(app, email));
        Assert.False(Directory.Exists(folder));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Notifications held", StringComparison.Ordinal)
            && l.Contains("Email", StringComparison.Ordinal) && !l.Contains("Sms", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("+212612345678", "+212 6•• ••• •78")]
    [InlineData("+33612345678", "+33 6•• ••• •78")]
    [InlineData("+2250712345678", "+225 0•• ••• ••78")]
    public void A_phone_number_is_masked_to_its_country_first_digit_and_last_two(string phone, string masked) =>
        Assert.Equal(masked, RecipientMask.Phone(phone));

    [Fact]
    public async Task Administrators_list_their_organisations_outbox_masked_and_retry_or_cancel()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(Gateway(gateway));
        gateway.Then(new FakeGateway.Answer(400));
        var failed = await EnqueueAsync(app);
        await DeliverAsync(app);
        var pending = await EnqueueAsync(app, OutboxChannel.Email, Email, dueIn: TimeSpan.FromHours(3));
        var theirs = await EnqueueAsync(app, organisationOf: Demo.NgoAdmin, dueIn: TimeSpan.FromHours(3));
        var admin = await app.ApiClientAsync(Demo.Admin);

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        var ids = list.EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(failed, ids);
        Assert.Contains(pending, ids);
        Assert.DoesNotContain(theirs, ids);
        var row = list.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == failed);
        Assert.Equal("+212 6•• ••• •78", row.GetProperty("recipient").GetString());
        Assert.Equal(("Failed", 1, "gateway HTTP 400"), (row.GetProperty("status").GetString(), row.GetProperty("attempts").GetInt32(), row.GetProperty("lastError").GetString()));
        Assert.Equal("a•••@example.org", list.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == pending).GetProperty("recipient").GetString());
        Assert.DoesNotContain("612345678", list.GetRawText(), StringComparison.Ordinal);
        var onlyFailed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications?status=failed");
        Assert.Equal([failed], onlyFailed.EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));

        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/notifications/{failed}");
        var attempt = Assert.Single(detail.GetProperty("history").EnumerateArray());
        Assert.Equal("PermanentError", attempt.GetProperty("outcome").GetString());

        // Retrying a pending message and cancelling a failed one make no sense.
        await (await admin.PostAsync($"/api/v1/notifications/{pending}/retry", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsync($"/api/v1/notifications/{failed}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);

        var retried = await admin.PostAsync($"/api/v1/notifications/{failed}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var again = await MessageAsync(app, failed);
        Assert.Equal((OutboxStatus.Pending, 0, app.Clock.GetUtcNow()), (again.Status, again.Attempts, again.DueAt));
        Assert.Equal(1, (await DeliverAsync(app)).Sent);
        Assert.Equal(2, gateway.Requests.Count);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/notifications/{pending}/cancel", null)).StatusCode);
        Assert.Equal(OutboxStatus.Cancelled, (await MessageAsync(app, pending)).Status);
        await (await admin.PostAsync($"/api/v1/notifications/{pending}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(await app.AuditAsync(NotificationAudit.Retried));
        Assert.Single(await app.AuditAsync(NotificationAudit.Cancelled));
    }

    [Fact]
    public async Task Another_organisations_message_is_not_found_and_other_roles_are_refused()
    {
        await using var app = await StartAsync();
        var id = await EnqueueAsync(app);
        var ngoAdmin = await app.ApiClientAsync(Demo.NgoAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await ngoAdmin.GetAsync($"/api/v1/notifications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngoAdmin.PostAsync($"/api/v1/notifications/{id}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngoAdmin.PostAsync($"/api/v1/notifications/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngoAdmin.GetAsync($"/api/v1/notifications/{Guid.NewGuid()}")).StatusCode);
        Assert.Empty((await ngoAdmin.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray());
        Assert.Equal(OutboxStatus.Pending, (await MessageAsync(app, id)).Status);

        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.GetAsync("/api/v1/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsync($"/api/v1/notifications/{id}/cancel", null)).StatusCode);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/admin/notifications")).StatusCode);
    }

    [Fact]
    public async Task A_bad_filter_is_a_problem_naming_the_field()
    {
        await using var app = await StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin, "en");
        var problem = await (await admin.GetAsync("/api/v1/notifications?status=Lost&take=0")).ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("The value of Status is not valid.", errors.GetProperty("status")[0].GetString());
        Assert.True(errors.TryGetProperty("take", out _));
    }

    [Fact]
    public async Task The_outbox_page_shows_masked_messages_and_its_buttons_retry_and_cancel()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var app = await StartAsync(Gateway(gateway));
        gateway.Then(new FakeGateway.Answer(422));
        var failed = await EnqueueAsync(app);
        await DeliverAsync(app);
        var pending = await EnqueueAsync(app, dueIn: TimeSpan.FromHours(1));
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Admin);

        var page = await (await browser.GetAsync("/admin/notifications")).ReadHtmlAsync();
        Assert.Contains("Outgoing messages", page, StringComparison.Ordinal);
        Assert.Contains("+212 6•• ••• •78", page, StringComparison.Ordinal);
        Assert.Contains("gateway HTTP 422", page, StringComparison.Ordinal);
        Assert.DoesNotContain("612345678", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Where, page, StringComparison.Ordinal);

        var retried = await (await browser.SubmitFormAsync("/admin/notifications", "notification-action", ("Act.Command", $"retry:{failed}"))).ReadHtmlAsync();
        Assert.Contains("The message is queued again.", retried, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Pending, (await MessageAsync(app, failed)).Status);

        var cancelled = await (await browser.SubmitFormAsync("/admin/notifications", "notification-action", ("Act.Command", $"cancel:{pending}"))).ReadHtmlAsync();
        Assert.Contains("The message will not be sent.", cancelled, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Cancelled, (await MessageAsync(app, pending)).Status);

        var refused = await (await browser.SubmitFormAsync("/admin/notifications", "notification-action", ("Act.Command", $"cancel:{pending}"))).ReadHtmlAsync();
        Assert.Contains("Only a message waiting to be sent can be cancelled.", refused, StringComparison.Ordinal);
        var unknown = await (await browser.SubmitFormAsync("/admin/notifications", "notification-action", ("Act.Command", $"retry:{Guid.NewGuid()}"))).ReadHtmlAsync();
        Assert.Contains("This message does not exist.", unknown, StringComparison.Ordinal);

        var arabic = app.CreateBrowser("ar");
        await app.WebSignInAsync(arabic, Demo.Admin);
        Assert.Contains("الرسائل المرسلة", await (await arabic.GetAsync("/admin/notifications?status=Cancelled")).ReadHtmlAsync(), StringComparison.Ordinal);
    }
}
