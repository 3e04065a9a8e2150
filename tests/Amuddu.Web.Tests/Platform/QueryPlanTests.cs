using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Rights;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Referrals.Lifecycle;
using Amuddu.Web.Tests.Rights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

using static Amuddu.Web.Tests.Platform.QueryPlans;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// What keeps the busiest pages fast on a big registry (issue 14, bench/Amuddu.Load.Bench): the commands the app
/// sends and the plans the engine makes for them. Timings belong to the benchmark; these check the shape.
/// </summary>
public sealed class QueryPlanTests
{
    [Fact]
    public async Task Sqlite_commits_to_a_write_ahead_log_without_a_disk_flush_each_and_postgres_keeps_its_durable_commits()
    {
        await using var app = await AmudduApp.StartAsync();

        var settings = await app.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return db.Database.IsSqlite()
                ? $"{await ScalarAsync(db, "PRAGMA journal_mode")} {await ScalarAsync(db, "PRAGMA synchronous")} {await ScalarAsync(db, "PRAGMA secure_delete")}"
                : await ScalarAsync(db, "SELECT setting = reset_val FROM pg_settings WHERE name = 'synchronous_commit'");
        });

        // SQLite: wal, synchronous 1 (NORMAL: the log is flushed at checkpoints, not at each commit), secure delete kept.
        // PostgreSQL: the app's sessions keep the server's own setting (the operator's choice, docs/postgresql.md).
        Assert.Equal(app.Database.Provider == DatabaseProvider.Sqlite ? "wal 1 1" : "True", settings);
    }

    [Fact]
    public async Task Sqlite_commits_of_the_web_app_never_checkpoint_the_log_the_background_checkpoints_copy_it_into_the_file()
    {
        await using var app = await AmudduApp.StartAsync();
        if (app.Database.Provider != DatabaseProvider.Sqlite)
        {
            Assert.Null(app.Services.GetService<SqliteCheckpoints>());
            return;
        }

        var client = await app.ApiClientAsync(Demo.Counsellor);
        await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: true);
        var autoCheckpoint = await app.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return await ScalarAsync(db, "PRAGMA wal_autocheckpoint");
        });
        var checkpoints = app.Services.GetRequiredService<SqliteCheckpoints>();
        var outcome = await checkpoints.RunAsync(CancellationToken.None);

        // The app's connections leave checkpoints to the background (SQLite's own default is 1,000 pages).
        Assert.Equal("0", autoCheckpoint);
        // The registration's pages were in the log, and are now in the file.
        Assert.False(outcome.Busy);
        Assert.True(outcome.LogPages > 0, $"{outcome}");
        Assert.Equal(outcome.LogPages, outcome.CopiedPages);
    }

    [Fact]
    public async Task Files_merged_into_a_file_are_found_through_a_partial_index_of_the_merged_files_alone()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: true);

        var (definition, plan) = await app.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            var sqlite = db.Database.IsSqlite();
            var index = await ScalarAsync(db, sqlite
                ? "SELECT sql FROM sqlite_master WHERE name = 'IX_people_MergedIntoId'"
                : "SELECT indexdef FROM pg_indexes WHERE indexname = 'IX_people_MergedIntoId'");
            var query = db.People.Where(p => p.MergedIntoId == personId).Select(p => p.Id);
            return (index, sqlite ? await PlanAsync(db, query.CreateDbCommand()) : "");
        });

        // An index of every row would hold only NULLs: after ANALYZE, SQLite then judges it useless and scans all people.
        Assert.Contains("\"MergedIntoId\" IS NOT NULL", definition.Replace("(", "").Replace(")", ""), StringComparison.OrdinalIgnoreCase);
        if (app.Database.Provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains("USING INDEX IX_people_MergedIntoId", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_people_list_reads_the_newest_files_from_an_index_not_by_sorting_the_registry()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var client = await app.ApiClientAsync(Demo.Counsellor);
        await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: true);
        commands.Clear();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/people");

        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        var list = Assert.Single(commands.Captured, c => c.Sql.Contains("ORDER BY", StringComparison.Ordinal) && c.Sql.Contains("\"MergedIntoId\" IS NULL", StringComparison.Ordinal));
        var plan = await app.QueryAsync(db => PlanAsync(db, list.Replay(db)));
        // Without statistics (a new database) as with them: the newest first come from the (organisation, registration time) index.
        Assert.Contains("IX_people_OrganisationId_CreatedAt", plan, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Database.Provider == DatabaseProvider.Sqlite ? "TEMP B-TREE FOR ORDER BY" : "Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_reads_referral_events_from_the_persons_referrals_never_by_testing_every_event()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: true);
        commands.Clear();

        (await client.GetAsync($"/api/v1/people/{personId}/timeline")).EnsureSuccessStatusCode();

        var events = Assert.Single(commands.Captured, c => c.Sql.Contains("referral_events", StringComparison.Ordinal));
        // A correlated EXISTS on each event reads every referral event in the database (2.5 s with five million of them).
        Assert.DoesNotContain("EXISTS", events.Sql, StringComparison.Ordinal);
        var plan = await app.QueryAsync(db => PlanAsync(db, events.Replay(db)));
        Assert.Contains(app.Database.Provider == DatabaseProvider.Sqlite ? "USING INDEX IX_referral_events_ReferralId_At" : "IX_referral_events_ReferralId_At", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_booking_checks_the_counsellors_calendar_over_a_few_hours_not_over_every_appointment_they_ever_had()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        commands.Clear();

        var startsAt = Amuddu.Web.Infrastructure.SiteTime.FromLocal(app.Today.AddDays(3), new TimeOnly(10, 0));
        var booked = await client.PostAsJsonAsync($"/api/v1/people/{personId}/appointments",
            new { startsAt, durationMinutes = 30, channel = "Phone", purpose = "Suivi" });
        Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync());

        var check = Assert.Single(commands.Captured, c => c.Sql.Contains("appointments", StringComparison.Ordinal)
            && c.Sql.Contains("\"EndsAt\" >", StringComparison.Ordinal));
        // Bounded on both sides: a counsellor with years of appointments has tens of thousands before any new slot.
        Assert.Contains("\"StartsAt\" >", check.Sql, StringComparison.Ordinal);
        Assert.Contains("\"StartsAt\" <", check.Sql, StringComparison.Ordinal);
        var plan = await app.QueryAsync(db => PlanAsync(db, check.Replay(db)));
        Assert.Contains(app.Database.Provider == DatabaseProvider.Sqlite ? "USING INDEX IX_appointments_CounsellorId_StartsAt (CounsellorId=? AND StartsAt>? AND StartsAt<?)" : "IX_appointments_CounsellorId_StartsAt", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_received_box_counts_and_orders_on_the_recipients_indexes_alone()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var client = await app.ApiClientAsync(Demo.Caseworker);
        commands.Clear();

        (await client.GetAsync("/api/v1/referrals?box=received")).EnsureSuccessStatusCode();

        var box = commands.Captured.Where(c => c.Sql.Contains("\"RecipientOrganisationId\" = ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(box);
        // The whole visibility rule (sender OR recipient) would make the engine read every received referral's row
        // to test the sender: a national partner receives hundreds of thousands.
        Assert.All(box, c => Assert.DoesNotContain("\"SenderOrganisationId\" = ", c.Sql, StringComparison.Ordinal));
        var list = Assert.Single(box, c => c.Sql.Contains("ORDER BY", StringComparison.Ordinal));
        var plan = await app.QueryAsync(db => PlanAsync(db, list.Replay(db)));
        Assert.Contains("IX_referrals_RecipientOrganisationId_UpdatedAt", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_home_finds_the_referrals_escalated_to_its_reader_through_an_index()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        commands.Clear();

        (await browser.GetAsync("/home")).EnsureSuccessStatusCode();

        var escalated = Assert.Single(commands.Captured, c => c.Sql.Contains("\"EscalatedTo\" = ", StringComparison.Ordinal));
        var plan = await app.QueryAsync(db => PlanAsync(db, escalated.Replay(db)));
        Assert.Contains("IX_referrals_EscalatedTo_EscalatedAt", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_caseworkers_home_orders_its_open_referrals_on_a_covering_index_then_reads_only_the_lines_shown()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        await app.SendReferralAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Caseworker);
        commands.Clear();

        (await browser.GetAsync("/home")).EnsureSuccessStatusCode();

        var ordered = Assert.Single(commands.Captured, c => c.Sql.Contains("\"RecipientOrganisationId\" = ", StringComparison.Ordinal)
            && c.Sql.Contains("ORDER BY", StringComparison.Ordinal) && c.Sql.Contains("LIMIT", StringComparison.Ordinal));
        // Only the ids are sorted: whole rows of tens of thousands of open referrals would be read to sort them.
        Assert.Matches(@"^SELECT ""?r""?\.""Id""\s+FROM", ordered.Sql);
        if (app.Database.Provider == DatabaseProvider.Sqlite)
        {
            // PostgreSQL picks among the recipient's indexes by the table's size: on a handful of rows any will do.
            var plan = await app.QueryAsync(db => PlanAsync(db, ordered.Replay(db)));
            Assert.Contains("USING COVERING INDEX IX_referrals_RecipientOrganisationId_Status_RespondBy_DueBy_Id", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Matching_a_vacancy_reads_the_peoples_ids_from_covering_indexes_of_the_target_occupations_and_experiences()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        await Matching.MatchingData.PositionedAsync(app, "Moussa", "Traoré");
        var vacancy = await Matching.MatchingData.VacancyAsync(app);
        var client = await app.ApiClientAsync(Demo.Counsellor, "fr");
        commands.Clear();

        Assert.Single(Matching.MatchingData.Ranking(await Matching.MatchingData.PeopleAsync(client, vacancy)));

        if (app.Database.Provider == DatabaseProvider.Sqlite)
        {
            // PostgreSQL picks an index by the table's size: on a handful of rows a scan will do.
            var read = commands.Captured.First(c => c.Sql.Contains("FROM \"positioning_target_occupations\"", StringComparison.Ordinal));
            // Tens of thousands of people aim at a common trade: their ids come from the indexes alone, never from the rows.
            var plan = await app.QueryAsync(db => PlanAsync(db, read.Replay(db)));
            Assert.Contains("USING COVERING INDEX IX_positioning_target_occupations_OrganisationId_OccupationCode_PersonId", plan, StringComparison.Ordinal);
            Assert.Contains("USING COVERING INDEX IX_positioning_experiences_OrganisationId_OccupationCode_PersonId", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_escalation_pass_finds_the_open_referrals_not_yet_escalated_on_an_index_not_among_every_referral_sent()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        await app.SendReferralAsync(respondInDays: 1);
        app.Clock.Advance(TimeSpan.FromDays(3));
        commands.Clear();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            Assert.Equal(1, await EscalateOverdueReferrals.RunAsync(services.GetRequiredService<AmudduDbContext>(), services.GetRequiredService<AuditLog>(),
                services.GetRequiredService<FieldProtector>(), app.Clock, CancellationToken.None));
        }

        var batch = commands.Captured.First(c => Reads(c.Sql, "referrals") && c.Sql.Contains("\"EscalatedAt\" IS NULL", StringComparison.Ordinal));
        var plan = await app.QueryAsync(db => PlanAsync(db, batch.Replay(db)));
        Assert.Contains("IX_referrals_Status_EscalatedAt_RespondBy_DueBy", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persons_rows_are_read_with_their_id_as_a_parameter_never_written_into_the_sql()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: false);
        commands.Clear();

        // What a merge, its undoing, an erasure and the retention sweep read: the SQL text goes into traces and plan caches.
        await app.QueryAsync(async db =>
        {
            var consents = db.Model.FindEntityType(typeof(Amuddu.Web.Features.Consents.Consent))!;
            Assert.NotEmpty(await PersonRows.LoadAsync(db, consents, personId, CancellationToken.None));
            return await PersonRows.ActiveSinceAsync(db, consents, [personId], app.Clock.GetUtcNow().AddDays(-1), CancellationToken.None);
        });

        Assert.Equal(2, commands.Captured.Count);
        Assert.All(commands.Captured, c => Assert.DoesNotContain(personId.ToString(), c.Sql, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<string> ScalarAsync(AmudduDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
