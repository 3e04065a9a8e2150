using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Payments;

public class PaymentOrderTests
{
    private static async Task<(AmudduApp App, HttpClient Officer, SupportApplication Application, List<JsonElement> Tranches)> ContractedAsync()
    {
        var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId, a => a.StartsOn = app.Today.AddMonths(-2));
        return (app, officer, application, await officer.ContractAsync(application));
    }

    [Fact]
    public async Task The_officer_who_confirmed_a_tranche_s_condition_cannot_also_order_its_payment()
    {
        var (app, officer, application, tranches) = await ContractedAsync();
        await using var owner = app;
        var attendance = tranches[1];
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/applications/{application.Id}/tranches/{attendance.Id()}/confirm",
            new { version = attendance.GetProperty("version").GetInt64() })).StatusCode);

        var refused = await (await officer.OrderAsync(attendance.Id(), "k1")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(ProblemTypes.TrancheNotPayable, refused.Str("type"));
        Assert.Equal("You confirmed this tranche's condition: another programme officer must order its payment.", refused.Str("title"));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentOrders.CountAsync(o => o.TrancheId == attendance.Id())));
        var second = await app.ApiClientAsync(Demo.Officer2, "en");
        Assert.Equal("Ordered", (await second.OrderedAsync(attendance.Id(), "k2")).Str("status"));
    }

    [Fact]
    public async Task An_order_is_made_once_per_key_and_the_same_key_returns_the_same_order()
    {
        var (app, officer, application, tranches) = await ContractedAsync();
        await using var owner = app;
        var tranche = tranches[0].Id();

        var created = await officer.OrderAsync(tranche, "key-1");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var order = await created.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.StartsWith("PAY-", order.Str("reference"), StringComparison.Ordinal);
        Assert.Equal(2500.00m, order.Dec("amount"));
        Assert.Equal("Ordered", order.Str("status"));
        Assert.Equal("BankTransfer", order.Str("channel"));
        Assert.DoesNotContain(PaymentsSetup.Rib, await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal($"/api/v1/payments/{order.Id()}", created.Headers.Location!.OriginalString);

        var again = await officer.OrderedAsync(tranche, "key-1", HttpStatusCode.OK);
        Assert.Equal(order.Id(), again.Id());

        var stored = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().SingleAsync());
        Assert.Equal(tranche, stored.ActiveTrancheId);
        Assert.Equal(OrderPayment.RequestHash(tranche), stored.RequestHash);
        Assert.Equal(64, stored.RequestHash.Length);
        Assert.Equal(PaymentsSetup.Rib, app.Protector().UnprotectText(stored.PayeeAccountCipher));
        Assert.Equal(ApplicationStatus.InPayment, await app.QueryAsync(db => db.Applications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(TrancheStatus.Ordered, await app.QueryAsync(db => db.Tranches.Where(t => t.Id == tranche).Select(t => t.Status).SingleAsync()));
        var audit = Assert.Single(await app.AuditAsync(ApplicationAudit.PaymentOrdered));
        Assert.Equal($"person {application.PersonId}", audit.Subject);
        Assert.DoesNotContain(PaymentsSetup.Rib, audit.Detail!, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.ApplicationEvents.AnyAsync(e => e.ApplicationId == application.Id && e.Kind == ApplicationEventKind.PaymentOrdered)));

        // The same key for another tranche is a different request; another key for the same tranche is a second payment.
        var second = tranches[1].Id();
        var reused = await (await officer.OrderAsync(second, "key-1")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(ProblemTypes.IdempotencyKeyReused, reused.Str("type"));
        var twice = await (await officer.OrderAsync(tranche, "key-2")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.TrancheNotPayable, twice.Str("type"));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentOrders.CountAsync()));
    }

    [Fact]
    public async Task Bad_orders_are_named()
    {
        var (app, officer, _, tranches) = await ContractedAsync();
        await using var owner = app;
        var tranche = tranches[0].Id();

        var missing = await (await officer.OrderAsync(tranche, null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Idempotency-Key", missing.GetProperty("errors").GetProperty("Idempotency-Key")[0].GetString(), StringComparison.Ordinal);
        var tooLong = await (await officer.OrderAsync(tranche, new string('k', 101))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(HttpStatusCode.Created, (await officer.OrderAsync(tranche, new string('k', 100))).StatusCode);

        var noTranche = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments") { Content = JsonContent.Create(new { }) };
        noTranche.Headers.Add("Idempotency-Key", "key-x");
        var problem = await (await officer.SendAsync(noTranche)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("trancheId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.OrderAsync(Guid.NewGuid(), "key-y")).StatusCode);
        // A planned tranche (its condition not met) is not payable.
        var planned = await (await officer.OrderAsync(tranches[1].Id(), "key-z")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.TrancheNotPayable, planned.Str("type"));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentOrders.CountAsync()));
    }

    [Fact]
    public async Task Fifty_parallel_identical_requests_make_exactly_one_order()
    {
        var (app, officer, _, tranches) = await ContractedAsync();
        await using var owner = app;
        var tranche = tranches[0].Id();
        var clients = new List<HttpClient> { officer, await app.ApiClientAsync(Demo.Officer), await app.ApiClientAsync(Demo.Officer) };

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => clients[i % clients.Count].OrderAsync(tranche, "same-key"))));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).Id()));
        Assert.Single(ids.Distinct());
        var orders = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().ToListAsync());
        Assert.Equal(ids[0], Assert.Single(orders).Id);
    }

    [Fact]
    public async Task Parallel_requests_with_different_keys_for_one_tranche_make_one_order_and_the_others_are_refused()
    {
        var (app, officer, _, tranches) = await ContractedAsync();
        await using var owner = app;
        var tranche = tranches[0].Id();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => officer.OrderAsync(tranche, $"key-{i}"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentOrders.CountAsync()));
    }

    [Fact]
    public async Task Nothing_is_ordered_while_suspended_and_resuming_lifts_the_hold()
    {
        var (app, officer, application, tranches) = await ContractedAsync();
        await using var owner = app;
        var url = $"/api/v1/applications/{application.Id}";
        var version = await app.QueryAsync(db => db.Applications.Where(a => a.Id == application.Id).Select(a => a.Version).SingleAsync());

        var noReason = await (await officer.PostAsJsonAsync($"{url}/suspend", new { reason = " ", version })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"{url}/suspend", new { reason = "Abandon", version = version - 1 })).StatusCode);
        var suspended = await officer.PostAsJsonAsync($"{url}/suspend", new { reason = "Formation interrompue, vérification en cours", version });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        var body = await suspended.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("suspendedAt").ValueKind);

        var blocked = await (await officer.OrderAsync(tranches[0].Id(), "k1")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("suspended", blocked.Str("title"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"{url}/suspend", new { reason = "again", version = body.GetProperty("version").GetInt64() })).StatusCode);

        var resumed = await officer.PostAsJsonAsync($"{url}/resume", new { version = body.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        await officer.OrderedAsync(tranches[0].Id(), "k1");
        Assert.NotEmpty(await app.AuditAsync(ApplicationAudit.Suspended));
        Assert.NotEmpty(await app.AuditAsync(ApplicationAudit.Resumed));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"{url}/resume",
            new { version = (await resumed.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).GetProperty("version").GetInt64() })).StatusCode);
    }

    [Fact]
    public async Task Cancelling_an_order_keeps_it_and_the_tranche_can_be_ordered_again()
    {
        var (app, officer, _, tranches) = await ContractedAsync();
        await using var owner = app;
        var order = await officer.OrderedAsync(tranches[0].Id(), "k1");
        var url = $"/api/v1/payments/{order.Id()}/cancel";

        Assert.True((await (await officer.PostAsJsonAsync(url, new { reason = "", version = 1 })).ProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync(url, new { reason = "Erreur", version = 7 })).StatusCode);
        var cancelled = await officer.PostAsJsonAsync(url, new { reason = "RIB à vérifier", version = 1 });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).Str("status"));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync(url, new { reason = "Encore", version = 2 })).StatusCode);

        var stored = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().SingleAsync());
        Assert.Null(stored.ActiveTrancheId);
        Assert.Equal("RIB à vérifier", stored.CancelReason);
        await officer.OrderedAsync(tranches[0].Id(), "k2");
        Assert.Equal(2, await app.QueryAsync(db => db.PaymentOrders.CountAsync()));
        Assert.NotEmpty(await app.AuditAsync(ApplicationAudit.PaymentCancelled));

        var list = await officer.GetFromJsonAsync<JsonElement>("/api/v1/payments?status=Cancelled", Http.Json);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var one = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{order.Id()}", Http.Json);
        Assert.Equal("Cancelled", one.Str("status"));
        var bad = await (await officer.GetAsync("/api/v1/payments?status=Lost")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Cancelling_the_support_cancels_what_is_unpaid_and_releases_the_remainder_of_the_budget()
    {
        var (app, officer, application, tranches) = await ContractedAsync();
        await using var owner = app;
        var order = await officer.OrderedAsync(tranches[0].Id(), "k1");
        await officer.ExportAsync();
        await officer.ReconcileAsync($"{order.Str("reference")};2500.00;PAID;{app.Today:yyyy-MM-dd};BQ-1;\n");
        // A second order waiting for the next file is cancelled with the support.
        var attendance = (await officer.TranchesAsync(application.Id))[1];
        var second = await app.ApiClientAsync(Demo.Officer2);
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsJsonAsync($"/api/v1/applications/{application.Id}/tranches/{attendance.Id()}/confirm",
            new { version = attendance.GetProperty("version").GetInt64() })).StatusCode);
        await officer.OrderedAsync(attendance.Id(), "k2");
        var committedBefore = await app.QueryAsync(db => db.Programmes.Where(p => p.Id == application.ProgrammeId).Select(p => p.CommittedCentimes).SingleAsync());
        var stored = await app.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id));

        var noReason = await (await officer.PostAsJsonAsync($"/api/v1/applications/{application.Id}/cancel", new { version = stored.Version })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var cancelled = await officer.PostAsJsonAsync($"/api/v1/applications/{application.Id}/cancel", new { reason = "Formation abandonnée", version = stored.Version });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var committedAfter = await app.QueryAsync(db => db.Programmes.Where(p => p.Id == application.ProgrammeId).Select(p => p.CommittedCentimes).SingleAsync());
        Assert.Equal(2_500_00, committedBefore - committedAfter);
        var after = await officer.TranchesAsync(application.Id);
        Assert.Equal(["Paid", "Cancelled"], after.Select(t => t.Str("status")));
        Assert.Equal("Cancelled", after[1].GetProperty("orders")[0].Str("status"));
        Assert.Equal(ApplicationStatus.Cancelled, await app.QueryAsync(db => db.Applications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.PaymentOrders.CountAsync()));
        var refused = await (await officer.PostAsJsonAsync($"/api/v1/applications/{application.Id}/cancel",
            new { reason = "Encore", version = (await cancelled.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).GetProperty("version").GetInt64() }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, refused.Str("type"));
    }

    [Fact]
    public async Task An_approved_grant_cancelled_before_its_contract_releases_all_of_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId);
        var before = await app.QueryAsync(db => db.Programmes.Where(p => p.Id == programme.Id).Select(p => p.CommittedCentimes).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/applications/{application.Id}/cancel",
            new { reason = "Renonciation", version = application.Version })).StatusCode);

        Assert.Equal(before - 5_000_00, await app.QueryAsync(db => db.Programmes.Where(p => p.Id == programme.Id).Select(p => p.CommittedCentimes).SingleAsync()));
    }
}
