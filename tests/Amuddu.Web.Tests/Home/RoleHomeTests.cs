using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Home;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Outreach;
using Amuddu.Web.Tests.Referrals.Lifecycle;
using Amuddu.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Amuddu.Web.Tests.Home;

/// <summary>One app for the class, with a SQL command counter, so that each test can also count the SQL a home costs.</summary>
public sealed class RoleHomeApp : IAsyncLifetime
{
    public AmudduApp App { get; private set; } = default!;

    public SqlCommandCounter Counter { get; } = new();

    public async Task InitializeAsync()
    {
        App = await AmudduApp.StartAsync(new()
        {
            // One app for the class signs the same demo accounts in many times a minute; no test here is about the limits.
            ["Amuddu:RateLimits:SignInPerMinute"] = "100000",
            ["Amuddu:RateLimits:TwoFactorPerMinute"] = "100000",
            ["Amuddu:RateLimits:SignInPerAddressPerMinute"] = "100000",
        });
        App.TestServices = services => services.AddSingleton<IInterceptor>(Counter);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Each role's home shows that role's work, from data the test makes, scoped to the organisation: the counsellor's
/// overdue steps grouped with a count, the caseworker's overdue referral first, the officer's application to
/// decide and tranche to confirm, the employer's own hires and missing documents only, the agent's
/// pre-registrations, the analyst's figures, the trainer's offers, the administrator's locked accounts.
/// </summary>
public sealed partial class RoleHomeTests(RoleHomeApp shared, ITestOutputHelper output) : IClassFixture<RoleHomeApp>
{
    private AmudduApp App => shared.App;

    [Fact]
    public async Task The_counsellor_sees_overdue_steps_grouped_by_person_with_their_count_and_the_main_action()
    {
        var (client, personId) = await App.RegisterSomeoneAsync("Ibrahim", "Coulibaly", "ML");
        foreach (var kind in new[] { "DocumentRenewal", "LanguageCourse" })
        {
            var added = await client.PostAsJsonAsync($"/api/v1/people/{personId}/action-plan/steps",
                new { kind, title = $"Étape {kind}", owner = "person", dueOn = App.Today.AddDays(1).ToString("yyyy-MM-dd") });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        await App.QueryAsync(db => db.ActionPlanSteps.Where(s => s.PersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DueOn, App.Today.AddDays(-3))));
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, Demo.Counsellor);

        var (home, commands) = await HomeAsync(browser);

        var block = Block(home, Roles.Counsellor);
        MainAction(block, "/people/new");
        var overdue = Queue(block, "overdue-steps");
        Assert.Contains($"<li data-person=\"{personId}\"><a href=\"/people/{personId}/action-plan\">Ibrahim Coulibaly</a>", overdue, StringComparison.Ordinal);
        Assert.Matches($"data-person=\"{personId}\"><a [^>]*>Ibrahim Coulibaly</a><span class=\"badge badge-danger badge-count\" title=\"[^\"]+\">2</span>", overdue);
        Assert.Matches("<h3 id=\"overdue-steps-title\">[^<]+<span class=\"badge badge-danger badge-count\">[0-9]+</span></h3>", overdue);
        Assert.DoesNotContain("count-badge", home, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"DocumentRenewal\">Renouvellement de document", overdue, StringComparison.Ordinal);
        Assert.Contains("href=\"/home/overdue-steps\"", overdue, StringComparison.Ordinal);
        Assert.Contains("action=\"/people\"", block, StringComparison.Ordinal);
        output.WriteLine($"Counsellor home: {commands} SQL commands");
        Assert.InRange(commands, 1, 25);

        var all = await (await browser.GetAsync("/home/overdue-steps")).ReadHtmlAsync();
        Assert.Contains("Étape DocumentRenewal", all, StringComparison.Ordinal);
        Assert.Contains("Étape LanguageCourse", all, StringComparison.Ordinal);

        // Another organisation's counsellor never sees this person.
        var other = App.CreateBrowser();
        await App.WebSignInAsync(other, Demo.NgoCounsellor);
        var theirs = await (await other.GetAsync("/home")).ReadHtmlAsync();
        Assert.Contains("data-role=\"Counsellor\"", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Coulibaly", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Coulibaly", await (await other.GetAsync("/home/overdue-steps")).ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_list_of_overdue_steps_is_paged_twenty_five_at_a_time()
    {
        var (client, personId) = await App.RegisterSomeoneAsync("Mariam", "Touré", "ML");
        for (var i = 1; i <= WorkLists.PageSize + 1; i++)
        {
            var added = await client.PostAsJsonAsync($"/api/v1/people/{personId}/action-plan/steps",
                new { kind = "LanguageCourse", title = $"Étape paginée {i:00}", owner = "person", dueOn = App.Today.AddDays(1).ToString("yyyy-MM-dd") });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        // Overdue by weeks, each a day apart, the oldest first: older than any other test's steps.
        var steps = await App.QueryAsync(db => db.ActionPlanSteps.Where(s => s.PersonId == personId).OrderBy(s => s.Title).Select(s => s.Id).ToListAsync());
        for (var i = 0; i < steps.Count; i++)
        {
            var id = steps[i];
            var dueOn = App.Today.AddDays(-100 + i);
            await App.QueryAsync(db => db.ActionPlanSteps.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueOn, dueOn)));
        }

        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, Demo.Counsellor);

        var first = await (await browser.GetAsync("/home/overdue-steps")).ReadHtmlAsync();
        Assert.Contains("Étape paginée 25", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Étape paginée 26", first, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/home/overdue-steps\\?page=2\" rel=\"next\">", first);
        Assert.Contains("Page 1 sur ", first, StringComparison.Ordinal);

        var second = await (await browser.GetAsync("/home/overdue-steps?page=2")).ReadHtmlAsync();
        Assert.Contains("Étape paginée 26", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Étape paginée 01", second, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/home/overdue-steps\\?page=1\" rel=\"prev\">", second);
    }

    [Fact]
    public async Task The_counsellor_sees_the_referrals_a_partner_answered()
    {
        var sent = await App.SendReferralAsync(firstName: "Grace", lastName: "Ndiaye");
        var earlier = App.CreateBrowser();
        await App.WebSignInAsync(earlier, Demo.Counsellor);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await sent.Caseworker.MoveOkAsync(sent.Id, "accept");
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, Demo.Counsellor);

        var (home, _) = await HomeAsync(browser);

        // Answered after the counsellor's previous sign-in to the pages: shown.
        var answered = Queue(Block(home, Roles.Counsellor), "answered-referrals");
        Assert.Contains($"<li data-status=\"Accepted\"><a href=\"/referrals/{sent.Id}\" dir=\"ltr\">{sent.Reference}</a>", answered, StringComparison.Ordinal);

        // Once looked at, it is no longer news at the next sign-in.
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = App.CreateBrowser();
        await App.WebSignInAsync(later, Demo.Counsellor);
        var (next, _) = await HomeAsync(later);
        Assert.DoesNotContain(sent.Reference, Queue(Block(next, Roles.Counsellor), "answered-referrals"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_caseworker_s_inbox_puts_the_overdue_referral_first_and_names_no_one()
    {
        var recent = await App.SendReferralAsync(firstName: "Aissatou", lastName: "Barry", respondInDays: 5);
        var late = await App.SendReferralAsync(firstName: "Mamadou", lastName: "Camara", respondInDays: 5);
        await App.QueryAsync(db => db.Referrals.Where(r => r.Id == late.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RespondBy, App.Today.AddDays(-2))));
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, Demo.Caseworker);

        var (home, commands) = await HomeAsync(browser);

        var block = Block(home, Roles.PartnerCaseworker);
        var inbox = Queue(block, "referral-inbox");
        var first = Regex.Match(inbox, "<li[^>]*data-referral=\"(?<id>[^\"]+)\"").Groups["id"].Value;
        Assert.Equal(late.Id.ToString(), first);
        Assert.Contains(recent.Reference, inbox, StringComparison.Ordinal);
        Assert.Contains($"<li class=\"late\" data-referral=\"{late.Id}\">", inbox, StringComparison.Ordinal);
        MainAction(block, $"/referrals/{late.Id}");
        Assert.DoesNotContain("Camara", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Barry", home, StringComparison.Ordinal);
        output.WriteLine($"Caseworker home: {commands} SQL commands");
        Assert.InRange(commands, 1, 15);
    }

    [Fact]
    public async Task The_caseworker_s_see_all_link_opens_the_received_box_sorted_overdue_first_like_the_home()
    {
        var late = await App.SendReferralAsync(firstName: "Yacouba", lastName: "Sanogo", respondInDays: 5, nationalityCode: "CI");
        App.Clock.Advance(TimeSpan.FromMinutes(1)); // the recent one changed last, whatever the clock's resolution
        var recent = await App.SendReferralAsync(firstName: "Adjoa", lastName: "Mensah", respondInDays: 5, nationalityCode: "GH");
        await App.QueryAsync(db => db.Referrals.Where(r => r.Id == late.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RespondBy, App.Today.AddDays(-1))));
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, Demo.Caseworker);

        var (home, _) = await HomeAsync(browser);
        var inbox = Queue(Block(home, Roles.PartnerCaseworker), "referral-inbox");
        var seeAll = Regex.Match(inbox, "<p class=\"see-all\"><a href=\"(?<href>[^\"]+)\"").Groups["href"].Value;
        Assert.Equal("/referrals?box=received&sort=overdue", seeAll);

        // The box by last change puts the referral sent last first; sorted overdue first, the late one leads, as on the home.
        var byChange = Rows().Matches(await (await browser.GetAsync("/referrals?box=received")).ReadHtmlAsync()).Select(m => m.Groups["id"].Value).ToList();
        Assert.Contains(late.Id.ToString(), byChange);
        Assert.True(byChange.IndexOf(recent.Id.ToString()) < byChange.IndexOf(late.Id.ToString()));
        var box = await (await browser.GetAsync(seeAll)).ReadHtmlAsync();
        var rows = Rows().Matches(box).Select(m => (Id: m.Groups["id"].Value, Overdue: m.Groups["overdue"].Success)).ToList();
        var sorted = rows.Select(r => r.Id).ToList();
        Assert.Contains(late.Id.ToString(), sorted);
        Assert.True(sorted.IndexOf(late.Id.ToString()) < sorted.IndexOf(recent.Id.ToString()));
        Assert.Equal(rows.OrderByDescending(r => r.Overdue).Select(r => r.Overdue), rows.Select(r => r.Overdue));
        var onHome = Regex.Matches(inbox, "data-referral=\"(?<id>[^\"]+)\"").Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(onHome, sorted.Where(onHome.Contains).ToList());
        Assert.Contains("<option value=\"overdue\" selected>", box, StringComparison.Ordinal);

        var api = await App.ApiClientAsync(Demo.Caseworker, "en");
        var apiSorted = await api.GetFromJsonAsync<JsonElement>("/api/v1/referrals?box=received&sort=overdue");
        Assert.Equal(sorted, apiSorted.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Take(sorted.Count).ToList());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/referrals?sort=name")).StatusCode);
    }

