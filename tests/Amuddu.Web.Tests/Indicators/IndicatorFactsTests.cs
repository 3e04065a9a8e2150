using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Rights;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Amuddu.Web.Tests.Indicators.IndicatorData;

namespace Amuddu.Web.Tests.Indicators;

public sealed class IndicatorFactsTests
{
    private static Task<IndicatorRefreshResult> RebuildAsync(AmudduApp app, Guid organisationId, IndicatorOptions? options = null) =>
        app.QueryAsync(db => IndicatorFacts.RebuildAsync(db, organisationId, app.Clock, options));

    private static Task<IndicatorRefreshResult> RefreshAsync(AmudduApp app, Guid organisationId, IndicatorOptions? options = null) =>
        app.QueryAsync(db => IndicatorFacts.RefreshAsync(db, organisationId, app.Clock, options));

    /// <summary>People of a measure in a quarter (all rows: the in-quarter value), from the totals the framework reads.</summary>
    private static Task<int> PeopleAsync(AmudduApp app, Guid organisationId, IndicatorMeasure measure, Quarter quarter) =>
        app.QueryAsync(db => db.IndicatorTotals.Where(t => t.OrganisationId == organisationId && t.Measure == measure && t.Quarter == quarter.Key)
            .SumAsync(t => t.People));

    private static Task<List<IndicatorFact>> FactsAsync(AmudduApp app, Guid organisationId, IndicatorMeasure measure) =>
        app.QueryAsync(db => db.IndicatorFacts.AsNoTracking().Where(f => f.OrganisationId == organisationId && f.Measure == measure).ToListAsync());

    /// <summary>
    /// Cells and totals are exactly the sums of the facts, key by key, with no cell left at zero: what a rebuild would
    /// make, whichever refreshes came before.
    /// </summary>
    private static async Task AssertSumsAsync(AmudduApp app, Guid organisationId)
    {
        var (facts, cells, totals) = await app.QueryAsync(async db => (
            await db.IndicatorFacts.AsNoTracking().Where(x => x.OrganisationId == organisationId).ToListAsync(),
            await db.IndicatorCells.AsNoTracking().Where(x => x.OrganisationId == organisationId).ToListAsync(),
            await db.IndicatorTotals.AsNoTracking().Where(x => x.OrganisationId == organisationId).ToListAsync()));
        Assert.Equal(
            facts.GroupBy(x => (x.Measure, x.Quarter, x.First, x.Sex, x.AgeBand, x.NationalityCode, x.LegalStatus, x.RegionCode, x.SiteId, x.PartnerId, x.ProgrammeId))
                .Select(g => (g.Key, g.Sum(x => x.People), g.Sum(x => x.Events), g.Sum(x => x.AmountCentimes))).Order(),
            cells.Select(x => ((x.Measure, x.Quarter, x.First, x.Sex, x.AgeBand, x.NationalityCode, x.LegalStatus, x.RegionCode, x.SiteId, x.PartnerId, x.ProgrammeId),
                x.People, x.Events, x.AmountCentimes)).Order());
        Assert.Equal(
            facts.GroupBy(x => (x.Measure, x.Quarter, x.First, x.Sex, x.RegionCode, x.SiteId, x.PartnerId, x.ProgrammeId))
                .Select(g => (g.Key, g.Sum(x => x.People), g.Sum(x => x.Events), g.Sum(x => x.AmountCentimes))).Order(),
            totals.Select(x => ((x.Measure, x.Quarter, x.First, x.Sex, x.RegionCode, x.SiteId, x.PartnerId, x.ProgrammeId), x.People, x.Events, x.AmountCentimes)).Order());
    }

    [Fact]
    public async Task Each_measure_counts_the_hand_made_set_once_per_person_and_quarter_with_its_breakdown()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await OfAsync(app);
        var (aminata, moussa, kofi, programmeId) = await app.QueryAsync(data.SeedAsync);

        var result = await RebuildAsync(app, data.OrganisationId);

