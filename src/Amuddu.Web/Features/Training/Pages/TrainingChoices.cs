using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training.Pages;

/// <summary>What the training forms offer to choose from.</summary>
public sealed record TrainingChoices(List<(Guid, string)> Organisations, IReadOnlyList<(Guid, string)> Sites, Dictionary<string, string> Regions)
{
    public static readonly TrainingChoices None = new([], [], []);

    /// <summary>Organisations (foreign employment services first: they deliver most cycles), the caller's agencies, the regions.</summary>
    public static async Task<TrainingChoices> LoadAsync(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var organisations = (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Kind == OrganisationKind.ForeignEmploymentService ? 0 : 1)
            .ThenBy(o => o.Name, StringComparer.CurrentCulture).Select(o => (o.Id, o.Name)).ToList();
        return new(organisations, await OwnSites.LoadAsync(db, staff), await ReferenceNames.LoadAsync(db, ReferenceKind.Region));
    }
}
