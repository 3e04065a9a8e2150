using System.Net;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Rights;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.People;

/// <summary>The person file as a case record: an overview with the key facts, a page per section, forms opened on demand.</summary>
public sealed partial class PersonFileTests
{
    /// <summary>
    /// The overview reads the header and a count per section, never a section's own queries: the session check, the person,
    /// the audit entry (its chain's last hash and the insert), one query of counts, the documents giving the legal status and
    /// the two names shown. The one-page file ran 86 commands.
    /// </summary>
    private const int OverviewCommandBudget = 10;

    private static readonly string[] Slugs =
        ["identity", "documents", "consents", "positioning", "action-plan", "appointments", "follow-up", "outcomes", "referrals", "support", "rights", "timeline", "access-log"];

    [Fact]
    public async Task The_overview_shows_the_key_facts_and_a_link_to_every_section_within_a_budget_of_SQL_commands()
    {
        var counter = new SqlCommandCounter();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(counter);
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RightsData.AddDocumentAsync(client, personId, "RC-2024-1");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var viewsBefore = (await app.AuditAsync(AuditActions.PersonViewed)).Count;

        string html = "";
        var commands = await counter.CountAsync(async () => html = await (await browser.GetAsync($"/people/{personId}")).ReadHtmlAsync());

        Assert.True(commands.Count <= OverviewCommandBudget, $"{commands.Count} SQL commands:\n{string.Join("\n---\n", commands)}");
        Assert.Equal(viewsBefore + 1, (await app.AuditAsync(AuditActions.PersonViewed)).Count);
        Assert.Matches("<h1>Awa Sow</h1>", html);
        Assert.Contains("Youssef El Amrani", html, StringComparison.Ordinal);
        Assert.Contains("Regularised migrant", html, StringComparison.Ordinal);
        Assert.Contains("data-right-to-work=\"Yes\"", html, StringComparison.Ordinal);
        Assert.Contains("Consent to processing in force", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Minimal record", html, StringComparison.Ordinal);
        Assert.Contains("Documents: 1", html, StringComparison.Ordinal);

        var nav = Nav().Match(html).Value;
        Assert.Contains("aria-label=\"Sections of the file\"", nav, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{personId}\" aria-current=\"page\"", nav, StringComparison.Ordinal);
        Assert.All(Slugs, slug => Assert.Contains($"href=\"/people/{personId}/{slug}\"", nav, StringComparison.Ordinal));
        // A section's count is the design system's Badge, as a count.
        Assert.Matches("data-section=\"documents\">(?:(?!</a>).)*<span class=\"badge badge-neutral badge-count\">1</span>", nav);
        Assert.DoesNotContain("file-badge", nav, StringComparison.Ordinal);
        // The old anchors of the one-page file still land on the section's card.
        Assert.All(new[] { "documents", "consents", "notes", "action-plan", "appointments", "outcomes", "follow-up-checks" },
            anchor => Assert.Contains($"id=\"{anchor}\"", html, StringComparison.Ordinal));
        // No section's form on the overview; its main action is the first thing to do next.
        Assert.DoesNotContain("<form method=\"post\"", html[html.IndexOf("file-body", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<a [^>]*data-main-action[^>]*>"));
    }

    [Fact]
    public async Task Every_section_has_a_page_of_its_own_that_marks_itself_in_the_navigation_and_one_view_is_one_audit_entry()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        foreach (var slug in Slugs)
        {
            var views = (await app.AuditAsync(AuditActions.PersonViewed)).Count;
            var response = await browser.GetAsync($"/people/{personId}/{slug}");
            Assert.True(HttpStatusCode.OK == response.StatusCode, $"{slug}: {(int)response.StatusCode}");
            var html = await response.ReadHtmlAsync();
            Assert.Contains($"href=\"/people/{personId}/{slug}\" aria-current=\"page\"", Nav().Match(html).Value, StringComparison.Ordinal);
            Assert.Equal(views + 1, (await app.AuditAsync(AuditActions.PersonViewed)).Count);
        }

        Assert.Contains("Page not found", await (await browser.GetAsync($"/people/{personId}/nothing-here")).ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_section_page_reads_its_own_section_only()
    {
        var counter = new SqlCommandCounter();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(counter);
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RightsData.AddDocumentAsync(client, personId, "RC-2024-1");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var counts = new Dictionary<string, int>();
        foreach (var slug in Slugs.Prepend(""))
        {
            var url = slug.Length == 0 ? $"/people/{personId}" : $"/people/{personId}/{slug}";
            counts[slug.Length == 0 ? "overview" : slug] = (await counter.CountAsync(async () => (await browser.GetAsync(url)).EnsureSuccessStatusCode())).Count;
        }

        var figures = string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));
        Console.WriteLine($"SQL commands per section page: {figures}");
        // The header costs what the overview costs; the rest is the section's own reading (the one-page file ran 86 commands a view).
        // The timeline reads every area of the file (its queries are those of the API's timeline).
        Assert.All(counts.Where(c => c.Key != "timeline"), c => Assert.True(c.Value <= 30, figures));
        Assert.True(counts["overview"] <= OverviewCommandBudget, figures);
    }

    [Fact]
    public async Task A_minimal_record_says_so_in_the_header_with_a_link_to_the_consents_page_where_the_form_is_open()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en", minimal: true);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var overview = await (await browser.GetAsync($"/people/{personId}")).ReadHtmlAsync();
        Assert.Contains("Minimal record", overview, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/people/{personId}/consents\">Record a consent</a>", overview, StringComparison.Ordinal);

        var consents = await (await browser.GetAsync($"/people/{personId}/consents")).ReadHtmlAsync();
        Assert.Matches("<details class=\"form-disclosure\" open[^>]*><summary data-main-action=\"\">Record a consent</summary>", consents);
    }

    [Fact]
    public async Task A_section_shows_its_list_first_and_its_form_closed_until_an_error_reopens_it_with_what_was_typed()
    {
        var counter = new SqlCommandCounter();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(counter);
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RightsData.AddDocumentAsync(client, personId, "RC-2024-1");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/documents";

        string html = "";
        var commands = await counter.CountAsync(async () => html = await (await browser.GetAsync(page)).ReadHtmlAsync());
        Assert.True(commands.Count <= 12, $"{commands.Count} SQL commands on the documents page");
        Assert.True(html.IndexOf("RC-2024-1", StringComparison.Ordinal) < html.IndexOf("<details class=\"form-disclosure\"", StringComparison.Ordinal), "the list comes before the form");
        Assert.Matches("<details class=\"form-disclosure\"><summary data-main-action=\"\">Add a document</summary>", html);
        Assert.Contains("name=\"_handler\" value=\"add-document\"", html, StringComparison.Ordinal);

        var refused = await (await browser.SubmitFormAsync(page, "add-document", ("Document.Number", "RC-TYPED-42"))).ReadHtmlAsync();
        Assert.Matches("<details class=\"form-disclosure\" open[^>]*><summary", refused);
        Assert.Contains("value=\"RC-TYPED-42\"", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"typeCode-error\"", refused, StringComparison.Ordinal);

        var notes = await (await browser.GetAsync($"/people/{personId}/follow-up")).ReadHtmlAsync();
        // No note yet: writing the first one is the obvious next thing, so its form is open.
        Assert.Matches("<details class=\"form-disclosure\" open[^>]*><summary data-main-action=\"\">Add a note</summary>", notes);
        Assert.Equal(1, Regex.Count(notes, "data-main-action"));
    }

    [GeneratedRegex("<nav class=\"file-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Nav();
}
