using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.People;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Rights;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.People;

/// <summary>The in-memory duplicate index catches up on what other requests and instances wrote, losing nothing and keeping no stale copy.</summary>
public sealed class DuplicateIndexTests
{
    private static object Details(string firstName, string lastName, string dateOfBirth, string phone) => new
    {
        firstName, lastName, sex = "Female", dateOfBirth, nationalityCode = "SN", phone, city = "Casablanca",
    };

    private static async Task<List<Guid>> CandidatesAsync(HttpClient client, object details)
    {
        var response = await client.PostAsJsonAsync("/api/v1/people/duplicate-check", details);
        response.EnsureSuccessStatusCode();
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement[]>())!.Select(c => c.GetProperty("personId").GetGuid())];
    }

    [Fact]
    public async Task A_registration_stamped_earlier_but_committed_after_an_indexed_one_is_still_found()
    {
        await using var app = await AmudduApp.StartAsync();
        await using var other = app.OtherInstance();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var otherClient = await other.ApiClientAsync(Demo.SelfEmployment);

        // This instance's clock runs two minutes ahead of the other's (or its requests save later): its registration
        // is stamped later, committed first, and read into its index before the other instance's is committed.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await RightsData.RegisterAsync(app, client, "Fatou", "Ndiaye", "0655443322");
        Assert.Empty(await CandidatesAsync(client, Details("Khadija", "Traore", "1988-02-03", "0611112222")));

        var awa = await RightsData.RegisterAsync(other, otherClient, "Awa", "Sow", "0612345678", staff: Demo.SelfEmployment);

        Assert.Equal([awa], await CandidatesAsync(client, Details("Awa", "Sow", "1994-07-21", "0612345678")));
    }

    [Fact]
    public async Task An_edited_person_has_one_entry_and_is_no_longer_found_under_the_old_details()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var old = Details("Awa", "Sow", "1994-07-21", "0612345678");
        Assert.Equal([personId], await CandidatesAsync(client, old));

        var current = await RightsData.PersonAsync(client, personId);
        var edited = new
        {
            firstName = "Mariam", lastName = "Diallo", sex = "Female", dateOfBirth = "1981-11-30", nationalityCode = "SN", languages = new[] { "fr" },
            phone = "0699887766", regionCode = "MA-06", city = "Casablanca", heardFrom = "Ngo", siteId = current.GetProperty("siteId").GetGuid(),
        };
        (await client.PutAsJsonAsync($"/api/v1/people/{personId}", new { person = edited, version = current.GetProperty("version").GetInt64() })).EnsureSuccessStatusCode();

        Assert.Empty(await CandidatesAsync(client, old));
        Assert.Equal([personId], await CandidatesAsync(client, Details("Mariam", "Diallo", "1981-11-30", "0699887766")));
        var organisationId = await app.QueryAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.OrganisationId).SingleAsync());
        var index = app.Services.GetRequiredService<PeopleIndex>();
        Assert.Equal(1, await app.QueryAsync(db => index.EntriesOfAsync(db, organisationId, personId, CancellationToken.None)));
    }

    [Fact]
    public async Task Every_organisations_index_is_built_when_the_app_starts_before_any_check_asks_for_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var index = app.Services.GetRequiredService<PeopleIndex>();
        var organisations = await app.QueryAsync(db => db.Organisations.Select(o => o.Id).ToListAsync());
        Assert.NotEmpty(organisations);

        // Built in the background after the start: no request has asked for a check.
        for (var wait = 0; wait < 100 && !organisations.All(index.IsBuilt); wait++)
        {
            await Task.Delay(100);
        }

        Assert.All(organisations, organisation => Assert.True(index.IsBuilt(organisation), $"organisation {organisation}"));
    }
}
