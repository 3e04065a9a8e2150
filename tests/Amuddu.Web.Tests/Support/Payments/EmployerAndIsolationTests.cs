using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Payments;

public class EmployerAndIsolationTests
{
    private static Task<Guid> EmployerOfAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync());

    private static Task<Guid> NewEmployerAsync(AmudduApp app) => app.QueryAsync(async db =>
    {
        var employer = new Organisation { Name = "Conserverie du Souss", Kind = OrganisationKind.Employer };
        db.Organisations.Add(employer);
        await db.SaveChangesAsync();
        return employer.Id;
    });

    [Fact]
    public async Task The_employer_confirms_its_own_hires_and_another_employers_are_not_found()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, PaymentsSetup.Monthly);
        var own = await EmployerOfAsync(app, Demo.Employer);
        var mine = await app.SeedApprovedAsync(programme, personId, a => { a.Months = 4; a.StartsOn = app.Today.AddMonths(-3); });
        var theirs = await app.SeedApprovedAsync(programme, personId, a => { a.Months = 4; a.StartsOn = app.Today.AddMonths(-3); });
        var other = await NewEmployerAsync(app);
        await app.QueryAsync(db => db.Applications.Where(a => a.Id == mine.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.EmployerOrganisationId, own)));
        await app.QueryAsync(db => db.Applications.Where(a => a.Id == theirs.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.EmployerOrganisationId, other)));
        var mineTranches = await officer.ContractAsync(mine);
        var theirTranches = await officer.ContractAsync(theirs);

        var hires = await employer.GetFromJsonAsync<List<JsonElement>>("/api/v1/employer/hires-to-confirm", Http.Json);
        // Months 1-4 and the check after month 3 have all begun; the other employer's hire is not listed.
        Assert.Equal(5, hires!.Count);
        Assert.All(hires, h => Assert.Equal(mine.Id, h.GetProperty("applicationId").GetGuid()));
        Assert.Equal(["EmploymentConfirmed", "EmploymentConfirmed", "EmploymentConfirmed", "RetentionConfirmed", "EmploymentConfirmed"],
            hires.Select(h => h.Str("condition")));

        var month1 = hires[0];
        var url = $"/api/v1/employer/applications/{mine.Id}/tranches/{month1.GetProperty("trancheId").GetGuid()}/confirm";
        var missing = await (await employer.PostAsJsonAsync(url, new { version = 1 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("stillEmployed", out _));
        Assert.Equal(HttpStatusCode.OK, (await employer.PostAsJsonAsync(url, new { stillEmployed = true, evidence = "Bulletin de paie de mars", version = 1 })).StatusCode);
        Assert.Equal("Due", (await officer.TranchesAsync(mine.Id))[0].Str("status"));

        var month2 = hires[1].GetProperty("trancheId").GetGuid();
        var left = await employer.PostAsJsonAsync($"/api/v1/employer/applications/{mine.Id}/tranches/{month2}/confirm",
            new { stillEmployed = false, evidence = "Démission le 12", version = 1 });
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal("Planned", (await officer.TranchesAsync(mine.Id))[1].Str("status"));
        Assert.True(await app.QueryAsync(db => db.ApplicationEvents.AnyAsync(e => e.ApplicationId == mine.Id && e.Kind == ApplicationEventKind.Note
            && e.Note!.Contains("Démission le 12"))));
        Assert.NotEmpty(await app.AuditAsync(PaymentsAudit.HireLeft));

        // Another employer's hire does not exist for this one; neither do the staff's routes.
        var foreign = $"/api/v1/employer/applications/{theirs.Id}/tranches/{theirTranches[0].Id()}/confirm";
        Assert.Equal(HttpStatusCode.NotFound, (await employer.PostAsJsonAsync(foreign, new { stillEmployed = true, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.PostAsJsonAsync(
            $"/api/v1/employer/applications/{mine.Id}/tranches/{theirTranches[0].Id()}/confirm", new { stillEmployed = true, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync($"/api/v1/applications/{mine.Id}/tranches")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync("/api/v1/payments")).StatusCode);
        Assert.Equal(9 - 4, mineTranches.Count);
    }

    [Fact]
    public async Task Another_organisations_applications_tranches_and_orders_are_not_found_on_any_route()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var ngoCounsellor = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        // An NGO's programme, application, tranche and order, written straight into the database.
        var (applicationId, trancheId, orderId, recoveryId) = await app.QueryAsync(async db =>
        {
            var ngo = await db.Users.Where(u => u.Email == Demo.NgoCounsellor).Select(u => u.OrganisationId).SingleAsync();
            var programme = new Programme
            {
                OrganisationId = ngo, Code = "NGO-TEST", Name = "Bourse de l'association", Funder = "Fondation", BudgetCentimes = 100_000_00,
                StartsOn = app.Today.AddYears(-1), EndsOn = app.Today.AddYears(1), AmountCentimes = 1_000_00, Status = ProgrammeStatus.Open,
            };
            db.Programmes.Add(programme);
            var id = Guid.CreateVersion7();
            var application = new SupportApplication
            {
                Id = id, Reference = ApplicationAccess.NewReference(id), ProgrammeId = programme.Id, OrganisationId = ngo, PersonId = personId,
                Status = ApplicationStatus.InPayment, Purpose = "Formation", StartsOn = app.Today, RegionCode = "MA-04", RequestedCentimes = 1_000_00,
                ApprovedCentimes = 1_000_00, PayeeChannel = PaymentChannel.MobileMoney, PayeeName = "X", PayeeAccountCipher = "c",
            };
            db.Applications.Add(application);
            var tranche = new Tranche
            {
                ApplicationId = id, ProgrammeId = programme.Id, OrganisationId = ngo, Number = 1, Condition = TrancheCondition.ContractSigned,
                DueOn = app.Today, AmountCentimes = 1_000_00, Status = TrancheStatus.Due,
            };
            var planned = new Tranche
            {
                ApplicationId = id, ProgrammeId = programme.Id, OrganisationId = ngo, Number = 2, Condition = TrancheCondition.AttendanceConfirmed,
                DueOn = app.Today, AmountCentimes = 0, Status = TrancheStatus.Planned,
            };
            db.Tranches.AddRange(tranche, planned);
            var order = new PaymentOrder
            {
                Reference = "PAY-NGO0000001", IdempotencyKey = "ngo-key", RequestHash = "h", OrganisationId = ngo, ProgrammeId = programme.Id,
                ApplicationId = id, TrancheId = tranche.Id, AmountCentimes = 1_000_00, Channel = PaymentChannel.MobileMoney, PayeeName = "X",
                PayeeAccountCipher = "c", Status = PaymentStatus.Ordered, CreatedAt = app.Clock.GetUtcNow(), Version = 1,
            };
            db.PaymentOrders.Add(order);
            var recovery = new Recovery { ApplicationId = id, OrganisationId = ngo, OwedCentimes = 100, Reason = "x", Status = RecoveryStatus.Open };
            db.Recoveries.Add(recovery);
            await db.SaveChangesAsync();
            return (id, planned.Id, order.Id, recovery.Id);
        });
        var dueTranche = await app.QueryAsync(db => db.Tranches.Where(t => t.ApplicationId == applicationId && t.Number == 1).Select(t => t.Id).SingleAsync());
        var a = $"/api/v1/applications/{applicationId}";

        var calls = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Get, $"{a}/tranches", null),
            (HttpMethod.Post, $"{a}/contract", new { version = 1 }),
            (HttpMethod.Post, $"{a}/tranches/{trancheId}/confirm", new { version = 1 }),
            (HttpMethod.Post, $"{a}/suspend", new { reason = "x", version = 1 }),
            (HttpMethod.Post, $"{a}/resume", new { version = 1 }),
            (HttpMethod.Post, $"{a}/cancel", new { reason = "x", version = 1 }),
            (HttpMethod.Get, $"{a}/recoveries", null),
            (HttpMethod.Post, $"{a}/recoveries", new { owed = 1m, reason = "x" }),
            (HttpMethod.Post, $"{a}/recoveries/{recoveryId}/receipts", new { amount = 1m, version = 1 }),
            (HttpMethod.Post, $"{a}/recoveries/{recoveryId}/write-off", new { reason = "x", version = 1 }),
            (HttpMethod.Get, $"/api/v1/payments/{orderId}", null),
            (HttpMethod.Post, $"/api/v1/payments/{orderId}/cancel", new { reason = "x", version = 1 }),
        };
        foreach (var (method, url, body) in calls)
        {
            var response = await officer.SendAsync(new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url}: {response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await officer.OrderAsync(dueTranche, "k")).StatusCode);
        // The NGO's key does not collide with ANAPEC's: keys are per organisation.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.OrderAsync(dueTranche, "ngo-key")).StatusCode);
        var list = await officer.GetFromJsonAsync<JsonElement>("/api/v1/payments", Http.Json);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Empty(list.GetProperty("totals").EnumerateArray());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsync("/api/v1/payments/export", null)).StatusCode);
        Assert.Equal(PaymentStatus.Ordered, await app.QueryAsync(db => db.PaymentOrders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync()));
        var reconciled = await officer.ReconcileAsync("PAY-NGO0000001;1000.00;PAID;2026-01-01;B;");
        Assert.Equal("UnknownReference", reconciled.GetProperty("mismatches")[0].Str("kind"));

        // Staff of other roles have no money routes at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await ngoCounsellor.GetAsync("/api/v1/payments")).StatusCode);
    }
}
