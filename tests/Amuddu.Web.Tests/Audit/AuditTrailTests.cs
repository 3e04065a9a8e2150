using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.People;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Audit;

/// <summary>The audit entry goes with its change (both saved or neither), and the trail is a chain verification can trust.</summary>
public sealed class AuditTrailTests
{
    private static Task<AuditChain.Verification> VerifyAsync(AmudduApp app) =>
        app.QueryAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));

    private static Task<Guid> OrganisationOfAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync());

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    [Fact]
    public async Task A_change_whose_save_fails_leaves_no_audit_line_and_the_change_and_its_line_commit_together()
    {
        var failing = new FailingSave(OutreachAudit.ActivityUpdated, () => new DbUpdateConcurrencyException("injected after the statements ran"));
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(failing);
        var agent = await app.ApiClientAsync(OutreachTests.Agent);
        var planned = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/outreach/activities", await OutreachTests.ActivityAsync(app)), HttpStatusCode.Created);
        var id = planned.GetProperty("id").GetGuid();
        var version = planned.GetProperty("version").GetInt64();
        var done = await OutreachTests.ActivityAsync(app, "Done", app.Clock.GetUtcNow().AddMinutes(-3), version);

        // The update and its audit line were both written in the transaction, then the save failed: 409, neither kept.
        await (await agent.PutAsJsonAsync($"/api/v1/outreach/activities/{id}", done)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, failing.Failures);
        Assert.Empty(await app.AuditAsync(OutreachAudit.ActivityUpdated));
        var stored = await app.QueryAsync(db => db.OutreachActivities.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(OutreachStatus.Planned, stored.Status);
        Assert.Equal(version, stored.Version);

        // Nothing half-done: the same version still goes through, with one line.
        failing.Armed = false;
        await JsonAsync(await agent.PutAsJsonAsync($"/api/v1/outreach/activities/{id}", done), HttpStatusCode.OK);
        Assert.Single(await app.AuditAsync(OutreachAudit.ActivityUpdated));
        Assert.Empty((await VerifyAsync(app)).Broken);
    }

    [Fact]
    public async Task A_crash_while_converting_a_pre_registration_leaves_it_open_with_no_file_and_no_audit_line()
    {
        var crash = new FailingSave(OutreachAudit.PreRegistrationConverted, () => new InvalidOperationException("simulated crash before the commit"));
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(crash);
        var agent = await app.ApiClientAsync(OutreachTests.Agent);
        var pre = await OutreachTests.PreRegisterAsync(agent, "Aminata", "Konaté");
        var id = pre.GetProperty("id").GetGuid();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var proposal = await JsonAsync(await counsellor.GetAsync($"/api/v1/outreach/pre-registrations/{id}/conversion"), HttpStatusCode.OK);
        var body = new
        {
            person = JsonSerializer.Deserialize<Dictionary<string, object?>>(proposal.GetProperty("person").GetRawText()),
            version = pre.GetProperty("version").GetInt64(),
        };
        var people = await app.QueryAsync(db => db.People.CountAsync());

        // Claimed, registered, then the last save fails: the whole conversion is undone.
        var crashed = await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", body);
        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.Equal(1, crash.Failures);
        var stored = await app.QueryAsync(db => db.PreRegistrations.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(PreRegistrationStatus.Open, stored.Status);
        Assert.Null(stored.PersonId);
        Assert.Equal(pre.GetProperty("version").GetInt64(), stored.Version);
        Assert.Equal(people, await app.QueryAsync(db => db.People.CountAsync()));
        Assert.Empty(await app.AuditAsync(AuditActions.PersonRegistered));
        Assert.Empty(await app.AuditAsync(OutreachAudit.PreRegistrationConverted));

        crash.Armed = false;
        var converted = await JsonAsync(await counsellor.PostAsJsonAsync($"/api/v1/outreach/pre-registrations/{id}/convert", body), HttpStatusCode.OK);
        Assert.True(converted.GetProperty("newFile").GetBoolean());
        Assert.Equal(people + 1, await app.QueryAsync(db => db.People.CountAsync()));
        Assert.Single(await app.AuditAsync(AuditActions.PersonRegistered));
        Assert.Single(await app.AuditAsync(OutreachAudit.PreRegistrationConverted));
        Assert.Empty((await VerifyAsync(app)).Broken);
    }

    [Fact]
    public async Task The_trail_after_real_activity_verifies_and_an_edited_or_a_deleted_entry_is_found()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(OutreachTests.Agent);
        for (var i = 0; i < 3; i++)
        {
            await JsonAsync(await agent.PostAsJsonAsync("/api/v1/outreach/activities", await OutreachTests.ActivityAsync(app)), HttpStatusCode.Created);
        }

        // A failed sign-in for an account that does not exist: an entry without organisation, in a chain of its own.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().LoginAsync("nobody@example.org", "wrong-password", null)).StatusCode);
        var organisationId = await OrganisationOfAsync(app, OutreachTests.Agent);
        var chain = await app.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.OrganisationId == organisationId).OrderBy(a => a.Sequence).ToListAsync());
        var unknown = await app.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.OrganisationId == null).OrderBy(a => a.Sequence).ToListAsync());

        Assert.Equal(Enumerable.Range(1, chain.Count).Select(i => (long)i), chain.Select(a => a.Sequence));
        Assert.Null(chain[0].PreviousHash);
        Assert.All(chain.Skip(1).Zip(chain), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Contains(unknown, a => a.Action == AuditActions.SignInFailed && a.Subject == "nobody@example.org");
        var intact = await VerifyAsync(app);
        Assert.Empty(intact.Broken);
        Assert.True(intact.Entries >= chain.Count + unknown.Count);

        // Someone with access to the database rewrites a line...
        var recorded = chain.Where(a => a.Action == OutreachAudit.ActivityRecorded).ToList();
        var edited = recorded[1];
        await app.QueryAsync(db => db.AuditEvents.Where(a => a.Id == edited.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, "Done, 0 reached")));
        var afterEdit = await VerifyAsync(app);
        var broken = Assert.Single(afterEdit.Broken);
        Assert.Equal((organisationId, edited.Sequence, edited.Id), (broken.OrganisationId, broken.Sequence, broken.Id));

        // ...puts it back, and deletes another: the entry after the gap is named.
        await app.QueryAsync(db => db.AuditEvents.Where(a => a.Id == edited.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, edited.Detail)));
        Assert.Empty((await VerifyAsync(app)).Broken);
        var deleted = recorded[0];
        await app.QueryAsync(db => db.AuditEvents.Where(a => a.Id == deleted.Id).ExecuteDeleteAsync());
        var next = chain.Single(a => a.Sequence == deleted.Sequence + 1);
        broken = Assert.Single((await VerifyAsync(app)).Broken);
        Assert.Equal((organisationId, next.Sequence, next.Id), (broken.OrganisationId, broken.Sequence, broken.Id));
    }

    [Fact]
    public async Task Many_audited_requests_at_once_in_one_organisation_make_one_unbroken_chain()
    {
        const int requests = 24;
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(OutreachTests.Agent);
        var body = await OutreachTests.ActivityAsync(app);
        var before = await app.AuditAsync(OutreachAudit.ActivityRecorded);

        var responses = await Task.WhenAll(Enumerable.Range(0, requests).Select(_ => agent.PostAsJsonAsync("/api/v1/outreach/activities", body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(before.Count + requests, (await app.AuditAsync(OutreachAudit.ActivityRecorded)).Count);
        var organisationId = await OrganisationOfAsync(app, OutreachTests.Agent);
        var sequences = await app.QueryAsync(db => db.AuditEvents.Where(a => a.OrganisationId == organisationId).OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Empty((await VerifyAsync(app)).Broken);
    }
}
