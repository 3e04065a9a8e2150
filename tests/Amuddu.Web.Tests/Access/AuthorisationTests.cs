using System.Net;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Access;

public sealed class AuthorisationTests
{
    /// <summary>The short list of what anyone may open without signing in. Adding to it is a decision, reviewed here.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "/", "/error", "/status",
        "/account/sign-in", "/account/two-factor", "/account/access-denied",
        "/api/v1/auth/login", "/api/v1/auth/refresh",
        "/language/{language}",
        "/openapi/{documentName}.json", "/api/docs/{documentName?}",
        "/api/docs/scalar.js", "/api/docs/scalar.aspnetcore.js", "/api/docs/favicon.svg",
        "/health/live", "/health/ready",
        // Open Referral HSDS: the published catalogue, public like the catalogue pages.
        "/api/v1/hsds/", "/api/v1/hsds/services", "/api/v1/hsds/services/{id:guid}", "/api/v1/hsds/organizations",
        "/api/v1/hsds/organizations/{id:guid}", "/api/v1/hsds/service_at_locations", "/api/v1/hsds/service_at_locations/{id:guid}",
        "/api/v1/hsds/taxonomies", "/api/v1/hsds/taxonomies/{id:guid}", "/api/v1/hsds/taxonomy_terms",
        "/api/v1/hsds/taxonomy_terms/{id:guid}", "/api/v1/hsds/export",
        "/catalogue", "/catalogue/{Id:guid}",
        "/sessions", "/sessions/{Id:guid}", "/sessions/{Id:guid}/registered",
        "/api/v1/public/sessions/", "/api/v1/public/sessions/{id:guid}", "/api/v1/public/sessions/{id:guid}/registrations",
        // The public check of a training certificate's code (rate-limited per address).
        "/verify", "/verify/{Code}",
        "/{*path:nonfile}",
        // The design system's showcase: components with made-up content, no data.
        "/design", "/design/suspend",
    ];

    /// <summary>Blazor's own plumbing, which carries no metadata of ours and so falls under the fallback (staff) policy.</summary>
    private static readonly HashSet<string> Framework = ["/_framework/opaque-redirect"];

    [Fact]
    public async Task Every_endpoint_has_a_named_policy_or_is_on_the_anonymous_list()
    {
        await using var app = await AmudduApp.StartAsync();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 20);

        var offenders = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (Framework.Contains(route))
            {
                continue;
            }

            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (anonymous ? !Anonymous.Contains(route) : policies.Count == 0 || policies.Any(string.IsNullOrEmpty))
            {
                offenders.Add($"{route} (anonymous: {anonymous}, policies: {string.Join(",", policies)})");
            }
        }

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("/api/v1/organisations")]
    [InlineData("/api/v1/users")]
    [InlineData("/api/v1/audit-events")]
    [InlineData("/api/v1/reference-data/regions")]
    public async Task The_api_answers_401_problem_details_to_anyone_not_signed_in(string url)
    {
        await using var app = await AmudduApp.StartAsync();

        await (await app.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/home")]
    [InlineData("/organisations")]
    [InlineData("/admin/users")]
    public async Task Staff_pages_send_anyone_not_signed_in_to_the_sign_in_page(string url)
    {
        await using var app = await AmudduApp.StartAsync();

        var response = await app.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Target(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counsellor_cannot_manage_users_and_the_refusal_is_audited()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);

        await (await counsellor.GetAsync("/api/v1/users")).ProblemAsync(HttpStatusCode.Forbidden);

        var denied = Assert.Single(await app.AuditAsync(AuditActions.AccessDenied));
        Assert.Equal("GET /api/v1/users", denied.Subject);
        Assert.NotNull(denied.UserId);
        Assert.NotNull(denied.OrganisationId);
    }

    [Fact]
    public async Task A_counsellor_sees_no_admin_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();
        var users = await browser.GetAsync("/admin/users");

        Assert.DoesNotContain("/admin/users", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.StartsWith("/account/access-denied", users.Target(), StringComparison.Ordinal);
    }
}