        Assert.True(result.Ran);
        Assert.True(result.Rebuilt);
        var org = data.OrganisationId;
        // Every measure's count, quarter by quarter, as the test set states it.
        var expected = new (IndicatorMeasure Measure, Quarter Quarter, int People)[]
        {
            (IndicatorMeasure.OutreachReached, Q1, 15), // 5 + 7 + 3 of the activity done; the planned one not
            (IndicatorMeasure.PreRegistered, Q1, 2), // Grace (never converted) and Moussa (converted)
            (IndicatorMeasure.InformedAtSession, Q1, 2), // Grace and Moussa attended; Kofi was absent
            (IndicatorMeasure.Registered, Q4Of2024, 1), // Kofi
            (IndicatorMeasure.Registered, Q1, 2), // Aminata, Moussa
            (IndicatorMeasure.Positioned, Q1, 1),
            (IndicatorMeasure.ActionPlanAgreed, Q1, 1),
            (IndicatorMeasure.FollowedUp, Q1, 2), // Aminata (2 appointments, the no-show not counted), Kofi
            (IndicatorMeasure.FollowedUp, Q2, 2),
            (IndicatorMeasure.Trained, Q1, 1), // Moussa
            (IndicatorMeasure.Employed, Q2, 1), // Aminata
            (IndicatorMeasure.InWorkAt3Months, Q3, 1), // Aminata's 3-month check; the 6-month one is pending
            (IndicatorMeasure.InWorkAt6Months, Q3, 0),
            (IndicatorMeasure.InWorkAt12Months, Q3, 0),
            (IndicatorMeasure.SelfEmployed, Q2, 1), // Moussa
            (IndicatorMeasure.Referred, Q1, 1), // Moussa; Kofi's draft was never sent
            (IndicatorMeasure.ReferredAndServed, Q2, 1),
            (IndicatorMeasure.GrantsPaid, Q2, 1), // Aminata, paid twice; the failed order not counted
            (IndicatorMeasure.StaffTrained, Q1, 1), // the counsellor; the analyst did not complete
        };
        foreach (var (measure, quarter, people) in expected)
        {
            Assert.True(people == await PeopleAsync(app, org, measure, quarter), $"{measure} in {quarter}");
        }

        Assert.Equal(0, await app.QueryAsync(db => db.IndicatorTotals.Where(t => t.OrganisationId == org && t.Measure == IndicatorMeasure.Registered
            && t.Quarter != Q1.Key && t.Quarter != Q4Of2024.Key).SumAsync(t => t.People)));

        // Events and amounts.
        var followed = await FactsAsync(app, org, IndicatorMeasure.FollowedUp);
        Assert.Equal(2, followed.Single(f => f.Subject == aminata.Id && f.Quarter == Q1.Key).Events);
        Assert.True(followed.Single(f => f.Subject == aminata.Id && f.Quarter == Q1.Key).First);
        Assert.False(followed.Single(f => f.Subject == aminata.Id && f.Quarter == Q2.Key).First);
        var grant = Assert.Single(await FactsAsync(app, org, IndicatorMeasure.GrantsPaid));
        Assert.Equal((aminata.Id, 2, 150_000L, programmeId, 1), (grant.Subject, grant.Events, grant.AmountCentimes, grant.ProgrammeId, grant.People));

