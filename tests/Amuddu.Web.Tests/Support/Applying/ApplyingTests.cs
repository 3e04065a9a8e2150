using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Amuddu.Web.Tests.Support.Applying.ApplyingKit;

namespace Amuddu.Web.Tests.Support.Applying;

public sealed class ApplyingTests
{
    [Fact]
    public async Task A_counsellor_drafts_an_application_of_each_kind_with_the_account_encrypted()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var start = app.Today.AddDays(10);
        var fixedGrant = await app.SeedProgrammeAsync();
        var ceiling = await app.SeedProgrammeAsync(ProgrammeKind.SelfEmploymentGrant, p => { p.AmountPolicy = AmountPolicy.Ceiling; p.AmountCentimes = 30_000_00; });
        var monthly = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, p => { p.AmountPolicy = AmountPolicy.Monthly; p.AmountCentimes = 1_500_00; p.MaxMonths = 24; });
        var employer = await app.EmployerIdAsync();

        var training = await client.CreateAsync(Body(personId, fixedGrant.Id, start));
        Assert.Equal("Draft", training.GetProperty("status").GetString());
        Assert.Equal(5000m, training.GetProperty("requested").GetDecimal());
        Assert.StartsWith("DEM-", training.GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.Equal("MA-04", training.GetProperty("regionCode").GetString());

        var grant = Body(personId, ceiling.Id, start);
        grant["requested"] = 12500.50m;
        grant["payeeChannel"] = "MobileMoney";
        grant["payeeAccount"] = "06 12 34 56 78";
        var selfEmployment = await client.CreateAsync(grant);
        Assert.Equal(12500.50m, selfEmployment.GetProperty("requested").GetDecimal());
        Assert.False(selfEmployment.TryGetProperty("payeeAccount", out _));

        var hire = Body(personId, monthly.Id, start, employer);
        hire["months"] = 12;
        var incentive = await client.CreateAsync(hire);
        Assert.Equal(1500m, incentive.GetProperty("requested").GetDecimal());
        Assert.Equal(12, incentive.GetProperty("months").GetInt32());
        Assert.Equal(employer, incentive.GetProperty("employerOrganisationId").GetGuid());
        Assert.Equal("Cdi", incentive.GetProperty("contractType").GetString());

        var stored = await app.ApplicationAsync(selfEmployment.GetProperty("id").GetGuid());
        Assert.DoesNotContain("612345678", stored.PayeeAccountCipher!, StringComparison.Ordinal);
        var protector = app.Services.GetRequiredService<FieldProtector>();
        Assert.Equal("+212612345678", protector.UnprotectText(stored.PayeeAccountCipher!));
        Assert.Equal(Rib(), protector.UnprotectText((await app.ApplicationAsync(training.GetProperty("id").GetGuid())).PayeeAccountCipher!));
        var created = await app.AuditAsync(ApplicationAudit.Created);
        Assert.Equal(3, created.Count);
        Assert.All(created, a => Assert.Equal(ApplicationAudit.Subject(personId), a.Subject));

        var mine = await client.GetFromJsonAsync<JsonElement>($"{Applications}/people/{personId}");
        Assert.Equal(3, mine.GetArrayLength());
        var history = await client.GetFromJsonAsync<JsonElement>($"{Applications}/{training.GetProperty("id").GetGuid()}/history");
        var first = history.EnumerateArray().Single();
        Assert.Equal("StatusChanged", first.GetProperty("kind").GetString());
        Assert.Equal("Draft", first.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("by").GetString()));

        var read = await client.GetAsync($"{Applications}/{training.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Single(await app.AuditAsync(ApplicationAudit.Read));
    }

    [Fact]
    public async Task Every_bad_field_is_named()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var start = app.Today.AddDays(10);
        var ceiling = await app.SeedProgrammeAsync(ProgrammeKind.TrainingGrant, p => { p.AmountPolicy = AmountPolicy.Ceiling; p.AmountCentimes = 10_000_00; });
        var monthly = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, p => { p.AmountPolicy = AmountPolicy.Monthly; p.AmountCentimes = 1_500_00; p.MaxMonths = 24; });
        var closed = await app.SeedProgrammeAsync(configure: p => p.Status = ProgrammeStatus.Closed);
        var fixedGrant = await app.SeedProgrammeAsync();
        var employer = await app.EmployerIdAsync();
        var anapec = await app.QueryAsync(db => db.Organisations.Where(o => o.Acronym == "ANAPEC").Select(o => o.Id).SingleAsync());

        async Task AssertNamedAsync(Dictionary<string, object?> body, string field)
        {
            var errors = await (await client.PostAsJsonAsync(Applications, body)).ErrorsAsync();
            Assert.True(errors.TryGetProperty(field, out var messages), $"{field} not named in {errors}");
            Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        }

        Dictionary<string, object?> With(Programme programme, string field, object? value, Guid? employerId = null)
        {
            var body = Body(personId, programme.Id, start, employerId);
            body[field] = value;
            return body;
        }

        await AssertNamedAsync(With(ceiling, "requested", -10m), "requested");
        await AssertNamedAsync(With(ceiling, "requested", 12.345m), "requested");
        await AssertNamedAsync(With(ceiling, "requested", 0m), "requested");
        await AssertNamedAsync(With(ceiling, "requested", 10_000.01m), "requested");
        await AssertNamedAsync(With(ceiling, "requested", null), "requested");
        await AssertNamedAsync(With(fixedGrant, "requested", 4000m), "requested");
        var tooLong = With(monthly, "months", 25, employer);
        await AssertNamedAsync(tooLong, "months");
        await AssertNamedAsync(With(monthly, "months", 0, employer), "months");
        await AssertNamedAsync(With(monthly, "months", null, employer), "months");
        await AssertNamedAsync(With(fixedGrant, "months", 3), "months");
        await AssertNamedAsync(With(fixedGrant, "startsOn", fixedGrant.StartsOn.AddDays(-1)), "startsOn");
        await AssertNamedAsync(With(fixedGrant, "startsOn", fixedGrant.EndsOn.AddDays(1)), "startsOn");
        await AssertNamedAsync(With(fixedGrant, "endsOn", fixedGrant.EndsOn.AddDays(1)), "endsOn");
        await AssertNamedAsync(With(fixedGrant, "endsOn", start.AddDays(-1)), "endsOn");
        await AssertNamedAsync(With(fixedGrant, "programmeId", Guid.NewGuid()), "programmeId");
        await AssertNamedAsync(With(closed, "purpose", "Formation"), "programmeId");
        await AssertNamedAsync(With(fixedGrant, "purpose", " "), "purpose");
        await AssertNamedAsync(With(fixedGrant, "payeeChannel", "Cheque"), "payeeChannel");
        await AssertNamedAsync(With(fixedGrant, "payeeAccount", "0117800000123456789013"), "payeeAccount");
        await AssertNamedAsync(With(fixedGrant, "payeeAccount", Rib()[..23] + (Rib()[23] == '0' ? "1" : "0")), "payeeAccount");
        var mobile = With(fixedGrant, "payeeChannel", "MobileMoney");
        mobile["payeeAccount"] = "05 22 12 34 56";
        await AssertNamedAsync(mobile, "payeeAccount");
        await AssertNamedAsync(With(fixedGrant, "payeeName", null), "payeeName");
        await AssertNamedAsync(With(monthly, "contractType", "Forever", employer), "contractType");
        await AssertNamedAsync(With(monthly, "contractType", null, employer), "contractType");
        await AssertNamedAsync(With(monthly, "employerRegisteredOn", app.Today.AddDays(1), employer), "employerRegisteredOn");
        var noEmployer = With(monthly, "months", 6);
        noEmployer["contractType"] = "Cdi";
        noEmployer["employerRegisteredOn"] = start.AddYears(-1);
        await AssertNamedAsync(noEmployer, "employerOrganisationId");
        await AssertNamedAsync(With(monthly, "employerOrganisationId", anapec, employer), "employerOrganisationId");
        await AssertNamedAsync(With(fixedGrant, "startsOn", "2026-02-30"), "startsOn");

        Assert.Equal(0, await app.QueryAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task Without_consent_to_processing_nothing_is_written()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en", minimal: true);
        var programme = await app.SeedProgrammeAsync();

        var refused = await client.PostAsJsonAsync(Applications, Body(personId, programme.Id, app.Today.AddDays(5)));

        Assert.Equal(ProblemTypes.ConsentRequired, (await refused.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var draft = await app.SeedApplicationAsync(programme, personId, ApplicationStatus.Draft);
        var upload = await client.UploadAsync($"{Applications}/{draft.Id}/documents", "TrainingEnrolment");
        Assert.Equal(ProblemTypes.ConsentRequired, (await upload.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var submit = await client.PostAsJsonAsync($"{Applications}/{draft.Id}/submit", new { version = draft.Version });
        Assert.Equal(ProblemTypes.ConsentRequired, (await submit.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Another_organisation_finds_nothing_and_an_officer_reads_but_does_not_write()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.SelfEmploymentGrant);
        var created = await client.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(5)));
        var id = created.GetProperty("id").GetGuid();
        var uploaded = await client.UploadAsync($"{Applications}/{id}/documents", "BusinessPlan");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var documentId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);

        var attempts = new List<HttpResponseMessage>
        {
            await ngo.PostAsJsonAsync(Applications, Body(personId, programme.Id, app.Today.AddDays(5))),
            await ngo.GetAsync($"{Applications}/people/{personId}"),
            await ngo.GetAsync($"{Applications}/{id}"),
            await ngo.GetAsync($"{Applications}/{id}/history"),
            await ngo.PutAsJsonAsync($"{Applications}/{id}", new { purpose = "x", version = 1 }),
            await ngo.PostAsJsonAsync($"{Applications}/{id}/withdraw", new { reason = "x" }),
            await ngo.PostAsJsonAsync($"{Applications}/{id}/submit", new { version = 1 }),
            await ngo.PostAsync($"{Applications}/{id}/eligibility", null),
            await ngo.UploadAsync($"{Applications}/{id}/documents", "Other"),
            await ngo.GetAsync($"{Applications}/{id}/documents"),
            await ngo.GetAsync($"{Applications}/{id}/documents/{documentId}"),
            await ngo.GetAsync($"{Applications}/{id}/business-plan"),
            await ngo.PutAsJsonAsync($"{Applications}/{id}/business-plan", new { activity = "x", version = 0 }),
        };
        Assert.All(attempts, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));

        var officer = await app.ApiClientAsync(Demo.Officer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"{Applications}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"{Applications}/{id}/documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync(Applications, Body(personId, programme.Id, app.Today.AddDays(5)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"{Applications}/{id}/withdraw", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.UploadAsync($"{Applications}/{id}/documents", "Other")).StatusCode);
    }

    [Fact]
    public async Task Submitting_needs_every_required_document_then_checks_eligibility_rule_by_rule()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync(configure: p =>
        {
            p.RequiredDocuments = [ApplicationDocumentKind.TrainingEnrolment, ApplicationDocumentKind.Other];
            p.DecisionDays = 20;
            p.Rules =
            [
                new() { Kind = EligibilityRuleKind.AgeRange, Min = 18, Max = 45 },
                new() { Kind = EligibilityRuleKind.Region, Values = ["MA-01", "MA-06"] },
                new() { Kind = EligibilityRuleKind.RightToWork },
            ];
        });
        var created = await client.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(10)));
        var id = created.GetProperty("id").GetGuid();

        var incomplete = await client.PostAsJsonAsync($"{Applications}/{id}/submit", new { version = created.GetProperty("version").GetInt64() });
        var missing = (await incomplete.ErrorsAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("documents");
        Assert.Equal(["Missing document: Training enrolment", "Missing document: Other document"], missing.EnumerateArray().Select(m => m.GetString()));

        Assert.Equal(HttpStatusCode.Created, (await client.UploadAsync($"{Applications}/{id}/documents", "TrainingEnrolment")).StatusCode);
        incomplete = await client.PostAsJsonAsync($"{Applications}/{id}/submit", new { version = created.GetProperty("version").GetInt64() });
        Assert.Equal(["Missing document: Other document"],
            (await incomplete.ErrorsAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("documents").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(HttpStatusCode.Created, (await client.UploadAsync($"{Applications}/{id}/documents", "Other")).StatusCode);

        var stale = await client.PostAsJsonAsync($"{Applications}/{id}/submit", new { version = 99 });
        Assert.Equal(ProblemTypes.Conflict, (await stale.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var submitted = await client.PostAsJsonAsync($"{Applications}/{id}/submit", new { version = created.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var body = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EligibilityChecked", body.GetProperty("status").GetString());
        Assert.Equal(app.Today.AddDays(20).ToString("yyyy-MM-dd"), body.GetProperty("decideBy").GetString());
        Assert.False(body.GetProperty("isEligible").GetBoolean());
        var checks = body.GetProperty("eligibility").EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("passed").GetBoolean(), c.GetProperty("found").GetString())).ToList();
        var age = Eligibility.AgeOn(app.Today.AddDays(10), new DateOnly(1991, 2, 14), null)!.Value;
        Assert.Equal([("AgeRange", true, age.ToString()), ("Region", false, "MA-04"), ("RightToWork", false, "ToCheck")], checks);

        var history = await client.GetFromJsonAsync<JsonElement>($"{Applications}/{id}/history");
        Assert.Equal(["Draft", "Submitted", "EligibilityChecked"],
            history.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "StatusChanged").Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(2, (await app.AuditAsync(ApplicationAudit.StatusChanged)).Count);
        var audited = Assert.Single(await app.AuditAsync(ApplicationAudit.EligibilityChecked));
        Assert.Contains("Region", audited.Detail!, StringComparison.Ordinal);
        Assert.DoesNotContain("MA-04", audited.Detail!, StringComparison.Ordinal);

        // A residence card recorded afterwards: the check run again finds the right to work.
        var card = await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents",
            new { typeCode = "RESIDENCE_CARD", number = "RC123456", issuedOn = app.Today.AddYears(-1), expiresOn = app.Today.AddYears(2) });
        Assert.Equal(HttpStatusCode.Created, card.StatusCode);
        var rechecked = await client.PostAsync($"{Applications}/{id}/eligibility", null);
        Assert.Equal(HttpStatusCode.OK, rechecked.StatusCode);
        var work = (await rechecked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("eligibility")[2];
        Assert.True(work.GetProperty("passed").GetBoolean());
        Assert.Equal(2, (await app.AuditAsync(ApplicationAudit.EligibilityChecked)).Count);
    }

    [Fact]
    public async Task Only_a_draft_changes_and_an_undecided_application_is_withdrawn_once()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync(configure: p => { p.AmountPolicy = AmountPolicy.Ceiling; p.AmountCentimes = 8_000_00; });
        var body = Body(personId, programme.Id, app.Today.AddDays(10));
        body["requested"] = 6000m;
        var created = await client.CreateAsync(body);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();
        var cipher = (await app.ApplicationAsync(id)).PayeeAccountCipher;

        var update = new Dictionary<string, object?>(body) { ["requested"] = 7000.25m, ["payeeAccount"] = null, ["version"] = version };
        var updated = await client.PutAsJsonAsync($"{Applications}/{id}", update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(7000.25m, (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requested").GetDecimal());
        Assert.Equal(cipher, (await app.ApplicationAsync(id)).PayeeAccountCipher);
        Assert.Single(await app.AuditAsync(ApplicationAudit.Updated));

        var stale = await client.PutAsJsonAsync($"{Applications}/{id}", update);
        Assert.Equal(ProblemTypes.Conflict, (await stale.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        update["requested"] = 9000m;
        update["version"] = version + 1;
        Assert.True((await (await client.PutAsJsonAsync($"{Applications}/{id}", update)).ErrorsAsync()).TryGetProperty("requested", out _));

        var noReason = await client.PostAsJsonAsync($"{Applications}/{id}/withdraw", new { reason = "" });
        Assert.True((await noReason.ErrorsAsync()).TryGetProperty("reason", out _));
        var withdrawn = await client.PostAsJsonAsync($"{Applications}/{id}/withdraw", new { reason = "A trouvé un emploi" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("Withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var again = await client.PostAsJsonAsync($"{Applications}/{id}/withdraw", new { reason = "encore" });
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, (await again.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        update["version"] = (await app.ApplicationAsync(id)).Version;
        update["requested"] = 5000m;
        var notDraft = await client.PutAsJsonAsync($"{Applications}/{id}", update);
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, (await notDraft.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var audit = await app.AuditAsync(ApplicationAudit.StatusChanged);
        Assert.Equal("application " + id + ": Withdrawn", Assert.Single(audit).Detail);

        var approved = await app.SeedApplicationAsync(programme, personId, ApplicationStatus.Approved);
        var late = await client.PostAsJsonAsync($"{Applications}/{approved.Id}/withdraw", new { reason = "trop tard" });
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, (await late.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var submitted = await client.PostAsJsonAsync($"{Applications}/{approved.Id}/submit", new { version = approved.Version });
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, (await submitted.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var recheck = await client.PostAsync($"{Applications}/{approved.Id}/eligibility", null);
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, (await recheck.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Documents_are_encrypted_at_rest_audited_and_closed_once_decided_except_tranche_evidence()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync();
        var created = await client.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(10)));
        var id = created.GetProperty("id").GetGuid();
        var url = $"{Applications}/{id}/documents";

        var uploaded = await client.UploadAsync(url, "TrainingEnrolment", fileName: "C:\\scans\\inscription.pdf");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var document = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var documentId = document.GetProperty("id").GetGuid();
        Assert.Equal("application/pdf", document.GetProperty("contentType").GetString());

        var raw = await app.QueryAsync(db => db.ApplicationDocumentContents.Where(c => c.DocumentId == documentId).Select(c => c.Cipher).SingleAsync());
        Assert.NotEqual(Pdf, raw);
        Assert.Equal(-1, raw.AsSpan().IndexOf("%PDF"u8));
        var downloaded = await client.GetAsync($"{url}/{documentId}");
        Assert.Equal(HttpStatusCode.OK, downloaded.StatusCode);
        Assert.Equal(Pdf, await downloaded.Content.ReadAsByteArrayAsync());
        Assert.Single(await app.AuditAsync(ApplicationAudit.DocumentAdded));
        var read = Assert.Single(await app.AuditAsync(ApplicationAudit.DocumentRead));
        Assert.Equal(ApplicationAudit.Subject(personId), read.Subject);
        var list = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("TrainingEnrolment", list[0].GetProperty("kind").GetString());

        Assert.True((await (await client.UploadAsync(url, "Passport")).ErrorsAsync()).TryGetProperty("kind", out _));
        Assert.True((await (await client.UploadAsync(url, "Other", "MZ not a pdf"u8.ToArray())).ErrorsAsync()).TryGetProperty("file", out _));
        Assert.True((await (await client.UploadAsync(url, "Other", new byte[ApplicationDocuments.MaxBytes + 1])).ErrorsAsync()).TryGetProperty("file", out _));
        Assert.True((await (await client.UploadAsync(url, "Other", trancheId: Guid.NewGuid().ToString())).ErrorsAsync()).TryGetProperty("trancheId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{url}/{Guid.NewGuid()}")).StatusCode);

        var contracted = await app.SeedApplicationAsync(programme, personId, ApplicationStatus.Contracted);
        var closed = await client.UploadAsync($"{Applications}/{contracted.Id}/documents", "Other");
        Assert.Equal(ProblemTypes.Conflict, (await closed.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var trancheId = await app.QueryAsync(async db =>
        {
            var tranche = new Web.Features.Payments.Tranche
            {
                ApplicationId = contracted.Id, ProgrammeId = programme.Id, OrganisationId = programme.OrganisationId, Number = 2,
                Condition = TrancheCondition.AttendanceConfirmed, DueOn = app.Today.AddMonths(1), AmountCentimes = 2_500_00,
            };
            db.Tranches.Add(tranche);
            await db.SaveChangesAsync();
            return tranche.Id;
        });
        var evidence = await client.UploadAsync($"{Applications}/{contracted.Id}/documents", "AttendanceSheet", trancheId: trancheId.ToString());
        Assert.Equal(HttpStatusCode.Created, evidence.StatusCode);
        Assert.Equal(trancheId, (await evidence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trancheId").GetGuid());
        var wrongTranche = await client.UploadAsync(url, "AttendanceSheet", trancheId: trancheId.ToString());
        Assert.True((await wrongTranche.ErrorsAsync()).TryGetProperty("trancheId", out _));
    }

    [Fact]
    public async Task A_self_employment_application_needs_its_business_plan()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.SelfEmploymentGrant,
            p => { p.AmountPolicy = AmountPolicy.Ceiling; p.AmountCentimes = 40_000_00; p.RequiredDocuments = [ApplicationDocumentKind.BusinessPlan]; });
        var body = Body(personId, programme.Id, app.Today.AddDays(10));
        body["requested"] = 25000m;
        var created = await client.CreateAsync(body);
        var id = created.GetProperty("id").GetGuid();

        var incomplete = await (await client.PostAsJsonAsync($"{Applications}/{id}/submit", new { version = created.GetProperty("version").GetInt64() }))
            .ErrorsAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(incomplete.TryGetProperty("businessPlan", out _));
        Assert.True(incomplete.TryGetProperty("documents", out _));

        var plan = new Dictionary<string, object?>
        {
            ["activity"] = "Couture et retouches en coopérative", ["market"] = "Clientèle du quartier et boutiques de Hay Mohammadi",
            ["costs"] = "Trois machines à coudre, une surjeteuse, tissus", ["costsAmount"] = 32000m, ["financingPlan"] = "Subvention et apport des membres",
            ["ownContribution"] = 7000m, ["expectedMonthlyIncome"] = 6500m, ["members"] = 4, ["version"] = 0,
        };
        var bad = new Dictionary<string, object?>(plan) { ["costsAmount"] = -1m, ["ownContribution"] = 0.001m, ["members"] = 0, ["market"] = "" };
        var errors = await (await client.PutAsJsonAsync($"{Applications}/{id}/business-plan", bad)).ErrorsAsync();
        Assert.All(new[] { "costsAmount", "ownContribution", "members", "market" }, f => Assert.True(errors.TryGetProperty(f, out _), f));
        var over = new Dictionary<string, object?>(plan) { ["ownContribution"] = 40000m };
        Assert.True((await (await client.PutAsJsonAsync($"{Applications}/{id}/business-plan", over)).ErrorsAsync()).TryGetProperty("ownContribution", out _));

        var saved = await client.PutAsJsonAsync($"{Applications}/{id}/business-plan", plan);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = await client.PutAsJsonAsync($"{Applications}/{id}/business-plan", plan);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>($"{Applications}/{id}/business-plan");
        Assert.Equal(32000m, read.GetProperty("costsAmount").GetDecimal());
        Assert.Equal(4, read.GetProperty("members").GetInt32());

        var submitted = await client.PostAsJsonAsync($"{Applications}/{id}/submit", new { version = created.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        var training = await app.SeedProgrammeAsync();
        var other = await client.CreateAsync(Body(personId, training.Id, app.Today.AddDays(10)));
        var refused = await client.PutAsJsonAsync($"{Applications}/{other.GetProperty("id").GetGuid()}/business-plan", plan);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }
}
