using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Outreach;

public sealed class DemoOutreachTests
{
    [Fact]
    public async Task The_demo_has_four_months_of_outings_and_sixty_people_met_some_with_files()
    {
        await using var app = await AmudduApp.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            var anapec = db.Organisations.Single(o => o.Acronym == "ANAPEC").Id;
            var casablanca = db.Sites.Single(s => s.Name == DemoOrganisations.CasablancaAgency).Id;
            var counsellor = db.Users.Single(u => u.Email == Demo.Counsellor).Id;
            var people = await DemoPeople.SeedAsync(db, anapec, [(casablanca, counsellor, "Casablanca", "MA-06")], app.Clock, CancellationToken.None);
            await DemoOutreach.SeedAsync(db, people, app.Clock, CancellationToken.None);
        }

        var statuses = await app.QueryAsync(db => db.PreRegistrations.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(60, statuses.Values.Sum());
        Assert.Equal(15, statuses[PreRegistrationStatus.Converted]);
        Assert.True(statuses[PreRegistrationStatus.Closed] > 0 && statuses[PreRegistrationStatus.Open] > statuses[PreRegistrationStatus.Closed]);
        Assert.True(await app.QueryAsync(db => db.OutreachActivities.CountAsync(a => a.Status == OutreachStatus.Planned)) > 0);
        Assert.Contains("Rabat", await app.QueryAsync(db => db.OutreachActivities.Select(a => a.City).Distinct().ToListAsync()));

        var analyst = await app.ApiClientAsync(Demo.Analyst);
        await app.RefreshStatisticsAsync();
        var funnel = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/outreach/funnel?from={GetFunnel.Format(GetFunnel.FirstOfMonth(app.Today).AddMonths(-4))}");
        Assert.True(funnel.GetProperty("total").GetProperty("reached").GetInt32() > 100);
        Assert.Equal(60, funnel.GetProperty("total").GetProperty("preRegistered").GetInt32());
        Assert.Equal(15, funnel.GetProperty("total").GetProperty("registered").GetInt32());
        Assert.Equal(2, funnel.GetProperty("sites").GetArrayLength());
    }
}
