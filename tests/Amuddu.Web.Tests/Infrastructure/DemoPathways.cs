using Amuddu.Web.Features.Demo;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Infrastructure;

public static class DemoPathwaysSeeding
{
    /// <summary>The demo registry (300 people at every stage of their pathway) for the employment agency, as <c>seed-demo</c> makes it.</summary>
    public static Task SeedDemoPathwaysAsync(this AmudduApp app) => app.QueryAsync(async db =>
    {
        var anapec = db.Organisations.Single(o => o.Acronym == "ANAPEC").Id;
        var casablanca = db.Sites.Single(s => s.Name == DemoOrganisations.CasablancaAgency).Id;
        var rabat = db.Sites.Single(s => s.Name == DemoOrganisations.RabatAgency).Id;
        var counsellor = db.Users.Single(u => u.Email == Demo.Counsellor).Id;
        var selfEmployment = db.Users.Single(u => u.Email == Demo.SelfEmployment).Id;
        var people = await DemoPeople.SeedAsync(db, anapec, [(casablanca, counsellor, "Casablanca", "MA-06"), (rabat, selfEmployment, "Rabat", "MA-04")],
            app.Clock, CancellationToken.None);
        await DemoDocuments.SeedAsync(db, app.Services.GetRequiredService<FieldProtector>(), people, app.Clock, CancellationToken.None);
        return 0;
    });
}
