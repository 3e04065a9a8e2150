using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Support.Programmes;

public sealed class ProgrammeDashboardTests
{
    /// <summary>A tranche of the application and one payment order for it, written straight into the database.</summary>
    internal static Task<PaymentOrder> PayAsync(AmudduApp app, SupportApplication application, int number, long centimes, PaymentStatus status) =>
        app.QueryAsync(async db =>
        {
            var tranche = new Tranche
            {
                ApplicationId = application.Id, ProgrammeId = application.ProgrammeId, OrganisationId = application.OrganisationId, Number = number,
                Condition = TrancheCondition.ContractSigned, DueOn = app.Today, AmountCentimes = centimes,
                Status = status switch
                {
                    PaymentStatus.Paid => TrancheStatus.Paid,
                    PaymentStatus.Ordered or PaymentStatus.Exported => TrancheStatus.Ordered,
                    PaymentStatus.Failed or PaymentStatus.Cancelled => TrancheStatus.Due,
                },
            };
            db.Tranches.Add(tranche);
            var order = new PaymentOrder
            {
                Reference = $"PAY-{Guid.NewGuid():N}"[..14], IdempotencyKey = Guid.NewGuid().ToString(), RequestHash = new string('0', 64),
                OrganisationId = application.OrganisationId, ProgrammeId = application.ProgrammeId, ApplicationId = application.Id, TrancheId = tranche.Id,
                ActiveTrancheId = status is PaymentStatus.Failed or PaymentStatus.Cancelled ? null : tranche.Id, AmountCentimes = centimes,
                Channel = PaymentChannel.BankTransfer, PayeeName = "Bénéficiaire", PayeeAccountCipher = app.Services.GetRequiredService<Amuddu.Web.Infrastructure.FieldProtector>().ProtectText("0661223344"), Status = status,
                CreatedAt = app.Clock.GetUtcNow(), CreatedBy = await db.Users.Where(u => u.Email == Demo.Officer).Select(u => u.Id).SingleAsync(),
                SettledOn = status == PaymentStatus.Paid ? app.Today : null,
            };
            db.PaymentOrders.Add(order);
            await db.SaveChangesAsync();
            return order;
        });

