using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Demo;

/// <summary>Each area fills in its part of the demo people's pathways, by stage, so a newcomer sees files at every stage.</summary>
public static class DemoPathways
{
    public static async Task SeedAsync(IServiceProvider services, IReadOnlyList<(Person Person, DemoStage Stage)> people,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AmudduDbContext>();
        var protector = services.GetRequiredService<FieldProtector>();
        await DemoDocuments.SeedAsync(db, protector, people, clock, cancellationToken);
        await DemoPositioning.SeedAsync(db, people, clock, cancellationToken, protector);
        await DemoActionPlans.SeedAsync(db, people, protector, services.GetRequiredService<IStringLocalizer<SharedResource>>(), clock, cancellationToken);
        await DemoFollowUp.SeedAsync(db, people, protector, clock, cancellationToken);
    }
}
