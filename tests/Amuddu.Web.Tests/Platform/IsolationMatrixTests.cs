using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// The cross-organisation access matrix: for every API endpoint that takes an id, a counsellor of
/// another organisation asks for the employment agency's real objects (people and everything on their
/// files, filled by the demo seeders of every area) and must get exactly the answer given for an id
/// that does not exist. Endpoints are read from the app, so a new one is covered the day it is mapped.
/// </summary>
public sealed class IsolationMatrixTests
{
    [Fact]
    public async Task Another_organisation_gets_the_answer_for_a_missing_object_on_every_endpoint_that_takes_an_id()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedDemoPathwaysAsync();
        await app.SeedDemoCatalogueAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        await MergeTwoFilesAsync(app, counsellor);
        await Referrals.Lifecycle.LifecycleTestData.SendReferralAsync(app, firstName: "Zeynabou", lastName: "Ndiaye-Fall", nationalityCode: "TD");
        var owned = await OwnedIdsAsync(app);
        var stranger = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal)
                && e.RoutePattern.Parameters.Any(IsId)
                // Organisations and their sites are a directory every partner reads by design (consents and referrals name them).
                && !e.RoutePattern.RawText.TrimStart('/').StartsWith("api/v1/organisations", StringComparison.Ordinal)
                // The public calendar is for everyone by design.
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            .ToList();
        Assert.NotEmpty(endpoints);

        var leaks = new List<string>();
        var unresolved = new List<string>();
        var tried = 0;
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var theirs = Url(endpoint.RoutePattern, p => IdFor(endpoint.RoutePattern, p, owned));
            if (theirs is null)
            {
                unresolved.Add(endpoint.RoutePattern.RawText!);
                continue;
            }

            var missing = Url(endpoint.RoutePattern, _ => Guid.NewGuid())!;
            foreach (var method in methods)
            {
                tried++;
                var (theirStatus, theirBody) = await SendAsync(stranger, method, theirs);
                var (missingStatus, missingBody) = await SendAsync(stranger, method, missing);
                if (theirStatus is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden) || theirStatus != missingStatus || theirBody != missingBody)
                {
                    leaks.Add($"{method} {endpoint.RoutePattern.RawText}: {(int)theirStatus} {theirBody} / missing: {(int)missingStatus} {missingBody}");
                }
            }
        }

        Assert.Empty(leaks);
        // Every such endpoint was tried with a real object: a new kind of id needs a demo object of its kind.
        Assert.True(unresolved.Count == 0, string.Join(", ", unresolved));
        Assert.True(tried >= 40, $"only {tried} requests tried");

        // Nor do lists and searches show another organisation's people.
        var someone = await app.QueryAsync(db => db.People.AsNoTracking().OrderBy(p => p.FileNumber).FirstAsync());
        var searches = await stranger.GetFromJsonAsync<JsonElement>($"/api/v1/people?query={someone.FileNumber}");
        Assert.Empty(searches.GetProperty("items").EnumerateArray());
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>($"/api/v1/people?query={Uri.EscapeDataString(someone.FirstName ?? someone.FirstNameArabic!)}"))
            .GetProperty("items").EnumerateArray());
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/v1/people")).GetProperty("items").EnumerateArray());
    }

    private static async Task MergeTwoFilesAsync(AmudduApp app, HttpClient counsellor)
    {
        var (_, survivor) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var (_, duplicate) = await app.RegisterSomeoneAsync("Moussa", "Keita", "ML");
        async Task<long> VersionAsync(Guid id) => (await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}")).GetProperty("version").GetInt64();
        var merged = await counsellor.PostAsJsonAsync($"/api/v1/people/{survivor}/merge",
            new { duplicateId = duplicate, survivorVersion = await VersionAsync(survivor), duplicateVersion = await VersionAsync(duplicate) });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
    }

    private static bool IsId(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content == "guid");

    /// <summary>
    /// The employment agency's object for a route parameter: a person for <c>{personId}</c> and for <c>{id}</c> after
    /// <c>people</c>; otherwise the entity named like the parameter (<c>{documentId}</c> → IdentityDocument) or, for a
    /// bare <c>{id}</c> or <c>{itemId}</c>, like the segment before it (<c>appointments/{id}</c> → Appointment).
    /// </summary>
    private static Guid? IdFor(RoutePattern pattern, RoutePatternParameterPart parameter, Dictionary<string, Guid> owned)
    {
        var stem = parameter.Name.EndsWith("Id", StringComparison.Ordinal) ? parameter.Name[..^2] : parameter.Name;
        if (stem is "id" or "item")
        {
            var index = pattern.PathSegments.ToList().FindIndex(s => s.Parts.Contains(parameter));
            stem = index > 0 && pattern.PathSegments[index - 1].Parts.Single() is RoutePatternLiteralPart literal
                ? literal.Content.TrimEnd('s').Replace("-", "", StringComparison.Ordinal)
                : stem;
        }

        if (stem is "people" or "person" or "survivor" or "peopl")
        {
            return owned["Person"];
        }

        return owned.Where(o => o.Key.Contains(stem, StringComparison.OrdinalIgnoreCase)).Select(o => (Guid?)o.Value).FirstOrDefault();
    }

    private static string? Url(RoutePattern pattern, Func<RoutePatternParameterPart, Guid?> id)
    {
        var url = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        url.Append(literal.Content);
                        break;
                    case RoutePatternParameterPart parameter when IsId(parameter):
                        if (id(parameter) is not { } value)
                        {
                            return null;
                        }

                        url.Append(value);
                        break;
                    default:
                        return null;
                }
            }
        }

        return url.ToString();
    }

    private static async Task<(HttpStatusCode, string)> SendAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // Problem details carry the request's trace id, which differs by nature.
        var comparable = body.Length == 0 ? "" : string.Join(",", JsonDocument.Parse(body).RootElement.EnumerateObject()
            .Where(p => p.Name is not "traceId" and not "instance").Select(p => $"{p.Name}={p.Value}"));
        return (response.StatusCode, comparable);
    }

    /// <summary>One id per kind of object held on the employment agency's people (any table with a PersonId).</summary>
    private static Task<Dictionary<string, Guid>> OwnedIdsAsync(AmudduApp app) => app.QueryAsync(async db =>
    {
        var person = await db.People.AsNoTracking().OrderBy(p => p.FileNumber).Select(p => p.Id).FirstAsync();
        var owned = new Dictionary<string, Guid>
        {
            ["Person"] = person,
            ["User"] = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync(),
            ["Merge"] = await db.PersonMerges.Select(m => m.Id).FirstAsync(),
            ["Offer"] = await db.Offers.Where(o => db.Organisations.Any(g => g.Id == o.OrganisationId && g.Acronym == "ANAPEC")).Select(o => o.Id).FirstAsync(),
            ["OutreachActivity"] = await db.OutreachActivities.Select(a => a.Id).FirstAsync(),
        };
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.FindProperty("PersonId") is not null && e.FindPrimaryKey()?.Properties is [{ ClrType: var key }] && key == typeof(Guid)))
        {
            var table = entity.GetTableName()!;
            var id = entity.FindPrimaryKey()!.Properties[0].GetColumnName();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT \"{id}\" FROM \"{table}\" LIMIT 1";
            await db.Database.OpenConnectionAsync();
            if (await command.ExecuteScalarAsync() is { } value and not DBNull)
            {
                owned[entity.ClrType.Name] = value is Guid guid ? guid : Guid.Parse((string)value);
            }
        }

        // The outbox's messages are "notifications" in the API.
        if (owned.TryGetValue("OutboxMessage", out var message))
        {
            owned["Notification"] = message;
        }

        // Objects the organisation holds with no person on them.
        var agency = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.OrganisationId).SingleAsync();
        owned.TryAdd("InfoSession", await db.InfoSessions.Where(s => s.OrganisationId == agency).Select(s => s.Id).FirstAsync());
        return owned;
    });
}
