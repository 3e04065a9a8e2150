using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Amuddu.Web.Tests.Referrals.Lifecycle.LifecycleTestData;

namespace Amuddu.Web.Tests.Referrals.Lifecycle;

public class EscalationTests
{
    private static readonly string Officer = $"officer@{DemoAccounts.Domain}";

    private static async Task<int> EscalateAsync(AmudduApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await EscalateOverdueReferrals.RunAsync(services.GetRequiredService<AmudduDbContext>(), services.GetRequiredService<AuditLog>(),
            services.GetRequiredService<FieldProtector>(), app.Clock, CancellationToken.None);
    }

    private static Task<Guid> UserIdAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>The administrator names the counsellor's manager through the users API.</summary>
    private static async Task<HttpResponseMessage> SetManagerAsync(HttpClient admin, Guid userId, Guid? managerId)
    {
        var user = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{userId}", Http.Json);
        return await admin.PutAsJsonAsync($"/api/v1/users/{userId}", new
        {
            displayName = user.GetProperty("displayName").GetString(),
            roles = user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray(),
            siteId = user.GetProperty("siteId").ValueKind == JsonValueKind.Null ? (Guid?)null : user.GetProperty("siteId").GetGuid(),
            isActive = true,
            concurrencyStamp = user.GetProperty("concurrencyStamp").GetString(),
            managerId,
        });
    }

    [Fact]
    public async Task An_overdue_referral_is_escalated_once_to_the_senders_manager_with_an_event_an_email_and_a_line_on_their_home_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync(respondInDays: 3);
        var admin = await app.ApiClientAsync(Demo.Admin);
        var counsellorId = await UserIdAsync(app, Demo.Counsellor);
        var officerId = await UserIdAsync(app, Officer);
        var set = await SetManagerAsync(admin, counsellorId, officerId);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(officerId, (await set.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).GetProperty("managerId").GetGuid());