    [Fact]
    public async Task The_dashboard_counts_money_and_beneficiaries_from_the_applications_and_payments()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, awa) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var (_, jean) = await app.RegisterSomeoneAsync("Jean", "Mbala", "CD");
        var (_, omar) = await app.RegisterSomeoneAsync("Omar", "Haddad", "SY");
        var (_, grace) = await app.RegisterSomeoneAsync("Grace", "Okafor", "NG");
        await app.QueryAsync(db => db.People.Where(p => p.Id == awa || p.Id == grace).ExecuteUpdateAsync(s => s.SetProperty(p => p.Sex, Sex.Female)));
        await app.QueryAsync(db => db.People.Where(p => p.Id == omar).ExecuteUpdateAsync(s => s.SetProperty(p => p.RegionCode, "MA-06")));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/people/{awa}/documents",
            new { typeCode = "REFUGEE_CARD", number = "RF-1", issuingAuthority = "HCR", issuedOn = "2024-03-01", expiresOn = app.Today.AddYears(2).ToString("yyyy-MM-dd") })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/people/{jean}/documents",
            new { typeCode = "RESIDENCE_CARD", number = "RC-1", issuingAuthority = "DGSN", issuedOn = "2024-03-01", expiresOn = app.Today.AddYears(1).ToString("yyyy-MM-dd") })).StatusCode);
        // An expired card gives no status today.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/people/{omar}/documents",
            new { typeCode = "RESIDENCE_CARD", number = "RC-2", issuingAuthority = "DGSN", issuedOn = "2020-03-01", expiresOn = app.Today.AddDays(-1).ToString("yyyy-MM-dd") })).StatusCode);

        var programme = await app.SeedProgrammeAsync(ProgrammeKind.TrainingGrant);
        await app.QueryAsync(async db =>
        {
            db.ProgrammeBudgetLines.AddRange(
                new ProgrammeBudgetLine { ProgrammeId = programme.Id, RegionCode = "MA-04", BudgetCentimes = 600_000_00 },
                new ProgrammeBudgetLine { ProgrammeId = programme.Id, RegionCode = "MA-06", BudgetCentimes = 400_000_00 });
            return await db.SaveChangesAsync();
        });
        var approved = await app.SeedApplicationAsync(programme, awa, ApplicationStatus.Approved);
        var inPayment = await app.SeedApplicationAsync(programme, jean, ApplicationStatus.InPayment);
        var completed = await app.SeedApplicationAsync(programme, omar, ApplicationStatus.Completed);
        await app.SeedApplicationAsync(programme, grace, ApplicationStatus.Rejected);
        await app.SeedApplicationAsync(programme, grace, ApplicationStatus.UnderReview);
        await app.QueryAsync(db => db.ProgrammeBudgetLines.Where(l => l.RegionCode == "MA-04").ExecuteUpdateAsync(s => s.SetProperty(l => l.CommittedCentimes, 10_000_00L)));
        await app.QueryAsync(db => db.ProgrammeBudgetLines.Where(l => l.RegionCode == "MA-06").ExecuteUpdateAsync(s => s.SetProperty(l => l.CommittedCentimes, 5_000_00L)));
        await PayAsync(app, inPayment, 1, 2_500_00, PaymentStatus.Paid);
        await PayAsync(app, inPayment, 2, 2_500_00, PaymentStatus.Exported);
        await PayAsync(app, completed, 1, 2_500_00, PaymentStatus.Paid);
        await PayAsync(app, completed, 2, 2_500_00, PaymentStatus.Paid);
        await PayAsync(app, approved, 1, 1_000_00, PaymentStatus.Failed);
        await PayAsync(app, approved, 2, 1_000_00, PaymentStatus.Cancelled);

        var officer = await app.ApiClientAsync(Demo.Officer);
        // Whom it reached is counted by the statistics refresh that the background pass runs.
        await app.RefreshStatisticsAsync();
        var d = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/dashboard");
        Assert.Equal(app.Clock.GetUtcNow(), d.GetProperty("countedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        var totals = d.GetProperty("totals");
        Assert.Equal((1_000_000m, 15_000m, 7_500m, 2_500m, 985_000m), (totals.GetProperty("budget").GetDecimal(), totals.GetProperty("committed").GetDecimal(),
            totals.GetProperty("paid").GetDecimal(), totals.GetProperty("orderedNotPaid").GetDecimal(), totals.GetProperty("remaining").GetDecimal()));
        var rabat = d.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "MA-04").GetProperty("figures");
        Assert.Equal((600_000m, 10_000m, 2_500m, 2_500m, 590_000m), (rabat.GetProperty("budget").GetDecimal(), rabat.GetProperty("committed").GetDecimal(),
            rabat.GetProperty("paid").GetDecimal(), rabat.GetProperty("orderedNotPaid").GetDecimal(), rabat.GetProperty("remaining").GetDecimal()));
        var casablanca = d.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "MA-06").GetProperty("figures");
        Assert.Equal(5_000m, casablanca.GetProperty("paid").GetDecimal());

        static Dictionary<string, int> Counts(JsonElement e) => e.EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Approved"] = 1, ["InPayment"] = 1, ["Completed"] = 1, ["Rejected"] = 1, ["UnderReview"] = 1 }, Counts(d.GetProperty("byStatus")));
        Assert.Equal(3, d.GetProperty("beneficiaries").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Female"] = 1, ["Male"] = 2 }, Counts(d.GetProperty("bySex")));
        Assert.Equal(new Dictionary<string, int> { ["SN"] = 1, ["CD"] = 1, ["SY"] = 1 }, Counts(d.GetProperty("byNationality")));
        Assert.Equal(new Dictionary<string, int> { ["REFUGEE"] = 1, ["REGULARISED_MIGRANT"] = 1, ["NONE"] = 1 }, Counts(d.GetProperty("byLegalStatus")));
        Assert.Equal(new Dictionary<string, int> { ["MA-04"] = 2, ["MA-06"] = 1 }, Counts(d.GetProperty("byRegion")));

        var csv = await officer.GetStringAsync($"/api/v1/programmes/{programme.Id}/dashboard.csv");
        Assert.Contains("total,paid,7500.00", csv, StringComparison.Ordinal);
        Assert.Contains("legal_status,REFUGEE,1", csv, StringComparison.Ordinal);

        var analyst = await app.ApiClientAsync(Demo.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/programmes/{programme.Id}/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/programmes/{programme.Id}/dashboard")).StatusCode);
        var ngo = await app.ApiClientAsync(Demo.NgoAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/programmes/{programme.Id}/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/programmes/{programme.Id}/dashboard.csv")).StatusCode);

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Officer);
        var page = await (await browser.GetAsync($"/programmes/{programme.Id}")).ReadHtmlAsync();
        Assert.Contains("<tr data-figures=\"total\">", page, StringComparison.Ordinal);
        Assert.Contains("7.500,00 MAD", page, StringComparison.Ordinal);
        Assert.Contains("<tr data-key=\"REFUGEE\"><th scope=\"row\">Réfugié</th><td class=\"number\">1</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains($"Chiffres calculés le {SiteTime.ToLocal(app.Clock.GetUtcNow()):dd/MM/yyyy HH:mm}.", page, StringComparison.Ordinal);

        // A year and a day later Jean's residence card has lapsed: the next refresh counts him without a status, though
        // nothing of his was written.
        app.Clock.Advance(TimeSpan.FromDays(367));
        await app.RefreshStatisticsAsync();
        var later = await (await app.ApiClientAsync(Demo.Officer)).GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/dashboard");
        Assert.Equal(new Dictionary<string, int> { ["REFUGEE"] = 1, ["NONE"] = 2 }, Counts(later.GetProperty("byLegalStatus")));
    }
}
