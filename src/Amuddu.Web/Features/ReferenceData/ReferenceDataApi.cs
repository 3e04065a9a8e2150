using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ReferenceData;

public static class ReferenceDataApi
{
    public sealed record Item(string Code, string Name, string NameFr, string NameAr, string NameEn);

    public static RouteGroupBuilder MapReferenceDataApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reference-data/{kind}", List).WithTags("Reference data").RequireAuthorization(Policies.Staff)
            .WithSummary("Codes with their names; Name is in the request's language.");
        return api;
    }

    private static async Task<Results<Ok<List<Item>>, NotFound>> List(
        string kind, AmudduDbContext db, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ReferenceKind>(kind.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
            || !Enum.IsDefined(parsed))
        {
            return TypedResults.NotFound();
        }

        var culture = CultureInfo.CurrentUICulture;
        var items = await db.ReferenceItems.AsNoTracking()
            .Where(r => r.Kind == parsed && r.IsActive)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Code)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(r => new Item(r.Code, r.NameIn(culture), r.NameFr, r.NameAr, r.NameEn)).ToList());
    }
}