        Assert.Equal(0, await EscalateAsync(app));
        app.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, await EscalateAsync(app));
        Assert.Equal(0, await EscalateAsync(app));

        var referral = await app.QueryAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == sent.Id));
        Assert.Equal(officerId, referral.EscalatedTo);
        Assert.True((app.Clock.GetUtcNow() - referral.EscalatedAt!.Value).Duration() < TimeSpan.FromMilliseconds(1));
        // Five days on, the sessions of the morning have expired: both ends sign in again.
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var caseworker = await app.ApiClientAsync(Demo.Caseworker);
        var detail = await counsellor.ReadReferralAsync(sent.Id);
        Assert.Contains(detail.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Escalated");
        Assert.True(detail.GetProperty("overdue").GetBoolean());
        Assert.Single(await app.AuditAsync(ReferralAudit.Escalated));

        var message = Assert.Single(await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.TemplateKey == ReferralMessages.Escalated).ToListAsync()));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(Officer, scope.ServiceProvider.GetRequiredService<FieldProtector>().UnprotectText(message.RecipientCipher));
        }

        Assert.Contains(sent.Reference, message.Parameters);
        Assert.DoesNotContain("Awa", message.Parameters);
        Assert.Null(message.PersonId);

        // The manager holds no referral role: the list is on the home page and in the API, naming no one.
        var officer = await app.ApiClientAsync(Officer);
        var escalated = await officer.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}/escalated", Http.Json);
        var line = Assert.Single(escalated.EnumerateArray());
        Assert.Equal(sent.Reference, line.GetProperty("reference").GetString());
        Assert.Equal(2, line.GetProperty("daysLate").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"{ReferralRoutes}/{sent.Id}")).StatusCode);
        Assert.Empty((await counsellor.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}/escalated", Http.Json)).EnumerateArray());

        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Officer);
        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();
        Assert.Contains("Overdue referrals escalated to you", home);
        Assert.Contains(sent.Reference, home);
        Assert.DoesNotContain("Awa", home);

        // Once answered it is no longer late, and leaves the list.
        await caseworker.MoveOkAsync(sent.Id, "decline", new() { ["reason"] = "NoCapacity" });
        Assert.Empty((await officer.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}/escalated", Http.Json)).EnumerateArray());
    }

    /// <summary>Copies of a referral sent, each with its own reference.</summary>
    private static Task<int> CopyAsync(AmudduApp app, SentReferral sent, int copies) => app.QueryAsync(async db =>
    {
        var original = db.Entry(await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == sent.Id)).CurrentValues;
        for (var i = 1; i <= copies; i++)
        {
            var copy = db.Referrals.Add(new Referral { Reference = $"{sent.Reference}-{i}", Reason = "Backlog" });
            foreach (var property in original.Properties.Where(p => !p.IsPrimaryKey() && p.Name is not nameof(Referral.Reference)))
            {
                copy.Property(property.Name).CurrentValue = original[property];
            }
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>Counts the transactions committed: one per batch of escalations.</summary>
    private sealed class Commits : DbTransactionInterceptor
    {
        private int _count;

        public int Count => _count;

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_backlog_of_overdue_referrals_goes_up_in_batches_each_saved_at_once_and_each_escalated_once()
    {
        const int backlog = 2 * EscalateOverdueReferrals.BatchSize + 50;
        var commits = new Commits();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commits);
        var sent = await app.SendReferralAsync(respondInDays: 3);
        // A national network's first pass: the same referral many times over (as many senders' backlogs would be).
        await CopyAsync(app, sent, backlog - 1);
        app.Clock.Advance(TimeSpan.FromDays(5));
        var before = commits.Count;

        Assert.Equal(backlog, await EscalateAsync(app));

        // Three short transactions, not one per referral: staff writes go between them.
        Assert.Equal(3, commits.Count - before);
        Assert.Equal(0, await EscalateAsync(app));
        Assert.Equal(backlog, await app.QueryAsync(db => db.Referrals.CountAsync(r => r.EscalatedAt != null)));
        Assert.Equal(backlog, await app.QueryAsync(db => db.ReferralEvents.CountAsync(e => e.Kind == ReferralEventKind.Escalated)));
        Assert.Equal(backlog, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.TemplateKey == ReferralMessages.Escalated)));
        Assert.Equal(backlog, (await app.AuditAsync(ReferralAudit.Escalated)).Count);
    }

    [Fact]
    public async Task Two_instances_escalating_at_once_escalate_each_referral_once_with_one_message()
    {
        await using var app = await AmudduApp.StartAsync();
        await CopyAsync(app, await app.SendReferralAsync(respondInDays: 1), 2);

        app.Clock.Advance(TimeSpan.FromDays(3));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            try
            {
                await EscalateAsync(app);
            }
            catch (DbUpdateException)
            {
                // Two passes inserting the same message at the very same moment: the loser's pass ends, the next finds it done.
            }
        })));
        await EscalateAsync(app);

        Assert.Equal(3, await app.QueryAsync(db => db.Referrals.CountAsync(r => r.EscalatedAt != null)));
        Assert.Equal(3, await app.QueryAsync(db => db.ReferralEvents.CountAsync(e => e.Kind == ReferralEventKind.Escalated)));
        Assert.Equal(3, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.TemplateKey == ReferralMessages.Escalated)));
    }

    [Fact]
    public async Task Without_a_manager_the_referral_goes_to_an_administrator_of_the_sending_organisation()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync(respondInDays: 1);
        app.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(1, await EscalateAsync(app));

        var admin = await UserIdAsync(app, Demo.Admin);
        Assert.Equal(admin, await app.QueryAsync(db => db.Referrals.Where(r => r.Id == sent.Id).Select(r => r.EscalatedTo).SingleAsync()));
        var list = await (await app.ApiClientAsync(Demo.Admin)).GetFromJsonAsync<JsonElement>($"{ReferralRoutes}/escalated", Http.Json);
        Assert.Single(list.EnumerateArray());
    }

    [Fact]
    public async Task A_manager_must_be_an_active_colleague_of_the_same_organisation()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);
        var counsellorId = await UserIdAsync(app, Demo.Counsellor);

        foreach (var wrong in new[] { await UserIdAsync(app, Demo.NgoCounsellor), counsellorId, Guid.NewGuid() })
        {
            var problem = await (await SetManagerAsync(admin, counsellorId, wrong)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("managerId", out _));
        }

        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "nouvelle@anapec.example.ma", displayName = "Nouvelle Recrue", roles = new[] { "Counsellor" }, password = "Long enough passphrase 2026",
            managerId = await UserIdAsync(app, Demo.NgoAdmin),
        });
        var createdProblem = await created.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(createdProblem.GetProperty("errors").TryGetProperty("managerId", out _));

        var ok = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "nouvelle@anapec.example.ma", displayName = "Nouvelle Recrue", roles = new[] { "Counsellor" }, password = "Long enough passphrase 2026",
            managerId = await UserIdAsync(app, Demo.Admin),
        });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal(await UserIdAsync(app, Demo.Admin), (await ok.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).GetProperty("managerId").GetGuid());
    }

    [Fact]
    public async Task The_admin_user_page_sets_the_manager()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellorId = await UserIdAsync(app, Demo.Counsellor);
        var officerId = await UserIdAsync(app, Officer);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Admin);
        var page = $"/admin/users/{counsellorId}";
        var html = await (await browser.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("Manager", html);

        var saved = await browser.SubmitFormAsync(page, "edit-user",
            ("Input.DisplayName", "Youssef El Amrani"), ("role", "Counsellor"), ("Input.IsActive", "true"), ("Input.ManagerId", officerId.ToString()));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(officerId, await app.QueryAsync(db => db.Users.Where(u => u.Id == counsellorId).Select(u => u.ManagerId).SingleAsync()));

        var refused = await browser.SubmitFormAsync(page, "edit-user",
            ("Input.DisplayName", "Youssef El Amrani"), ("role", "Counsellor"), ("Input.IsActive", "true"), ("Input.ManagerId", counsellorId.ToString()));
        var refusedHtml = await refused.ReadHtmlAsync();
        Assert.Contains("The value of Manager is not one of those allowed.", refusedHtml);
    }
}
