using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Support.Applying.ApplyingKit;

namespace Amuddu.Web.Tests.Support.Applying;

public sealed class EmployerApplyingTests
{
    private const string Employer = "/api/v1/employer";

    private static Dictionary<string, object?> Hire(Guid programmeId, string fileNumber, string lastName, DateOnly startsOn) => new()
    {
        ["programmeId"] = programmeId,
        ["fileNumber"] = fileNumber,
        ["lastName"] = lastName,
        ["purpose"] = "Opératrice de confection",
        ["startsOn"] = startsOn,
        ["contractType"] = "Cdi",
        ["employerRegisteredOn"] = startsOn.AddYears(-1),
        ["payeeName"] = "Atlas Textile SARL",
        ["payeeAccount"] = Rib("2307800000987654321098"),
    };

    private static Task<Programme> IncentiveAsync(AmudduApp app) =>
        app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, p =>
        {
            p.RequiredDocuments = [ApplicationDocumentKind.EmploymentContract, ApplicationDocumentKind.CompanyRegistration];
            p.Rules = [new() { Kind = EligibilityRuleKind.PermanentContract }, new() { Kind = EligibilityRuleKind.MaxIncentiveHires, Max = 5 }];
        });

    [Fact]
    public async Task An_employer_applies_for_a_hire_named_by_file_number_and_last_name_sends_documents_and_submits()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Aminata", "Koné", "ML", "en");
        var fileNumber = await app.FileNumberAsync(personId);
        var programme = await IncentiveAsync(app);
        await app.SeedProgrammeAsync(ProgrammeKind.TrainingGrant);
        var employer = await app.ApiClientAsync(Demo.Employer, "en");

        var programmes = await employer.GetFromJsonAsync<JsonElement>("/api/v1/programmes");
        var offered = Assert.Single(programmes.EnumerateArray());
        Assert.Equal(programme.Code, offered.GetProperty("code").GetString());
        Assert.Equal(["Hired on a permanent contract (CDI)", "At most 5 incentive hires per employer in this programme"],
            offered.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(2, offered.GetProperty("requiredDocuments").GetArrayLength());

        var start = app.Today.AddDays(3);
        var wrongNumber = await (await employer.PostAsJsonAsync($"{Employer}/applications", Hire(programme.Id, "AMD-0000-999999", "Koné", start))).ErrorsAsync();
        var wrongName = await (await employer.PostAsJsonAsync($"{Employer}/applications", Hire(programme.Id, fileNumber, "Diallo", start))).ErrorsAsync();
        Assert.Equal(wrongNumber.GetProperty("fileNumber")[0].GetString(), wrongName.GetProperty("fileNumber")[0].GetString());
        Assert.False(wrongName.TryGetProperty("lastName", out _));
        var badRib = Hire(programme.Id, fileNumber, "KONE", start);
        badRib["payeeAccount"] = "123";
        Assert.True((await (await employer.PostAsJsonAsync($"{Employer}/applications", badRib)).ErrorsAsync()).TryGetProperty("payeeAccount", out _));
        var training = await app.QueryAsync(db => db.Programmes.Where(p => p.Kind == ProgrammeKind.TrainingGrant).Select(p => p.Id).SingleAsync());
        Assert.True((await (await employer.PostAsJsonAsync($"{Employer}/applications", Hire(training, fileNumber, "KONE", start))).ErrorsAsync())
            .TryGetProperty("programmeId", out _));

        var created = await employer.PostAsJsonAsync($"{Employer}/applications", Hire(programme.Id, fileNumber.ToLowerInvariant(), "  kone ", start));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var application = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = application.GetProperty("id").GetGuid();
        // Until the agency takes the application up, the employer reads no name: applying does not tell who a number is.
        Assert.Equal(JsonValueKind.Null, application.GetProperty("hire").ValueKind);
        Assert.False(application.TryGetProperty("personId", out _));
        Assert.Equal(["EmploymentContract", "CompanyRegistration"], application.GetProperty("missingDocuments").EnumerateArray().Select(k => k.GetString()));
        var stored = await app.ApplicationAsync(id);
        Assert.Equal(await app.EmployerIdAsync(), stored.EmployerOrganisationId);
        Assert.Equal(programme.OrganisationId, stored.OrganisationId);
        Assert.Equal(PaymentChannel.BankTransfer, stored.PayeeChannel);

        Assert.True((await (await employer.UploadAsync($"{Employer}/applications/{id}/documents", "TrainingEnrolment")).ErrorsAsync()).TryGetProperty("kind", out _));
        var incomplete = await employer.PostAsJsonAsync($"{Employer}/applications/{id}/submit", new { version = stored.Version });
        Assert.True((await incomplete.ErrorsAsync(HttpStatusCode.UnprocessableEntity)).TryGetProperty("documents", out _));
        var contract = await employer.UploadAsync($"{Employer}/applications/{id}/documents", "EmploymentContract");
        Assert.Equal(HttpStatusCode.Created, contract.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await employer.UploadAsync($"{Employer}/applications/{id}/documents", "CompanyRegistration")).StatusCode);
        var documentId = (await contract.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(Pdf, await employer.GetByteArrayAsync($"{Employer}/applications/{id}/documents/{documentId}"));

        var submitted = await employer.PostAsJsonAsync($"{Employer}/applications/{id}/submit", new { version = stored.Version });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var view = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EligibilityChecked", view.GetProperty("status").GetString());
        Assert.Equal(0, view.GetProperty("missingDocuments").GetArrayLength());
        Assert.False(view.TryGetProperty("eligibility", out _));

        // The counsellor sees it on the person's applications, with the verdicts.
        var onFile = (await counsellor.GetFromJsonAsync<JsonElement>($"{Applications}/people/{personId}")).EnumerateArray().Single();
        Assert.True(onFile.GetProperty("isEligible").GetBoolean());

        var list = await employer.GetFromJsonAsync<JsonElement>($"{Employer}/applications");
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, Assert.Single(list.EnumerateArray()).GetProperty("hire").ValueKind);
        var officer = await app.ApiClientAsync(Demo.Officer);
        var reviewed = await officer.PostAsJsonAsync($"{Applications}/{id}/review", new { version = view.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal("Aminata K.", (await employer.GetFromJsonAsync<JsonElement>($"{Employer}/applications/{id}")).GetProperty("hire").GetString());
        var withdrawn = await employer.PostAsJsonAsync($"{Employer}/applications/{id}/withdraw", new { reason = "La salariée a démissionné" });
        Assert.Equal("Withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_employer_sees_only_its_own_applications_and_never_the_counsellors_api()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await IncentiveAsync(app);
        var other = await app.QueryAsync(async db =>
        {
            var organisation = new Organisation { Name = "Boulangerie du Port", Kind = OrganisationKind.Employer, RegionCode = "MA-01" };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
        var theirs = (await counsellor.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(3), other))).GetProperty("id").GetGuid();
        var employer = await app.ApiClientAsync(Demo.Employer);

        Assert.Equal(0, (await employer.GetFromJsonAsync<JsonElement>($"{Employer}/applications")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"{Employer}/applications/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.UploadAsync($"{Employer}/applications/{theirs}/documents", "EmploymentContract")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.PostAsJsonAsync($"{Employer}/applications/{theirs}/submit", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.PostAsJsonAsync($"{Employer}/applications/{theirs}/withdraw", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"{Employer}/applications/{theirs}/documents/{Guid.NewGuid()}")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync($"{Applications}/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostAsJsonAsync(Applications, Body(personId, programme.Id, app.Today))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.GetAsync($"{Employer}/applications")).StatusCode);
    }

    [Fact]
    public async Task Naming_hires_is_rate_limited_per_employer_organisation()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:EmployerHiresPerHour"] = "3" });
        var programme = await IncentiveAsync(app);
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        // Another client of the same employer shares the allowance: the limit is the organisation's, not the token's.
        var colleague = await app.ApiClientAsync(Demo.Employer, "en");
        for (var i = 0; i < 3; i++)
        {
            var guess = await (i % 2 == 0 ? employer : colleague).PostAsJsonAsync($"{Employer}/applications",
                Hire(programme.Id, $"AMD-0000-00000{i}", "Sow", app.Today));
            Assert.Equal(HttpStatusCode.BadRequest, guess.StatusCode);
        }

        var limited = await colleague.PostAsJsonAsync($"{Employer}/applications", Hire(programme.Id, "AMD-0000-000009", "Sow", app.Today));

        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        // Reading is not limited.
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"{Employer}/applications")).StatusCode);
    }

    [Fact]
    public async Task An_employer_cannot_apply_for_a_person_without_consent_to_processing()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en", minimal: true);
        var programme = await IncentiveAsync(app);
        var employer = await app.ApiClientAsync(Demo.Employer);

        var refused = await employer.PostAsJsonAsync($"{Employer}/applications", Hire(programme.Id, await app.FileNumberAsync(personId), "Sow", app.Today));
        var nobody = await employer.PostAsJsonAsync($"{Employer}/applications", Hire(programme.Id, "AMD-0000-999999", "Sow", app.Today));

        // The same answer as for nobody on file: no consent must not tell the employer that this person is a client.
        var noConsent = await refused.ProblemAsync(HttpStatusCode.BadRequest);
        var notFound = await nobody.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(notFound.GetProperty("errors").ToString(), noConsent.GetProperty("errors").ToString());
        Assert.Equal(notFound.GetProperty("title").GetString(), noConsent.GetProperty("title").GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.Applications.CountAsync()));
    }
}
