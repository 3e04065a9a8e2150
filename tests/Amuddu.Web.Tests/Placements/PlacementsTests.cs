using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Placements;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Amuddu.Web.Tests.Placements.PlacementsSetup;

namespace Amuddu.Web.Tests.Placements;

public sealed class PlacementsTests
{
    private static Task GiveContactsAsync(AmudduApp app, Guid personId) => app.QueryAsync(async db =>
    {
        var person = await db.People.SingleAsync(p => p.Id == personId);
        person.Phone = "+212612345678";
        person.Email = "awa.sow@example.org";
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_counsellor_shortlists_once_checks_with_the_person_and_sends_only_under_a_consent_to_share_with_the_company()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var vacancyId = await OpenVacancyAsync(app);
        var company = await DemoCompanyAsync(app);
        var fileNumber = await app.QueryAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FileNumber).SingleAsync());

        var unknown = await (await counsellor.PostAsJsonAsync(Candidates(vacancyId), new { fileNumber = "X-000" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("No file of your organisation has this number.", unknown.GetProperty("errors").GetProperty("fileNumber")[0].GetString());
        var created = await counsellor.PostAsJsonAsync(Candidates(vacancyId), new { fileNumber });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var candidacy = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Shortlisted", candidacy.GetProperty("status").GetString());
        Assert.Equal(0, candidacy.GetProperty("score").GetInt32());
        Assert.Matches("^C-[A-Z2-9]{5}$", candidacy.GetProperty("alias").GetString()!);
        // Not Moroccan: the hire needs the ministry's work-contract visa.
        Assert.True(candidacy.GetProperty("workContractAuthorisationNeeded").GetBoolean());
        var again = await (await counsellor.PostAsJsonAsync(Candidates(vacancyId), new { personId })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("This person is already shortlisted for this vacancy.", again.GetProperty("title").GetString());

        // Not before the person said yes.
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(counsellor, vacancyId, candidacy)).StatusCode);
        var interested = await CheckAsync(counsellor, vacancyId, candidacy);
        Assert.Equal("Interested", interested.GetProperty("status").GetString());
        var stale = await counsellor.PostAsJsonAsync($"{Candidates(vacancyId)}/{Id(candidacy)}/check", new { interested = true, version = candidacy.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // A consent to share with another organisation, or to processing only, is not a consent to share with this company.
        var other = await OtherCompanyAsync(app);
        await ConsentToShareAsync(counsellor, personId, other, app.Today);
        var refused = await (await SendAsync(counsellor, vacancyId, interested)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.ConsentRequired, refused.GetProperty("type").GetString());
        Assert.Equal("Cannot send: the person has not consented to sharing with this company. Record that consent first.", refused.GetProperty("title").GetString());
        Assert.Equal(CandidacyStatus.Interested, await app.QueryAsync(db => db.Candidacies.Where(c => c.Id == Id(candidacy)).Select(c => c.Status).SingleAsync()));

        var consentId = await ConsentToShareAsync(counsellor, personId, company, app.Today);
        var sent = await SendAsync(counsellor, vacancyId, interested);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var row = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Sent", row.GetProperty("status").GetString());
        Assert.True(row.GetProperty("sharingConsentInForce").GetBoolean());
        Assert.Equal(consentId, await app.QueryAsync(db => db.Candidacies.Where(c => c.Id == Id(candidacy)).Select(c => c.ConsentId).SingleAsync()));
        Assert.Single(await app.AuditAsync(PlacementsAudit.Sent));
    }

    [Fact]
    public async Task The_employer_reads_an_anonymous_profile_until_the_profile_is_sent_and_again_once_the_consent_is_withdrawn()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "fr");
        await GiveContactsAsync(app, personId);
        var skill = await GivePositioningAsync(app, personId);
        var vacancyId = await OpenVacancyAsync(app);
        var company = await DemoCompanyAsync(app);
        var employer = await app.ApiClientAsync(Demo.Employer, "fr");
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Employer);
        var page = $"/employer/vacancies/{vacancyId}/candidates";
        string[] secrets = ["Awa", "Sow", "+212612345678", "awa.sow@example.org", "Sénégal", "Senegal", "1991", "sénégalaise"];

        var candidacy = await ShortlistAsync(counsellor, vacancyId, personId);
        // Shortlisted only: the employer sees nothing yet.
        Assert.Empty((await employer.GetFromJsonAsync<JsonElement>(EmployerCandidates(vacancyId))).EnumerateArray());
        candidacy = await CheckAsync(counsellor, vacancyId, candidacy);

        async Task AssertAnonymousAsync()
        {
            var response = await employer.GetAsync(EmployerCandidates(vacancyId));
            var json = await response.Content.ReadAsStringAsync();
            var view = JsonDocument.Parse(json).RootElement.EnumerateArray().Single();
            Assert.Equal(JsonValueKind.Null, view.GetProperty("identity").ValueKind);
            Assert.False(view.GetProperty("workContractVisaRequired").GetBoolean());
            Assert.Equal(skill, view.GetProperty("profile").GetProperty("skills")[0].GetString());
            Assert.Equal("B2", view.GetProperty("profile").GetProperty("languages")[0].GetProperty("speaking").GetString());
            var html = await (await browser.GetAsync(page)).ReadHtmlAsync();
            Assert.Contains(view.GetProperty("alias").GetString()!, html, StringComparison.Ordinal);
            Assert.Contains(skill, html, StringComparison.Ordinal);
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, System.Text.RegularExpressions.Regex.Unescape(json), StringComparison.Ordinal);
                Assert.DoesNotContain(secret, html.Replace(Demo.Employer, "", StringComparison.Ordinal), StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Visa du contrat de travail requis", html, StringComparison.Ordinal);
        }

        await AssertAnonymousAsync();

        var consentId = await ConsentToShareAsync(counsellor, personId, company, app.Today);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(counsellor, vacancyId, candidacy)).StatusCode);
        var named = await EmployerViewAsync(employer, vacancyId, Id(candidacy));
        Assert.Equal("Awa Sow", named.GetProperty("identity").GetProperty("name").GetString());
        Assert.Equal("+212612345678", named.GetProperty("identity").GetProperty("phone").GetString());
        Assert.Equal("awa.sow@example.org", named.GetProperty("identity").GetProperty("email").GetString());
        // The file number is for applying for an incentive, after a hire only.
        Assert.Equal(JsonValueKind.Null, named.GetProperty("identity").GetProperty("fileNumber").ValueKind);
        Assert.True(named.GetProperty("workContractVisaRequired").GetBoolean());
        var namedHtml = await (await browser.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("Awa Sow", namedHtml, StringComparison.Ordinal);
        Assert.Contains("Visa du contrat de travail requis", namedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Sénégal", namedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("1991", namedHtml, StringComparison.Ordinal);

        var withdrawn = await counsellor.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{consentId}/withdraw", new { });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        await AssertAnonymousAsync();
    }

    [Fact]
    public async Task A_hire_records_one_employed_outcome_with_its_checks_fills_the_vacancy_refuses_a_hire_past_the_posts_and_offers_the_incentive_that_fits()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, awa) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var (_, moussa) = await app.RegisterSomeoneAsync("Moussa", "Diallo", "ML", "en");
        var vacancyId = await OpenVacancyAsync(app, posts: 1);
        var fits = await IncentiveProgrammeAsync(app, "PRIME-RABAT", "MA-04");
        await IncentiveProgrammeAsync(app, "PRIME-SOUSS", "MA-09");
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        var first = await SentAsync(app, counsellor, vacancyId, awa);
        var second = await SentAsync(app, counsellor, vacancyId, moussa);
        var startsOn = app.Today.AddDays(14);
        var hire = new { decision = "Hired", startsOn, contractType = "Cdi", workingTime = "FullTime", wageBand = "From3000To5000" };

        var incomplete = await (await AnswerAsync(employer, vacancyId, Id(first), first.GetProperty("version").GetInt64(), new { decision = "Hired" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "startsOn", "contractType", "workingTime", "wageBand" })
        {
            Assert.True(incomplete.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        var hired = await AnswerAsync(employer, vacancyId, Id(first), first.GetProperty("version").GetInt64(), hire);
        Assert.Equal(HttpStatusCode.OK, hired.StatusCode);
        var view = await hired.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Hired", view.GetProperty("status").GetString());
        Assert.Equal(await app.QueryAsync(db => db.People.Where(p => p.Id == awa).Select(p => p.FileNumber).SingleAsync()),
            view.GetProperty("identity").GetProperty("fileNumber").GetString());
        var offer = Assert.Single(view.GetProperty("incentives").EnumerateArray());
        Assert.Equal(fits, offer.GetProperty("programmeId").GetGuid());
        Assert.Equal($"/employer/applications/new?programme={fits}", offer.GetProperty("applyUrl").GetString());

        // Exactly one outcome, employed at the company with the contract given, its three checks, and the candidacy pointing at it.
        var outcome = Assert.Single(await app.QueryAsync(db => db.Outcomes.Where(o => o.PersonId == awa).ToListAsync()));
        Assert.Equal(OutcomeKind.Employed, outcome.Kind);
        Assert.Equal(startsOn, outcome.StartsOn);
        Assert.Equal(await DemoCompanyAsync(app), outcome.EmployerOrganisationId);
        Assert.Equal(ContractType.Cdi, outcome.ContractType);
        Assert.Equal([3, 6, 12], await app.QueryAsync(db => db.FollowUpChecks.Where(c => c.OutcomeId == outcome.Id).OrderBy(c => c.AfterMonths).Select(c => c.AfterMonths).ToListAsync()));
        Assert.Equal(outcome.Id, await app.QueryAsync(db => db.Candidacies.Where(c => c.Id == Id(first)).Select(c => c.OutcomeId).SingleAsync()));
        Assert.Equal(VacancyStatus.Filled, await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.Status).SingleAsync()));
        Assert.Equal(Web.Features.People.PathwayStage.Employed, await app.QueryAsync(db => db.People.Where(p => p.Id == awa).Select(p => p.Stage).SingleAsync()));
        // The person's file lists the outcome.
        var outcomes = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/people/{awa}/outcomes");
        Assert.Equal("Employed", Assert.Single(outcomes.EnumerateArray()).GetProperty("kind").GetString());

        // The counsellor in charge is told by e-mail, by the candidate's alias, never the name.
        var message = Assert.Single(await app.QueryAsync(db => db.OutboxMessages.Where(m => m.TemplateKey == "PlacementAnswer.Hired").ToListAsync()));
        Assert.Equal(Web.Features.Notifications.OutboxChannel.Email, message.Channel);
        Assert.Contains(view.GetProperty("alias").GetString()!, message.Parameters, StringComparison.Ordinal);
        Assert.DoesNotContain("Sow", message.Parameters, StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
            Assert.Equal(Demo.Counsellor, protector.UnprotectText(message.RecipientCipher));
        }

        // The one post is taken: a second hire is refused and writes nothing.
        var refused = await (await AnswerAsync(employer, vacancyId, Id(second), second.GetProperty("version").GetInt64(), hire)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("All the vacancy's posts are filled: no further hire.", refused.GetProperty("title").GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.Outcomes.CountAsync(o => o.PersonId == moussa)));
        // Nor is the first hired twice.
        Assert.Equal(HttpStatusCode.Conflict, (await AnswerAsync(employer, vacancyId, Id(first), view.GetProperty("version").GetInt64(), hire)).StatusCode);

        // The counsellor reads the answer and the incentive on the candidacy.
        var rows = (await counsellor.GetFromJsonAsync<JsonElement>(Candidates(vacancyId))).EnumerateArray().ToList();
        var row = rows.Single(r => Id(r) == Id(first));
        Assert.Equal("Hired", row.GetProperty("status").GetString());
        Assert.Equal(outcome.Id, row.GetProperty("outcomeId").GetGuid());
        Assert.Equal("PRIME-RABAT", Assert.Single(row.GetProperty("incentives").EnumerateArray()).GetProperty("code").GetString());
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var html = await (await browser.GetAsync($"/vacancies/{vacancyId}/candidates")).ReadHtmlAsync();
        Assert.Contains("Prime à l'embauche PRIME-RABAT", html, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIME-SOUSS", html, StringComparison.Ordinal);
        Assert.Contains("Embauche soumise au visa du contrat de travail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_posts_are_filled_by_the_second_hire_and_a_candidate_not_retained_needs_a_reason()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, awa) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var (_, moussa) = await app.RegisterSomeoneAsync("Moussa", "Diallo", "ML", "en");
        var (_, karim) = await app.RegisterSomeoneAsync("Karim", "Alaoui", "MA", "en");
        var vacancyId = await OpenVacancyAsync(app, posts: 2);
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        var hire = new { decision = "Hired", startsOn = app.Today, contractType = "Cdd", workingTime = "FullTime", wageBand = "SmigTo3000" };
        var first = await SentAsync(app, counsellor, vacancyId, awa);
        var second = await SentAsync(app, counsellor, vacancyId, moussa);
        var third = await SentAsync(app, counsellor, vacancyId, karim);
        Assert.False(third.GetProperty("workContractAuthorisationNeeded").GetBoolean());

        var noReason = await (await AnswerAsync(employer, vacancyId, Id(third), third.GetProperty("version").GetInt64(), new { decision = "NotRetained", note = "Pas de suite" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Reason is required.", noReason.GetProperty("errors").GetProperty("reason")[0].GetString());
        var noDate = await (await AnswerAsync(employer, vacancyId, Id(third), third.GetProperty("version").GetInt64(), new { decision = "Interview" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noDate.GetProperty("errors").TryGetProperty("interviewOn", out _));
        var interview = await AnswerAsync(employer, vacancyId, Id(third), third.GetProperty("version").GetInt64(), new { decision = "Interview", interviewOn = app.Today.AddDays(3) });
        Assert.Equal(HttpStatusCode.OK, interview.StatusCode);
        var afterInterview = await interview.Content.ReadFromJsonAsync<JsonElement>();
        var notRetained = await AnswerAsync(employer, vacancyId, Id(third), afterInterview.GetProperty("version").GetInt64(),
            new { decision = "NotRetained", reason = "LanguageShort", note = "Niveau de français à renforcer" });
        Assert.Equal(HttpStatusCode.OK, notRetained.StatusCode);
        Assert.Equal("LanguageShort", (await notRetained.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notRetainedReason").GetString());

        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(employer, vacancyId, Id(first), first.GetProperty("version").GetInt64(), hire)).StatusCode);
        Assert.Equal(VacancyStatus.Open, await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(employer, vacancyId, Id(second), second.GetProperty("version").GetInt64(), hire)).StatusCode);
        Assert.Equal(VacancyStatus.Filled, await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.Status).SingleAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.Outcomes.CountAsync(o => o.Kind == OutcomeKind.Employed)));
        Assert.Equal(0, await app.QueryAsync(db => db.Outcomes.CountAsync(o => o.PersonId == karim)));
        // No programme is open: no incentive is offered.
        Assert.Empty((await EmployerViewAsync(employer, vacancyId, Id(first))).GetProperty("incentives").EnumerateArray());

        // The counsellor reads the reason and the note.
        var row = (await counsellor.GetFromJsonAsync<JsonElement>(Candidates(vacancyId))).EnumerateArray().Single(r => Id(r) == Id(third));
        Assert.Equal("NotRetained", row.GetProperty("status").GetString());
        Assert.Equal("Niveau de français à renforcer", row.GetProperty("employerNote").GetString());

        // The person's export holds the candidacy; erasing the file drops the employer's note and keeps the step.
        var export = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/people/{karim}/export");
        var exported = Assert.Single(export.GetProperty("sections").GetProperty("candidacies").EnumerateArray());
        Assert.Equal("NotRetained", exported.GetProperty("status").GetString());
        Assert.Equal("Niveau de français à renforcer", exported.GetProperty("employerNote").GetString());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var section = scope.ServiceProvider.GetServices<Web.Features.People.IPersonalDataSection>().OfType<PlacementsPersonalData>().Single();
            await section.EraseAsync(karim, CancellationToken.None);
        }

        var erased = await app.QueryAsync(db => db.Candidacies.AsNoTracking().SingleAsync(c => c.PersonId == karim));
        Assert.Equal(CandidacyStatus.NotRetained, erased.Status);
        Assert.Null(erased.EmployerNote);
    }

    [Fact]
    public async Task An_employer_reaches_only_its_company_s_vacancies_and_another_service_reaches_none()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var other = await OtherCompanyAsync(app);
        var theirs = await OpenVacancyAsync(app, companyId: other);
        var ours = await OpenVacancyAsync(app);
        var candidacy = await SentAsync(app, counsellor, theirs, personId);
        var employer = await app.ApiClientAsync(Demo.Employer, "en");

        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync(EmployerCandidates(ours))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync(EmployerCandidates(theirs))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync(EmployerCandidates(Guid.NewGuid()))).StatusCode);
        var answer = await AnswerAsync(employer, theirs, Id(candidacy), candidacy.GetProperty("version").GetInt64(), new { decision = "NotRetained", reason = "Other" });
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        // Nor through another vacancy of its own.
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(employer, ours, Id(candidacy), 0, new { decision = "NotRetained", reason = "Other" })).StatusCode);
        // Nor through the pages: another company's vacancy is not found, and the candidate's alias and name are not on it.
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Employer);
        var page = await browser.GetAsync($"/employer/vacancies/{theirs}/candidates");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.ReadHtmlAsync();
        Assert.DoesNotContain(candidacy.GetProperty("alias").GetString()!, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sow", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/employer/vacancies/{ours}/candidates")).StatusCode);
        // The service's routes are not the employer's.
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync(Candidates(ours))).StatusCode);

        var stranger = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Candidates(theirs))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync(Candidates(theirs), new { personId })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"{Candidates(theirs)}/{Id(candidacy)}/send", new { version = 0 })).StatusCode);
        var strangerBrowser = app.CreateBrowser("fr");
        await app.WebSignInAsync(strangerBrowser, Demo.NgoCounsellor);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerBrowser.GetAsync($"/vacancies/{theirs}/candidates")).StatusCode);
        // A person of another organisation is not shortlisted by the agency either.
        var (ngo, ngoPerson) = await RegisterAtNgoAsync(app);
        var refused = await counsellor.PostAsJsonAsync(Candidates(ours), new { personId = ngoPerson });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync(Candidates(ours))).StatusCode);
    }

    [Fact]
    public async Task Only_an_open_vacancy_takes_a_shortlist_and_a_person_without_consent_to_processing_is_not_shortlisted()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var (_, minimal) = await app.RegisterSomeoneAsync("Moussa", "Diallo", "ML", "en", minimal: true);
        var draft = await OpenVacancyAsync(app, status: VacancyStatus.Draft);
        var open = await OpenVacancyAsync(app);

        var closed = await (await counsellor.PostAsJsonAsync(Candidates(draft), new { personId })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("The vacancy is not open: no one can be shortlisted for it.", closed.GetProperty("title").GetString());
        var noConsent = await (await counsellor.PostAsJsonAsync(Candidates(open), new { personId = minimal })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.ConsentRequired, noConsent.GetProperty("type").GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.Candidacies.CountAsync()));
    }

    private static async Task<(HttpClient Client, Guid PersonId)> RegisterAtNgoAsync(AmudduApp app)
    {
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        var site = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.NgoCounsellor).Select(u => u.SiteId).SingleAsync());
        var created = await ngo.PostAsJsonAsync("/api/v1/people", new
        {
            person = new { firstName = "Fatou", lastName = "Ndiaye", sex = "Female", dateOfBirth = "1995-05-05", nationalityCode = "SN", regionCode = "MA-06", city = "Casablanca", heardFrom = "FriendOrFamily", siteId = site },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (ngo, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }
}