        // The breakdown of a person's fact: sex, age band at the quarter's start, nationality, legal group on the day, agency.
        var referred = Assert.Single(await FactsAsync(app, org, IndicatorMeasure.Referred));
        Assert.Equal((moussa.Id, IndicatorSex.Male, IndicatorAgeBand.From35To44, "ML", LegalGroup.InRegularisation, "MA-04", data.Rabat, data.Ngo),
            (referred.Subject, referred.Sex, referred.AgeBand, referred.NationalityCode, referred.LegalStatus, referred.RegionCode, referred.SiteId, referred.PartnerId));
        var employed = Assert.Single(await FactsAsync(app, org, IndicatorMeasure.Employed));
        Assert.Equal((IndicatorSex.Female, IndicatorAgeBand.From18To24, "SN", LegalGroup.Refugee, "MA-06", data.Casablanca),
            (employed.Sex, employed.AgeBand, employed.NationalityCode, employed.LegalStatus, employed.RegionCode, employed.SiteId));
        // Aminata turned 25 in May: 25–34 at the start of the third quarter.
        Assert.Equal(IndicatorAgeBand.From25To34, Assert.Single(await FactsAsync(app, org, IndicatorMeasure.InWorkAt3Months)).AgeBand);
        // Before his receipt was issued (1 February), Moussa had no status: the pre-registration of 25 January counts him as other.
        Assert.Equal(LegalGroup.Other, (await FactsAsync(app, org, IndicatorMeasure.PreRegistered)).Single(f => f.Subject == moussa.Id).LegalStatus);
        var grace = (await FactsAsync(app, org, IndicatorMeasure.PreRegistered)).Single(f => f.Subject != moussa.Id);
        Assert.Equal((IndicatorSex.Female, "CM", data.Casablanca, IndicatorAgeBand.Unknown), (grace.Sex, grace.NationalityCode, grace.SiteId, grace.AgeBand));

        // The outreach counts by sex and age band; the agents' "35 and over" spans three bands, so it is unknown.
        var reached = await app.QueryAsync(db => db.IndicatorCells.AsNoTracking()
            .Where(c => c.OrganisationId == org && c.Measure == IndicatorMeasure.OutreachReached).ToListAsync());
        Assert.Equal([(IndicatorSex.Female, IndicatorAgeBand.From18To24, 5), (IndicatorSex.Male, IndicatorAgeBand.Unknown, 3), (IndicatorSex.Male, IndicatorAgeBand.From25To34, 7)],
            reached.OrderBy(c => c.Sex).ThenBy(c => c.AgeBand).Select(c => (c.Sex, c.AgeBand, c.People)));
        Assert.All(reached, c => Assert.Equal(("MA-06", data.Casablanca, true), (c.RegionCode, c.SiteId, c.First)));
        Assert.Equal(data.CounsellorId, Assert.Single(await FactsAsync(app, org, IndicatorMeasure.StaffTrained)).Subject);
        Assert.Equal(kofi.Id, (await FactsAsync(app, org, IndicatorMeasure.Registered)).Single(f => f.Quarter == Q4Of2024.Key).Subject);
        await AssertSumsAsync(app, org);

