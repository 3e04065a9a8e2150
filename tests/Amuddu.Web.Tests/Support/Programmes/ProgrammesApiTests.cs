using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Programmes;

public sealed class ProgrammesApiTests
{
    [Fact]
    public async Task An_administrator_creates_changes_opens_and_closes_a_programme()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);

        var created = await ProgrammeRequests.CreateAsync(admin, ProgrammeRequests.Training(app.Today));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal(1200.50m, created.GetProperty("amount").GetDecimal());
        var rules = created.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("text").GetString()).ToList();
        Assert.Contains("Statut légal : réfugié ou migrant régularisé", rules);
        Assert.Contains("Âgé de 18 à 35 ans à la date de début", rules);
        Assert.Contains("Région de résidence : Rabat-Salé-Kénitra ou Casablanca-Settat", rules);
        var stored = await app.QueryAsync(db => db.Programmes.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal((50_000_000L, 120_050L, AmountPolicy.Monthly, 9), (stored.BudgetCentimes, stored.AmountCentimes, stored.AmountPolicy, stored.MaxMonths!.Value));
        Assert.Equal([ApplicationDocumentKind.TrainingEnrolment], stored.RequiredDocuments);

        var changed = await admin.PutAsJsonAsync($"/api/v1/programmes/{id}", new
        {
            programme = ProgrammeRequests.Training(app.Today).With("name", "Bourses Taehil").With("budget", 600000m),
            version = created.GetProperty("version").GetInt64(),
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Bourses Taehil", 600000m), (body.GetProperty("name").GetString(), body.GetProperty("budget").GetDecimal()));

        var opened = await admin.PostAsJsonAsync($"/api/v1/programmes/{id}/open", new { version = body.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var open = await opened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Open", open.GetProperty("status").GetString());
        await (await admin.PostAsJsonAsync($"/api/v1/programmes/{id}/open", new { version = open.GetProperty("version").GetInt64() }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var closed = await admin.PostAsJsonAsync($"/api/v1/programmes/{id}/close", new { version = open.GetProperty("version").GetInt64() });
        Assert.Equal("Closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/programmes?status=Closed&kind=TrainingGrant");
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/api/v1/programmes?status=Open")).EnumerateArray());
        var audits = await app.AuditAsync(ApplicationAudit.ProgrammeSaved);
        Assert.Equal(["created", "updated", "Open", "Closed"], audits.OrderBy(a => a.OccurredAt).Select(a => a.Detail));
        Assert.All(audits, a => Assert.Equal(ApplicationAudit.ProgrammeSubject(id), a.Subject));
    }

    public static TheoryData<string, object?, string> BadFields => new()
    {
        { "budget", -100m, "budget" },
        { "budget", 0m, "budget" },
        { "budget", 1000.005m, "budget" },
        { "amount", 12.345m, "amount" },
        { "endsOn", "2020-01-01", "endsOn" },
        { "code", "", "code" },
        { "name", new string('x', 201), "name" },
        { "funder", null, "funder" },
        { "maxMonths", null, "maxMonths" },
        { "maxMonths", 61, "maxMonths" },
        { "monthlyCondition", "PurchaseReceipts", "monthlyCondition" },
        { "retentionCheckMonths", new[] { 3, 12 }, "retentionCheckMonths" },
        { "tranches", new[] { new { condition = "ContractSigned", percent = 100 } }, "tranches" },
        { "kind", "Lottery", "kind" },
        { "requiredDocuments", new[] { "Horoscope" }, "requiredDocuments" },
        { "passMark", 10, "passMark" },
        { "decisionDays", 0, "decisionDays" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Each_bad_field_is_named_in_the_answer(string field, object? value, string named)
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);
        var body = ProgrammeRequests.Training(app.Today).With(field, value);
        if (field == "endsOn")
        {
            body["startsOn"] = "2020-06-01";
        }

        var problem = await (await admin.PostAsJsonAsync("/api/v1/programmes", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(named, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(0, await app.QueryAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task Tranches_rules_and_grid_are_checked_field_by_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin, "en");
        var cooperatives = ProgrammeRequests.Cooperatives(app.Today);

        async Task<JsonElement> ErrorsAsync(Dictionary<string, object?> body) =>
            (await (await admin.PostAsJsonAsync("/api/v1/programmes", body)).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

        var percents = await ErrorsAsync(cooperatives.With("tranches", new[] { new { condition = "PurchaseReceipts", percent = 70, month = 1 }, new { condition = "ActivityStarted", percent = 20, month = 3 } }));
        Assert.Equal("The tranches' shares add up to 90% instead of 100%.", percents.GetProperty("tranches")[0].GetString());
        var months = await ErrorsAsync(cooperatives.With("tranches", new[] { new { condition = "PurchaseReceipts", percent = 70, month = 3 }, new { condition = "ActivityStarted", percent = 30, month = 1 } }));
        Assert.True(months.TryGetProperty("tranches", out _));
        var monthlyCondition = await ErrorsAsync(cooperatives.With("monthlyCondition", "AttendanceConfirmed"));
        Assert.True(monthlyCondition.TryGetProperty("monthlyCondition", out _));
        var passMark = await ErrorsAsync(cooperatives.With("passMark", 101));
        Assert.Equal("The pass mark goes from 1 to the grid's total (100).", passMark.GetProperty("passMark")[0].GetString());
        var twice = await ErrorsAsync(cooperatives.With("scoringGrid", new[] { new { code = "A", label = "Un", maxPoints = 50 }, new { code = "A", label = "Deux", maxPoints = 50 } }));
        Assert.True(twice.TryGetProperty("scoringGrid", out _));
        var noGrid = await ErrorsAsync(ProgrammeRequests.Training(app.Today).With("scoringGrid", new[] { new { code = "A", label = "Un", maxPoints = 5 } }));
        Assert.True(noGrid.TryGetProperty("scoringGrid", out _));

        var training = ProgrammeRequests.Training(app.Today);
        var status = await ErrorsAsync(training.With("rules", new object[] { new { kind = "LegalStatus", values = new[] { "TOURIST" } } }));
        Assert.Equal("\"Legal status\": unknown value (TOURIST).", status.GetProperty("rules[0].values")[0].GetString());
        var region = await ErrorsAsync(training.With("rules", new object[] { new { kind = "AgeRange", min = 18 }, new { kind = "Region", values = new[] { "MA-99" } } }));
        Assert.True(region.TryGetProperty("rules[1].values", out _));
        var diploma = await ErrorsAsync(training.With("rules", new object[] { new { kind = "DiplomaLevel", values = new[] { "PhD" } } }));
        Assert.True(diploma.TryGetProperty("rules[0].values", out _));
        var ages = await ErrorsAsync(training.With("rules", new object[] { new { kind = "AgeRange", min = 40, max = 20 } }));
        Assert.True(ages.TryGetProperty("rules[0].max", out _));
        var employer = await ErrorsAsync(training.With("rules", new object[] { new { kind = "PermanentContract" } }));
        Assert.True(employer.TryGetProperty("rules[0].kind", out _));
        var unknownKind = await ErrorsAsync(training.With("rules", new object[] { new { kind = "Horoscope" } }));
        Assert.True(unknownKind.TryGetProperty("rules", out _));
        var months2 = await ErrorsAsync(training.With("rules", new object[] { new { kind = "RegisteredForMonths" } }));
        Assert.True(months2.TryGetProperty("rules[0].min", out _));
    }

    [Fact]
    public async Task Only_administrators_write_and_another_organisation_finds_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);
        var created = await ProgrammeRequests.CreateAsync(admin, ProgrammeRequests.Training(app.Today));
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();

        foreach (var email in new[] { Demo.Counsellor, Demo.Officer })
        {
            var client = await app.ApiClientAsync(email);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/programmes/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/programmes", ProgrammeRequests.Training(app.Today, "OTHER"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/programmes/{id}", new { programme = ProgrammeRequests.Training(app.Today), version })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/programmes/{id}/open", new { version })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/programmes/{id}/budget-lines", new { lines = Array.Empty<object>(), version })).StatusCode);
        }

        var ngo = await app.ApiClientAsync(Demo.NgoAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/programmes/{id}")).StatusCode);
        Assert.Empty((await ngo.GetFromJsonAsync<JsonElement>("/api/v1/programmes")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PutAsJsonAsync($"/api/v1/programmes/{id}", new { programme = ProgrammeRequests.Training(app.Today), version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PostAsJsonAsync($"/api/v1/programmes/{id}/open", new { version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PostAsJsonAsync($"/api/v1/programmes/{id}/close", new { version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PutAsJsonAsync($"/api/v1/programmes/{id}/budget-lines", new { lines = Array.Empty<object>(), version })).StatusCode);
        Assert.Equal(ProgrammeStatus.Draft, await app.QueryAsync(db => db.Programmes.Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_the_budget_never_falls_below_what_is_committed()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);
        var created = await ProgrammeRequests.CreateAsync(admin, ProgrammeRequests.Training(app.Today));
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/programmes/{id}", new { programme = ProgrammeRequests.Training(app.Today), version })).StatusCode);
        await (await admin.PutAsJsonAsync($"/api/v1/programmes/{id}", new { programme = ProgrammeRequests.Training(app.Today), version })).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsJsonAsync($"/api/v1/programmes/{id}/open", new { version })).ProblemAsync(HttpStatusCode.Conflict);

        await app.QueryAsync(db => db.Programmes.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommittedCentimes, 450_000_00L)));
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{id}");
        var below = await (await admin.PutAsJsonAsync($"/api/v1/programmes/{id}", new
        {
            programme = ProgrammeRequests.Training(app.Today).With("budget", 400000m),
            version = current.GetProperty("version").GetInt64(),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("450", below.GetProperty("errors").GetProperty("budget")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(500_000_00L, await app.QueryAsync(db => db.Programmes.Select(p => p.BudgetCentimes).SingleAsync()));
    }

    [Fact]
    public async Task Budget_lines_split_the_budget_by_region_within_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin, "en");
        var created = await ProgrammeRequests.CreateAsync(admin, ProgrammeRequests.Training(app.Today));
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();

        var over = await (await admin.PutAsJsonAsync($"/api/v1/programmes/{id}/budget-lines", new
        {
            lines = new[] { new { regionCode = "MA-04", budget = 300000m }, new { regionCode = "MA-06", budget = 300000m } }, version,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(over.GetProperty("errors").TryGetProperty("lines", out _));
        var bad = await (await admin.PutAsJsonAsync($"/api/v1/programmes/{id}/budget-lines", new
        {
            lines = new object[] { new { regionCode = "MA-99", budget = 1000m }, new { regionCode = "MA-06", budget = -5m } }, version,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("lines[0].regionCode", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("lines[1].budget", out _));

        var saved = await admin.PutAsJsonAsync($"/api/v1/programmes/{id}/budget-lines", new
        {
            lines = new[] { new { regionCode = "MA-04", budget = 200000m }, new { regionCode = "MA-06", budget = 300000m } }, version,
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("budgetLines").GetArrayLength());
        Assert.True(body.GetProperty("version").GetInt64() > version);

        await app.QueryAsync(db => db.ProgrammeBudgetLines.Where(l => l.RegionCode == "MA-04").ExecuteUpdateAsync(s => s.SetProperty(l => l.CommittedCentimes, 150_000_00L)));
        var belowCommitted = await (await admin.PutAsJsonAsync($"/api/v1/programmes/{id}/budget-lines", new
        {
            lines = new[] { new { regionCode = "MA-04", budget = 100000m } }, version = body.GetProperty("version").GetInt64(),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(belowCommitted.GetProperty("errors").TryGetProperty("lines[0].budget", out _));
        var dropped = await (await admin.PutAsJsonAsync($"/api/v1/programmes/{id}/budget-lines", new
        {
            lines = new[] { new { regionCode = "MA-06", budget = 100000m } }, version = body.GetProperty("version").GetInt64(),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(dropped.GetProperty("errors").TryGetProperty("lines", out _));
        var lowered = await (await admin.PutAsJsonAsync($"/api/v1/programmes/{id}", new
        {
            programme = ProgrammeRequests.Training(app.Today).With("budget", 400000m), version = body.GetProperty("version").GetInt64(),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(lowered.GetProperty("errors").TryGetProperty("budget", out _));
    }

    [Fact]
    public async Task An_employer_sees_only_the_open_hiring_incentives_and_what_they_need()
    {
        await using var app = await AmudduApp.StartAsync();
        var open = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, p =>
        {
            p.Name = "Tahfiz";
            p.Rules = [new() { Kind = EligibilityRuleKind.MaxIncentiveHires, Max = 10 }, new() { Kind = EligibilityRuleKind.PermanentContract }];
        });
        var closed = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, p => p.Status = ProgrammeStatus.Closed);
        var training = await app.SeedProgrammeAsync(ProgrammeKind.TrainingGrant);
        var employer = await app.ApiClientAsync(Demo.Employer);

        var list = (await employer.GetFromJsonAsync<JsonElement>("/api/v1/programmes")).EnumerateArray().ToList();
        var only = Assert.Single(list);
        Assert.Equal(open.Id, only.GetProperty("id").GetGuid());
        Assert.False(only.TryGetProperty("budget", out _));
        Assert.False(only.TryGetProperty("committed", out _));
        Assert.Equal(["Au plus 10 embauches aidées par employeur dans ce programme", "Embauche en contrat à durée indéterminée (CDI)"],
            only.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"/api/v1/programmes/{open.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/programmes/{closed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/programmes/{training.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync($"/api/v1/programmes/{open.Id}/dashboard")).StatusCode);
    }
}
