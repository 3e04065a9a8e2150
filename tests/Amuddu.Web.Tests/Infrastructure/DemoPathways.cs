using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Infrastructure;

public static class DemoPathwaysSeeding
{
    /// <summary>The demo registry (300 people at every stage of their pathway) for the employment agency, as <c>seed-demo</c> makes it.</summary>
    public static Task SeedDemoPathwaysAsync(this AmudduApp app) => SeedAsync(app, referrals: false);

    /// <summary>
    /// The demo registry, the demo catalogue (unless a test seeded it already) and the referrals from the
    /// employment agency to the partners' services, at every status, as <c>seed-demo</c> makes them.
    /// </summary>
    public static Task SeedDemoReferralsAsync(this AmudduApp app) => SeedAsync(app, referrals: true);

    /// <summary>The demo registry and the demo programmes with their applications, tranches and payments, as <c>seed-demo</c> makes them.</summary>
    public static Task SeedDemoProgrammesAsync(this AmudduApp app) => SeedAsync(app, referrals: false, programmes: true);

    /// <summary>Every demo seeder at once, as <c>seed-demo</c> runs them: for the checks that must meet every kind of object.</summary>
    public static Task SeedAllDemoDataAsync(this AmudduApp app) => SeedAsync(app, referrals: true, programmes: true, training: true, placements: true, history: true);

    /// <summary>The demo training cycles (no registry needed), as <c>seed-demo</c> makes them.</summary>
    public static async Task SeedDemoTrainingAsync(this AmudduApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DemoTraining.SeedAsync(scope.ServiceProvider.GetRequiredService<AmudduDbContext>(),
            scope.ServiceProvider.GetRequiredService<Amuddu.Web.Infrastructure.FieldProtector>(), app.Clock, CancellationToken.None);
    }

    private static async Task SeedAsync(AmudduApp app, bool referrals, bool programmes = false, bool training = false, bool placements = false,
        bool history = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
        var anapec = db.Organisations.Single(o => o.Acronym == "ANAPEC").Id;
        var casablanca = db.Sites.Single(s => s.Name == DemoOrganisations.CasablancaAgency).Id;
        var rabat = db.Sites.Single(s => s.Name == DemoOrganisations.RabatAgency).Id;
        var counsellor = db.Users.Single(u => u.Email == Demo.Counsellor).Id;
        var selfEmployment = db.Users.Single(u => u.Email == Demo.SelfEmployment).Id;
        var people = await DemoPeople.SeedAsync(db, anapec, [(casablanca, counsellor, "Casablanca", "MA-06"), (rabat, selfEmployment, "Rabat", "MA-04")],
            app.Clock, CancellationToken.None);
        await DemoPathways.SeedAsync(scope.ServiceProvider, people, app.Clock, CancellationToken.None);
        if (referrals && !await db.Offers.AnyAsync())
        {
            await DemoCatalogue.SeedAsync(db, await db.Organisations.ToDictionaryAsync(o => o.Name), await db.Sites.ToDictionaryAsync(s => s.Name),
                app.Clock, CancellationToken.None);
        }

        await DemoOutreach.SeedAsync(db, people, app.Clock, CancellationToken.None);
        await DemoSessions.SeedAsync(db, people, app.Clock, CancellationToken.None);
        if (referrals)
        {
            await DemoReferrals.SeedAsync(db, people, app.Clock, CancellationToken.None);
        }

        if (programmes)
        {
            await DemoProgrammes.SeedAsync(db, people, scope.ServiceProvider.GetRequiredService<Amuddu.Web.Infrastructure.FieldProtector>(), app.Clock, CancellationToken.None);
        }

        // In the app's order: the training, its tests and certificates, then the exchanges (whose service history
        // compares around the training's module-3 completions, which they create when the training is absent).
        if (training)
        {
            await DemoTraining.SeedAsync(db, scope.ServiceProvider.GetRequiredService<Amuddu.Web.Infrastructure.FieldProtector>(), app.Clock, CancellationToken.None);
            await DemoTrainingTests.SeedAsync(db, CancellationToken.None);
        }

        if (programmes)
        {
            await DemoExchanges.SeedAsync(db, app.Clock, CancellationToken.None);
        }

        if (training)
        {
            await DemoEmployers.SeedAsync(db, app.Clock, CancellationToken.None);
        }

        if (placements)
        {
            await Amuddu.Web.Features.Placements.PlacementsDemo.SeedAsync(db, people, app.Clock, CancellationToken.None);
        }

        // As the app's seeding ends: one match profile per positioned person, from what the seeders above wrote.
        await Amuddu.Web.Features.Matching.MatchProfiles.RebuildAsync(db, null, app.Clock, CancellationToken.None);
        if (history)
        {
            // As the app's seeding ends: the history behind the registry and the results framework.
            await DemoHistory.SeedAsync(db, scope.ServiceProvider.GetRequiredService<Amuddu.Web.Infrastructure.FieldProtector>(), app.Clock, CancellationToken.None);
            await DemoIndicators.SeedAsync(db, app.Clock, CancellationToken.None);
            await Amuddu.Web.Features.Indicators.IndicatorFacts.RefreshAllAsync(db, app.Clock, null, rebuild: true, CancellationToken.None);
        }
    }
}