    [GeneratedRegex("<tr(?<overdue> class=\"overdue\")?>\\s*<td>\\s*<a href=\"/referrals/(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex Rows();

    [Fact]
    public async Task The_officer_sees_the_application_to_decide_and_the_tranche_to_confirm_and_not_another_organisation_s()
    {
        var (_, personId) = await App.RegisterSomeoneAsync("Fanta", "Konaté", "GN");
        var programme = await App.SeedProgrammeAsync();
        var waiting = await App.SeedApplicationAsync(programme, personId, ApplicationStatus.EligibilityChecked);
        var running = await App.SeedApplicationAsync(programme, personId, ApplicationStatus.Contracted);
        await AddTrancheAsync(running, TrancheCondition.AttendanceConfirmed);
        var elsewhere = await OtherOrganisationApplicationAsync(personId);
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, Demo.Officer);

        var (home, commands) = await HomeAsync(browser);

        var block = Block(home, Roles.ProgrammeOfficer);
        var decide = Queue(block, "applications-to-decide");
        Assert.Contains($"<li data-application=\"{waiting.Id}\"><a href=\"/applications/{waiting.Id}\" dir=\"ltr\">{waiting.Reference}</a>", decide, StringComparison.Ordinal);
        Assert.Contains("data-status=\"EligibilityChecked\"", decide, StringComparison.Ordinal);
        Assert.Contains(running.Reference, Queue(block, "payments-to-act"), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(block, "data-main-action"));
        Assert.DoesNotContain(elsewhere, home, StringComparison.Ordinal);
        output.WriteLine($"Officer home: {commands} SQL commands");
        Assert.InRange(commands, 1, 15);

        var payments = await (await browser.GetAsync("/home/payments-due")).ReadHtmlAsync();
        Assert.Contains(running.Reference, payments, StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere, payments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_employer_sees_only_their_company_s_hires_to_confirm_and_documents_to_send()
    {
        var (_, personId) = await App.RegisterSomeoneAsync("Ousmane", "Diop", "SN");
        var programme = await App.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, p =>
            {
                p.Tranches = [new() { Number = 1, Condition = TrancheCondition.EmploymentConfirmed, Percent = 100, Month = 1 }];
                p.RequiredDocuments = [ApplicationDocumentKind.EmploymentContract];
            });
        var (employer, ngo) = await App.QueryAsync(async db => (
            (await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Employer)).Id,
            (await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Ngo)).Id));
        var hire = await EmployerApplicationAsync(programme, personId, ApplicationStatus.Contracted, employer);
        await AddTrancheAsync(hire, TrancheCondition.EmploymentConfirmed);
        var draft = await EmployerApplicationAsync(programme, personId, ApplicationStatus.Draft, employer);
        var otherCompany = await EmployerApplicationAsync(programme, personId, ApplicationStatus.Contracted, ngo);
        await AddTrancheAsync(otherCompany, TrancheCondition.EmploymentConfirmed);
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, Demo.Employer);

