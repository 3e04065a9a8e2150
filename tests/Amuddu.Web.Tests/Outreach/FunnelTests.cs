using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Outreach.OutreachTests;

namespace Amuddu.Web.Tests.Outreach;

public sealed class FunnelTests
{
    private sealed record Figures(int Reached, int PreRegistered, int Attended, int Registered, int Positioned, int InActionPlan);

    private static Figures Read(JsonElement figures) => new(
        figures.GetProperty("reached").GetInt32(), figures.GetProperty("preRegistered").GetInt32(), figures.GetProperty("attended").GetInt32(),
        figures.GetProperty("registered").GetInt32(), figures.GetProperty("positioned").GetInt32(), figures.GetProperty("inActionPlan").GetInt32());

    /// <summary>
    /// Last month: one outing (agent and counsellor, 12 reached) and one person who came, got a file
    /// and was positioned. This month: one outing (agent, 12 reached), one still planned, and five
    /// pre-registrations: two came (one now positioned with a plan), one was absent, one is open, and
    /// the counsellor's own one got a file without a session.
    /// </summary>
    private static async Task<(DateOnly LastMonth, DateOnly ThisMonth)> SeedAsync(AmudduApp app)
    {
        var agent = await app.ApiClientAsync(Agent);
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var thisMonth = GetFunnel.FirstOfMonth(SiteTime.Today(app.Clock));
        var lastMonth = thisMonth.AddMonths(-1);
        var inLastMonth = SiteTime.StartOf(lastMonth).AddDays(10);
        var inThisMonth = SiteTime.StartOf(thisMonth).AddHours(1);

        async Task<Guid> ActivityAsync(string status, DateTimeOffset at, params string[] agents)
        {
            var body = JsonSerializer.SerializeToElement(await OutreachTests.ActivityAsync(app, status, app.Clock.GetUtcNow().AddHours(-1)), Http.Json);
            var dict = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body.GetRawText())!;
            var ids = new List<Guid>();
            foreach (var email in agents)
            {
                ids.Add(await UserIdAsync(app, email));
            }

            dict["agentIds"] = JsonSerializer.SerializeToElement(ids);
            var created = await agent.PostAsJsonAsync("/api/v1/outreach/activities", dict);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            await app.QueryAsync(db => db.OutreachActivities.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.PlannedAt, at)));
            return id;
        }

        await ActivityAsync("Done", inLastMonth, Agent, Demo.Counsellor);
        await ActivityAsync("Done", inThisMonth, Agent);
        await ActivityAsync("Planned", inThisMonth, Agent, Demo.Counsellor);

        async Task<Guid> PreAsync(HttpClient client, string name, DateTimeOffset at)
        {
            var id = (await PreRegisterAsync(client, name)).GetProperty("id").GetGuid();
            await app.QueryAsync(db => db.PreRegistrations.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, at)));
            return id;
        }

        async Task ConvertAsync(Guid preId, string lastName, PathwayStage stage, bool plan)
        {
            var site = await SiteOfAsync(app, Demo.Counsellor);
            await app.QueryAsync(async db =>
            {
                var organisationId = await db.Sites.Where(s => s.Id == site).Select(s => s.OrganisationId).SingleAsync();
                var person = new Person
                {
                    FileNumber = $"2026-{lastName}", OrganisationId = organisationId, SiteId = site,
                    FirstName = "Personne", LastName = lastName, NationalityCode = "SN", RegionCode = "MA-06", City = "Casablanca", Stage = stage,
                };
                db.People.Add(person);
                await db.SaveChangesAsync();
                var personId = person.Id;
                await db.PreRegistrations.Where(p => p.Id == preId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PreRegistrationStatus.Converted).SetProperty(p => p.PersonId, personId));
                if (plan)
                {
                    db.ActionPlans.Add(new ActionPlan { PersonId = personId, OrganisationId = organisationId, Goal = "Aide-cuisinier" });
                    await db.SaveChangesAsync();
                }

                return 0;
            });
        }

        var p5 = await PreAsync(agent, "Aïssatou", inLastMonth);
        await SessionWithAttendanceAsync(app, p5);
        await ConvertAsync(p5, "Cinq", PathwayStage.Positioned, plan: false);

        var p1 = await PreAsync(agent, "Binta", inThisMonth);
        await SessionWithAttendanceAsync(app, p1);
        await ConvertAsync(p1, "Un", PathwayStage.InActionPlan, plan: true);
        var p2 = await PreAsync(agent, "Coumba", inThisMonth);
        await SessionWithAttendanceAsync(app, p2);
        await ConvertAsync(p2, "Deux", PathwayStage.Received, plan: false);
        var p3 = await PreAsync(agent, "Dieynaba", inThisMonth);
        await SessionWithAttendanceAsync(app, p3, RegistrationStatus.Absent);
        await PreAsync(agent, "Fanta", inThisMonth);
        var p6 = await PreAsync(counsellor, "Gnima", inThisMonth);
        await ConvertAsync(p6, "Six", PathwayStage.Received, plan: false);
        return (lastMonth, thisMonth);
    }

    [Fact]
    public async Task The_funnel_counts_each_step_per_month_agency_and_agent()
    {
        await using var app = await AmudduApp.StartAsync();
        var (lastMonth, thisMonth) = await SeedAsync(app);
        var analyst = await app.ApiClientAsync(Demo.Analyst);
        var query = $"from={GetFunnel.Format(lastMonth)}&to={GetFunnel.Format(thisMonth)}";
        // The pre-registrations' steps are the funnel's sums, counted by the refresh that the background pass runs.
        Assert.Equal(new Figures(24, 0, 0, 0, 0, 0), Read((await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/outreach/funnel?{query}")).GetProperty("total")));
        await app.RefreshStatisticsAsync();

        var funnel = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/outreach/funnel?{query}");
        Assert.Equal(app.Clock.GetUtcNow(), funnel.GetProperty("countedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));

        Assert.Equal(new Figures(24, 6, 3, 4, 2, 1), Read(funnel.GetProperty("total")));
        var months = funnel.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal([GetFunnel.Format(lastMonth), GetFunnel.Format(thisMonth)], months.Select(m => m.GetProperty("month").GetString()));
        Assert.Equal(new Figures(12, 1, 1, 1, 1, 0), Read(months[0].GetProperty("figures")));
        Assert.Equal(new Figures(12, 5, 2, 3, 1, 1), Read(months[1].GetProperty("figures")));
        var site = Assert.Single(funnel.GetProperty("sites").EnumerateArray());
        Assert.Equal("Agence Casablanca Maârif", site.GetProperty("name").GetString());
        var agents = funnel.GetProperty("agents").EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => Read(a.GetProperty("figures")));
        Assert.Equal(new Figures(24, 5, 3, 3, 2, 1), agents["Aminata Diallo"]);
        Assert.Equal(new Figures(12, 1, 0, 1, 0, 0), agents["Youssef El Amrani"]);

        // The agent sees their own figures, whatever they ask for.
        var agent = await app.ApiClientAsync(Agent);
        var own = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/outreach/funnel?{query}&agentId={await UserIdAsync(app, Demo.Counsellor)}");
        Assert.Equal(new Figures(24, 5, 3, 3, 2, 1), Read(own.GetProperty("total")));

        // By default: this month and the two before.
        var byDefault = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/outreach/funnel");
        Assert.Equal(3, byDefault.GetProperty("months").GetArrayLength());
        var rabat = await app.QueryAsync(db => db.Sites.Where(s => s.Name == "Agence Rabat Agdal").Select(s => s.Id).SingleAsync());
        var elsewhere = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/outreach/funnel?{query}&siteId={rabat}");
        Assert.Equal(new Figures(0, 0, 0, 0, 0, 0), Read(elsewhere.GetProperty("total")));
    }

    [Fact]
    public async Task A_bad_period_gets_400_naming_the_field_and_other_roles_get_403()
    {
        await using var app = await AmudduApp.StartAsync();
        var analyst = await app.ApiClientAsync(Demo.Analyst, "en");

        var badMonth = await analyst.GetAsync("/api/v1/outreach/funnel?from=2026-13");
        var backwards = await analyst.GetAsync("/api/v1/outreach/funnel?from=2026-11&to=2026-09");
        var tooLong = await analyst.GetAsync("/api/v1/outreach/funnel?from=2020-01&to=2026-09");
        var badSite = await analyst.GetAsync("/api/v1/outreach/funnel?siteId=nope");

        Assert.True((await badMonth.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("from", out _));
        Assert.True((await backwards.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _));
        Assert.True((await tooLong.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _));
        await badSite.ProblemAsync(HttpStatusCode.BadRequest);
        var caseworker = await app.ApiClientAsync(Demo.Caseworker);
        await (await caseworker.GetAsync("/api/v1/outreach/funnel")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/v1/outreach/pre-registrations")).StatusCode);
    }
}