        // A rebuild gives the same figures again, not twice them.
        var facts = result.Facts;
        Assert.Equal(facts, (await RebuildAsync(app, org)).Facts);
        Assert.Equal(2, await PeopleAsync(app, org, IndicatorMeasure.Registered, Q1));
        await AssertSumsAsync(app, org);
    }

    [Fact]
    public async Task Age_bands_are_taken_at_the_start_of_each_quarter_and_a_birth_year_alone_counts_from_1_January()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await OfAsync(app);
        var (kofi, yearOnly) = await app.QueryAsync(async db =>
        {
            // 17 on 1 January 2025, 18 on 1 April 2025.
            var kofi = data.Person("Kofi", Sex.Male, On(2007, 2, 10), null, "GH", data.Casablanca, At(2024, 12, 20));
            // Known by the year 2007 only: aged as if born on 1 January 2007, so 18 on 1 January 2025.
            var yearOnly = data.Person("Yaw", Sex.Male, null, 2007, "GH", data.Casablanca, At(2024, 12, 20));
            db.People.AddRange(kofi, yearOnly);
            db.Appointments.AddRange(data.Appointment(kofi, At(2025, 3, 1)), data.Appointment(kofi, At(2025, 5, 1)), data.Appointment(yearOnly, At(2025, 3, 1)));
            await db.SaveChangesAsync();
            return (kofi, yearOnly);
        });

        await RebuildAsync(app, data.OrganisationId);

        var followed = await FactsAsync(app, data.OrganisationId, IndicatorMeasure.FollowedUp);
        Assert.Equal(IndicatorAgeBand.From15To17, followed.Single(f => f.Subject == kofi.Id && f.Quarter == Q1.Key).AgeBand);
        Assert.Equal(IndicatorAgeBand.From18To24, followed.Single(f => f.Subject == kofi.Id && f.Quarter == Q2.Key).AgeBand);
        Assert.Equal(IndicatorAgeBand.From18To24, followed.Single(f => f.Subject == yearOnly.Id).AgeBand);
        // Registered in 2024 Q4: on 1 October 2024 Kofi was 17 and Yaw, "born 1 January 2007", 17 too.
        Assert.All(await FactsAsync(app, data.OrganisationId, IndicatorMeasure.Registered), f => Assert.Equal(IndicatorAgeBand.From15To17, f.AgeBand));
    }

    [Fact]
    public async Task A_person_with_two_merged_files_is_counted_once_from_the_earliest_and_the_refresh_follows_the_merge_and_its_undoing()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await OfAsync(app);
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var first = await RightsData.RegisterAsync(app, client, "Fatou", "Diop", "0611223344");
        var second = await RightsData.RegisterAsync(app, client, "Fatou", "Diop", "0611223345");
        await app.QueryAsync(async db =>
        {
            await db.People.Where(p => p.Id == first).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, At(2025, 1, 10)));
            await db.People.Where(p => p.Id == second).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, At(2025, 4, 10)));
            var person = await db.People.SingleAsync(p => p.Id == second);
            db.Appointments.AddRange(data.Appointment(person, At(2025, 5, 2)), data.Appointment(person, At(2025, 2, 2)));
            return await db.SaveChangesAsync();
        });
        await RebuildAsync(app, data.OrganisationId);
        Assert.Equal((1, 1), (await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1), await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q2)));

        // The earlier file merged into the later one: the survivor counts once, from the earliest file (the first quarter).
        var merge = await client.PostAsJsonAsync($"/api/v1/people/{second}/merge",
            new { duplicateId = first, survivorVersion = await RightsData.VersionAsync(client, second), duplicateVersion = await RightsData.VersionAsync(client, first) });
        merge.EnsureSuccessStatusCode();
        var mergeId = (await merge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var refreshed = await RefreshAsync(app, data.OrganisationId);

        Assert.False(refreshed.Rebuilt);
        var registered = Assert.Single(await FactsAsync(app, data.OrganisationId, IndicatorMeasure.Registered));
        Assert.Equal((second, Q1.Key, true), (registered.Subject, registered.Quarter, registered.First));
        Assert.Equal((1, 0), (await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1), await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q2)));
        Assert.All(await FactsAsync(app, data.OrganisationId, IndicatorMeasure.FollowedUp), f => Assert.Equal(second, f.Subject));
        Assert.DoesNotContain(await app.QueryAsync(db => db.IndicatorFacts.Select(f => f.Subject).ToListAsync()), s => s == first);
        await AssertSumsAsync(app, data.OrganisationId);

        // Undone: two files again, each counted in its own quarter.
        (await client.PostAsync($"/api/v1/people/merges/{mergeId}/undo", null)).EnsureSuccessStatusCode();
        await RefreshAsync(app, data.OrganisationId);

        Assert.Equal((1, 1), (await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1), await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q2)));
        Assert.Equal([first, second], (await FactsAsync(app, data.OrganisationId, IndicatorMeasure.Registered)).Select(f => f.Subject).Order());
        await AssertSumsAsync(app, data.OrganisationId);
    }

    [Fact]
    public async Task A_withdrawn_consent_to_statistics_counts_in_totals_only_with_unknown_dimensions_or_not_at_all_with_the_setting_off()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await OfAsync(app);
        var (withdrawn, again, erased) = await app.QueryAsync(async db =>
        {
            var withdrawn = data.Person("Awa", Sex.Female, On(1995, 1, 1), null, "SN", data.Casablanca, At(2025, 1, 15));
            var again = data.Person("Binta", Sex.Female, On(1995, 1, 1), null, "SN", data.Casablanca, At(2025, 1, 15));
            var erased = data.Person("Chantal", Sex.Female, On(1995, 1, 1), null, "CM", data.Casablanca, At(2025, 1, 15));
            erased.ErasedAt = At(2025, 6, 1);
            db.People.AddRange(withdrawn, again, erased);
            db.IdentityDocuments.Add(data.Document(withdrawn, "REFUGEE_CARD", On(2024, 1, 1), On(2027, 1, 1)));
            db.Consents.AddRange(
                data.Statistics(withdrawn, On(2025, 1, 15), withdrawn: At(2025, 2, 1)),
                data.Statistics(again, On(2025, 1, 15), withdrawn: At(2025, 2, 1)),
                data.Statistics(again, On(2025, 3, 1)));
            await db.SaveChangesAsync();
            return (withdrawn, again, erased);
        });

        await RebuildAsync(app, data.OrganisationId);

        var facts = await FactsAsync(app, data.OrganisationId, IndicatorMeasure.Registered);
        Assert.Equal(3, await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1));
        foreach (var hidden in new[] { withdrawn.Id, erased.Id })
        {
            var fact = facts.Single(f => f.Subject == hidden);
            Assert.Equal((IndicatorSex.Unknown, IndicatorAgeBand.Unknown, "", LegalGroup.Other, "MA-06"),
                (fact.Sex, fact.AgeBand, fact.NationalityCode, fact.LegalStatus, fact.RegionCode));
        }

        var agreedAgain = facts.Single(f => f.Subject == again.Id);
        Assert.Equal((IndicatorSex.Female, IndicatorAgeBand.From25To34, "SN"), (agreedAgain.Sex, agreedAgain.AgeBand, agreedAgain.NationalityCode));
        // No cell shows the withdrawn person's sex or nationality: they are in the unknown categories only.
        Assert.Equal(1, await app.QueryAsync(db => db.IndicatorCells.Where(c => c.OrganisationId == data.OrganisationId && c.Measure == IndicatorMeasure.Registered
            && c.Sex == IndicatorSex.Female).SumAsync(c => c.People)));

        await RebuildAsync(app, data.OrganisationId, new IndicatorOptions { CountWithdrawnInTotals = false });

        Assert.Equal(2, await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1));
        Assert.DoesNotContain(await app.QueryAsync(db => db.IndicatorFacts.Select(f => f.Subject).ToListAsync()), s => s == withdrawn.Id);
        await AssertSumsAsync(app, data.OrganisationId);
    }

    [Fact]
    public async Task The_incremental_refresh_picks_up_a_change_and_moves_only_its_subjects_facts_in_the_sums()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await OfAsync(app);
        var (aminata, _, kofi, _) = await app.QueryAsync(data.SeedAsync);
        // The set was written an hour before the rebuild: past the safety margin of the next refresh.
        app.Clock.Advance(TimeSpan.FromHours(1));
        await RebuildAsync(app, data.OrganisationId);
        var untouched = await app.QueryAsync(db => db.IndicatorCells.AsNoTracking()
            .Where(c => c.OrganisationId == data.OrganisationId && c.Measure == IndicatorMeasure.OutreachReached).OrderBy(c => c.Sex).ThenBy(c => c.AgeBand).ToListAsync());

        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.QueryAsync(async db =>
        {
            db.Outcomes.Add(data.Outcome(kofi, OutcomeKind.Employed, On(2025, 5, 20)));
            (await db.People.SingleAsync(p => p.Id == aminata.Id)).NationalityCode = "CI";
            return await db.SaveChangesAsync();
        });
        var result = await RefreshAsync(app, data.OrganisationId);

        Assert.True(result.Ran);
        Assert.False(result.Rebuilt);
        Assert.Equal(2, result.Subjects);
        Assert.Equal(2, await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Employed, Q2));
        Assert.Equal(["CI"], (await FactsAsync(app, data.OrganisationId, IndicatorMeasure.FollowedUp)).Where(f => f.Subject == aminata.Id)
            .Select(f => f.NationalityCode).Distinct());
        Assert.Equal(0, await app.QueryAsync(db => db.IndicatorCells.CountAsync(c => c.OrganisationId == data.OrganisationId && c.NationalityCode == "SN")));
        Assert.Equal(untouched.Select(c => (c.Sex, c.AgeBand, c.People)), (await app.QueryAsync(db => db.IndicatorCells.AsNoTracking()
            .Where(c => c.OrganisationId == data.OrganisationId && c.Measure == IndicatorMeasure.OutreachReached).OrderBy(c => c.Sex).ThenBy(c => c.AgeBand).ToListAsync()))
            .Select(c => (c.Sex, c.AgeBand, c.People)));
        await AssertSumsAsync(app, data.OrganisationId);

        // Nothing changed since: once past the safety margin, nothing to do.
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await RefreshAsync(app, data.OrganisationId)).Subjects <= 2);
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await RefreshAsync(app, data.OrganisationId)).Subjects);
        await AssertSumsAsync(app, data.OrganisationId);
    }

    [Fact]
    public async Task Two_refreshes_at_once_do_not_double_anything_and_a_lease_held_elsewhere_is_waited_for_until_it_lapses()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await OfAsync(app);
        await app.QueryAsync(data.SeedAsync);

        async Task<IndicatorRefreshResult> Concurrently()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await IndicatorFacts.RefreshAsync(scope.ServiceProvider.GetRequiredService<AmudduDbContext>(), data.OrganisationId, app.Clock);
        }

        var results = await Task.WhenAll(Concurrently(), Concurrently(), Concurrently());

        Assert.Contains(results, r => r.Ran);
        Assert.Equal(2, await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1));
        Assert.Equal(15, await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.OutreachReached, Q1));
        await AssertSumsAsync(app, data.OrganisationId);

        // Another instance holds the lease: this one does nothing until the lease lapses.
        await app.QueryAsync(db => db.IndicatorRefreshes.Where(r => r.OrganisationId == data.OrganisationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, app.Clock.GetUtcNow().AddMinutes(5))));
        Assert.False((await RefreshAsync(app, data.OrganisationId)).Ran);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True((await RefreshAsync(app, data.OrganisationId)).Ran);
        Assert.Null(await app.QueryAsync(db => db.IndicatorRefreshes.Where(r => r.OrganisationId == data.OrganisationId).Select(r => r.LeaseUntil).SingleAsync()));
        Assert.Equal(2, await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1));
        await AssertSumsAsync(app, data.OrganisationId);
    }
    [Fact]
    public async Task The_background_pass_refreshes_every_organisation_at_start_and_again_every_few_minutes()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:Indicators:RefreshWorker"] = "true", ["Amuddu:Indicators:RefreshMinutes"] = "5" });
        var data = await OfAsync(app);
        await app.QueryAsync(data.SeedAsync);

        // Each time round, five minutes pass on the app's clock: the pass waiting for them runs again.
        async Task<bool> UntilAsync(Func<Task<bool>> done)
        {
            for (var i = 0; i < 300; i++)
            {
                if (await done())
                {
                    return true;
                }

                app.Clock.Advance(TimeSpan.FromMinutes(5));
                await Task.Delay(100);
            }

            return false;
        }

        Assert.True(await UntilAsync(async () => await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1) == 2
            && await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.OutreachReached, Q1) == 15));
        Assert.True(await app.QueryAsync(db => db.IndicatorRefreshes.AnyAsync(r => r.OrganisationId == data.OrganisationId && r.RefreshedAt != null)));
        // Employers hold nothing the measures count: the pass leaves them alone.
        Assert.True(await app.QueryAsync(db => db.Organisations.AnyAsync(o => o.Kind == Features.Organisations.OrganisationKind.Employer)));
        Assert.False(await app.QueryAsync(db => db.IndicatorRefreshes.AnyAsync(r =>
            db.Organisations.Any(o => o.Id == r.OrganisationId && o.Kind == Features.Organisations.OrganisationKind.Employer))));

        await app.QueryAsync(async db =>
        {
            db.People.Add(data.Person("Nouvelle", Sex.Female, On(1999, 9, 9), null, "CI", data.Casablanca, At(2025, 3, 30)));
            return await db.SaveChangesAsync();
        });

        Assert.True(await UntilAsync(async () => await PeopleAsync(app, data.OrganisationId, IndicatorMeasure.Registered, Q1) == 3));
    }
}