        var (home, commands) = await HomeAsync(browser);

        var block = Block(home, Roles.EmployerUser);
        Assert.Contains(hire.Reference, Queue(block, "employer-hires"), StringComparison.Ordinal);
        Assert.Contains(draft.Reference, Queue(block, "employer-documents"), StringComparison.Ordinal);
        MainAction(block, "/employer#hires-to-confirm");
        Assert.DoesNotContain(otherCompany.Reference, home, StringComparison.Ordinal);
        Assert.DoesNotContain("Diop", home, StringComparison.Ordinal);
        output.WriteLine($"Employer home: {commands} SQL commands");
        Assert.InRange(commands, 1, 15);
    }

    [Fact]
    public async Task The_agent_sees_the_pre_registrations_to_follow_and_the_main_action_to_pre_register()
    {
        var agent = await App.ApiClientAsync(OutreachTests.Agent);
        var pre = (await OutreachTests.PreRegisterAsync(agent, "Hawa", "Sylla")).GetProperty("id").GetGuid();
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, OutreachTests.Agent);

        var (home, commands) = await HomeAsync(browser);

        var block = Block(home, Roles.CommunityAgent);
        Assert.Contains($"<a href=\"/outreach/pre-registrations/{pre}\">Hawa Sylla</a>", Queue(block, "agent-pre-registrations"), StringComparison.Ordinal);
        MainAction(block, "/outreach/pre-registrations/new");
        output.WriteLine($"Agent home: {commands} SQL commands");
        Assert.InRange(commands, 1, 15);

        // The pre-registration is the agent's own: the NGO's counsellor does not see it.
        var other = App.CreateBrowser();
        await App.WebSignInAsync(other, Demo.NgoCounsellor);
        Assert.DoesNotContain("Sylla", await (await other.GetAsync("/home")).ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analyst_sees_headline_figures_and_the_dashboards_and_no_one_s_name()
    {
        await App.RegisterSomeoneAsync("Bintou", "Keïta", "ML");
        var registered = await App.QueryAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec)
            .Select(o => db.People.Count(p => p.OrganisationId == o.Id && p.MergedIntoId == null)).SingleAsync());
        var browser = App.CreateBrowser();
        var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);

        var (home, commands) = await HomeAsync(browser);

        var block = Block(home, Roles.Analyst);
        Assert.Contains($"<strong>{registered}</strong><span>personnes enregistrées</span>", block, StringComparison.Ordinal);
        MainAction(block, "/indicators");
        Assert.Contains("href=\"/indicators/funnel\"", block, StringComparison.Ordinal);
        Assert.Contains("href=\"/indicators/report\"", block, StringComparison.Ordinal);
        Assert.Contains("href=\"/referrals/network\"", block, StringComparison.Ordinal);
        Assert.Contains("href=\"/programmes\"", block, StringComparison.Ordinal);
        Assert.DoesNotContain("Keïta", home, StringComparison.Ordinal);
        output.WriteLine($"Analyst home: {commands} SQL commands");
        Assert.InRange(commands, 1, 15);

        var funnel = await (await browser.GetAsync("/indicators/funnel")).ReadHtmlAsync();
        Assert.Contains("Par agence", funnel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trainer_sees_the_organisation_s_offers_to_check_or_publish()
    {
        if (!await App.QueryAsync(db => db.Offers.AnyAsync()))
        {
            await App.SeedDemoCatalogueAsync();
        }

        var anapec = await App.QueryAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync());
        var draft = await App.QueryAsync(async db =>
        {
            var offer = await db.Offers.Where(o => o.OrganisationId == anapec).OrderBy(o => o.Id).FirstAsync();
            offer.Status = OfferStatus.Draft;
            await db.SaveChangesAsync();
            return offer.Id;
        });
        var expected = await App.QueryAsync(db => db.Offers.CountAsync(o => o.OrganisationId == anapec
            && (o.Status == OfferStatus.Draft || (o.Status == OfferStatus.Published && (o.LastVerifiedOn <= Staleness.Limit(App.Today)
                || (o.LastVerifiedOn == null && o.CreatedAt < new DateTimeOffset(Staleness.Limit(App.Today).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)))))));
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, $"trainer@{DemoAccounts.Domain}");

        var (home, commands) = await HomeAsync(browser);

        var block = Block(home, Roles.TrainingCoordinator);
        var queue = Queue(block, "offers-to-check");
        Assert.Contains($"data-count=\"{expected}\"", queue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/catalogue/manage/{draft}\"", queue, StringComparison.Ordinal);
        // The training work comes first: setting up a cycle is the main action.
        MainAction(block, "/training/new");
        Assert.Contains("id=\"training-to-record\"", block, StringComparison.Ordinal);
        output.WriteLine($"Trainer home: {commands} SQL commands");
        Assert.InRange(commands, 1, 15);
    }

    [Fact]
    public async Task The_administrator_sees_locked_accounts_and_a_person_with_two_roles_sees_both_blocks()
    {
        await App.QueryAsync(db => db.Users.Where(u => u.Email == Demo.NewCounsellor)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, App.Clock.GetUtcNow().AddHours(1))));
        var browser = App.CreateBrowser();
        await App.WebSignInAsync(browser, Demo.Admin);

        var (home, commands) = await HomeAsync(browser);

        var block = Block(home, Roles.Administrator);
        Assert.Contains("<li class=\"urgent\"><a href=\"/admin/users\"><strong>1</strong><span>comptes verrouillés</span>", block, StringComparison.Ordinal);
        MainAction(block, "/admin/users/new");
        Assert.Contains("href=\"/admin/audit\"", block, StringComparison.Ordinal);
        output.WriteLine($"Administrator home: {commands} SQL commands");
        Assert.InRange(commands, 1, 15);

        // The second officer also holds the analyst's role: one block each, in one page.
        await App.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == Demo.Officer2);
            var role = await db.Roles.SingleAsync(r => r.Name == Roles.Analyst);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
            return await db.SaveChangesAsync();
        });
        var both = App.CreateBrowser();
        await App.WebSignInAsync(both, Demo.Officer2);
        var twoRoles = await (await both.GetAsync("/home")).ReadHtmlAsync();
        Assert.Contains("<section class=\"role-home\" data-role=\"ProgrammeOfficer\"", twoRoles, StringComparison.Ordinal);
        Assert.Contains("<section class=\"role-home\" data-role=\"Analyst\"", twoRoles, StringComparison.Ordinal);
        Assert.True(twoRoles.IndexOf("data-role=\"ProgrammeOfficer\"", StringComparison.Ordinal) < twoRoles.IndexOf("id=\"recent-activity\"", StringComparison.Ordinal),
            "The sign-in log comes after the work.");
    }

    /// <summary>The one element that carries the main action, a link to <paramref name="href"/>.</summary>
    private static void MainAction(string block, string href)
    {
        var actions = Regex.Matches(block, "<a [^>]*data-main-action[^>]*>");
        Assert.Single(actions);
        Assert.Contains($"href=\"{href}\"", actions[0].Value, StringComparison.Ordinal);
    }

    /// <summary>The home page's markup and the number of SQL commands the request ran (EF's command log).</summary>
    private async Task<(string Html, int Commands)> HomeAsync(HttpClient browser)
    {
        HttpResponseMessage response = default!;
        var commands = await shared.Counter.CountAsync(async () => response = await browser.GetAsync("/home"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (Squash(await response.ReadHtmlAsync()), commands.Count);
    }

    /// <summary>A role's block: from its section to the next role's (or the sign-in log).</summary>
    private static string Block(string html, string role)
    {
        var start = html.IndexOf($"<section class=\"role-home\" data-role=\"{role}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No block for {role}.");
        var next = html.IndexOf("<section class=\"role-home\"", start + 10, StringComparison.Ordinal);
        var log = html.IndexOf("id=\"recent-activity\"", start, StringComparison.Ordinal);
        var end = new[] { next, log }.Where(i => i > 0).DefaultIfEmpty(html.Length).Min();
        return html[start..end];
    }

    /// <summary>One queue of a block, from its section to its "see all" link.</summary>
    private static string Queue(string block, string id)
    {
        var start = block.IndexOf($"<section class=\"queue\" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No queue {id}.");
        var end = block.IndexOf("</section>", start, StringComparison.Ordinal);
        return block[start..end];
    }

    /// <summary>The markup with no white space between tags and single spaces elsewhere, so tests read it as one line.</summary>
    private static string Squash(string html) => Whitespace().Replace(BetweenTags().Replace(html, "><"), " ");

    private Task AddTrancheAsync(SupportApplication application, TrancheCondition condition) =>
        App.QueryAsync(db =>
        {
            db.Tranches.Add(new Tranche
            {
                ApplicationId = application.Id, ProgrammeId = application.ProgrammeId, OrganisationId = application.OrganisationId, Number = 1,
                Condition = condition, DueOn = App.Today.AddDays(-1), AmountCentimes = 2_500_00, Status = TrancheStatus.Planned, Month = 1,
            });
            return db.SaveChangesAsync();
        });

    /// <summary>A hiring-incentive application made by the employer <paramref name="employer"/>.</summary>
    private async Task<SupportApplication> EmployerApplicationAsync(Programme programme, Guid personId, ApplicationStatus status, Guid employer)
    {
        var application = await App.SeedApplicationAsync(programme, personId, status);
        await App.QueryAsync(db => db.Applications.Where(a => a.Id == application.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.EmployerOrganisationId, (Guid?)employer)));
        return application;
    }

    /// <summary>An application of the NGO's own programme: the demo employment agency's officers never see it.</summary>
    private Task<string> OtherOrganisationApplicationAsync(Guid personId) =>
        App.QueryAsync(async db =>
        {
            var ngo = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Ngo);
            var programme = new Programme
            {
                OrganisationId = ngo.Id, Code = $"NGO-{Guid.NewGuid():N}"[..12].ToUpperInvariant(), Name = "Programme de l'ONG", Kind = ProgrammeKind.TrainingGrant,
                Status = ProgrammeStatus.Open, Funder = "Fonds", BudgetCentimes = 100_000_00, StartsOn = App.Today.AddYears(-1), EndsOn = App.Today.AddYears(1),
                AmountPolicy = AmountPolicy.Fixed, AmountCentimes = 1_000_00,
            };
            var id = Guid.CreateVersion7();
            var application = new SupportApplication
            {
                Id = id, Reference = ApplicationAccess.NewReference(id), ProgrammeId = programme.Id, OrganisationId = ngo.Id, PersonId = personId,
                Status = ApplicationStatus.Submitted, Purpose = "Formation de l'ONG", StartsOn = App.Today.AddDays(7), RegionCode = "MA-06",
                RequestedCentimes = 1_000_00, SubmittedAt = App.Clock.GetUtcNow(), DecideBy = App.Today.AddDays(-1),
            };
            db.Programmes.Add(programme);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Reference;
        });

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(">\\s+<")]
    private static partial Regex BetweenTags();
}
