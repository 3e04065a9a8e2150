using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Support.Programmes;

public sealed class ApplicationsFileTests
{
    [Fact]
    public async Task The_file_shows_the_applications_and_the_timeline_their_payments()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.TrainingGrant, p => p.Name = "Bourses Taehil");
        var application = await app.SeedApplicationAsync(programme, personId, ApplicationStatus.InPayment, a =>
        {
            a.PayeeName = "Awa Sow";
            a.PayeeAccountCipher = "chiffre";
            a.DecisionConditions = "Assiduité exigée";
        });
        await app.QueryAsync(async db =>
        {
            db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, At = app.Clock.GetUtcNow(), Kind = ApplicationEventKind.StatusChanged,
                Status = ApplicationStatus.InPayment, Note = "Première tranche" });
            db.BusinessPlans.Add(new BusinessPlan { ApplicationId = application.Id, Activity = "Couture", Market = "Quartier", Costs = "Machines", FinancingPlan = "Apport" });
            return await db.SaveChangesAsync();
        });
        var order = await ProgrammeDashboardTests.PayAsync(app, application, 1, 2_500_00, PaymentStatus.Paid);
        await app.QueryAsync(async db =>
        {
            db.Tranches.Add(new Tranche { ApplicationId = application.Id, ProgrammeId = programme.Id, OrganisationId = programme.OrganisationId, Number = 2,
                Condition = TrancheCondition.AttendanceConfirmed, DueOn = app.Today.AddMonths(1), AmountCentimes = 2_500_00, Status = TrancheStatus.Planned });
            return await db.SaveChangesAsync();
        });

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var file = await (await browser.GetAsync($"/people/{personId}/support")).ReadHtmlAsync();
        Assert.Contains($"<a href=\"/applications/{application.Id}\" dir=\"ltr\">{application.Reference}</a>", file, StringComparison.Ordinal);
        Assert.Contains("Bourses Taehil", file, StringComparison.Ordinal);
        Assert.Contains("Tranche 2 : 2.500,00 MAD", file, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{personId}/applications/new\"", file, StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().OfType<ApplicationsPersonalData>().Single();
        // Sections answer in the reader's language and figures; here, a French reader's in Morocco.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-MA");
        var timeline = await section.TimelineAsync(personId, CancellationToken.None);
        Assert.Contains(timeline, t => t.What == "Tranche 1 payée : 2.500,00 MAD");
        Assert.Contains(timeline, t => t.What == "Demande d'aide : En paiement");

        var export = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/export");
        var exported = Assert.Single(export.GetProperty("sections").GetProperty("applications").EnumerateArray());
        Assert.Equal(application.Reference, exported.GetProperty("reference").GetString());
        var payment = Assert.Single(exported.GetProperty("payments").EnumerateArray());
        Assert.Equal(order.Reference, payment.GetProperty("reference").GetString());
        Assert.False(payment.TryGetProperty("payeeAccountCipher", out _));
        Assert.Equal(2, exported.GetProperty("tranches").GetArrayLength());

        await section.EraseAsync(personId, CancellationToken.None);
        var erased = await app.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id));
        Assert.Equal(("", (string?)null, (string?)null, (string?)null), (erased.Purpose, erased.PayeeName, erased.PayeeAccountCipher, erased.DecisionConditions));
        Assert.Equal((ApplicationStatus.InPayment, 500_000L), (erased.Status, erased.ApprovedCentimes!.Value));
        Assert.Null(await app.QueryAsync(db => db.ApplicationEvents.Select(e => e.Note).SingleAsync()));
        Assert.Equal("", await app.QueryAsync(db => db.BusinessPlans.Select(p => p.Activity).SingleAsync()));
        // The order stays, with its reference, status and amount; who it paid, and where, is blanked.
        var kept = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().SingleAsync());
        Assert.Equal((order.Reference, 2_500_00L, PaymentStatus.Paid, "", ""), (kept.Reference, kept.AmountCentimes, kept.Status, kept.PayeeName, kept.PayeeAccountCipher));
    }
}
