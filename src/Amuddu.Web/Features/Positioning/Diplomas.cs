using Amuddu.Web.Infrastructure;
using Amuddu.Web.Features.ReferenceData;

namespace Amuddu.Web.Features.Positioning;

/// <summary>Diplomas and qualifications, with where they were earned and whether Morocco recognises them.</summary>
public sealed class Diplomas : PositioningList<PositioningDiploma, Diplomas.Request, Diplomas.Response>
{
    public static readonly Diplomas List = new();

    public sealed record Request(
        string? Title, EducationLevel? Level, string? Field, string? CountryCode, int? Year, DiplomaRecognition? Recognition, long? Version = null)
        : IPositioningItemRequest;

    public sealed record Response(
        Guid Id, string Title, EducationLevel Level, string? Field, string CountryCode, int? Year, DiplomaRecognition Recognition, long Version);

    public override string Route => "diplomas";

    protected override async Task ValidateAsync(Request request, ItemCheck check, CancellationToken cancellationToken)
    {
        check.Required("title", request.Title, "Positioning.DiplomaTitle");
        check.MaxLength("title", request.Title, 200, "Positioning.DiplomaTitle");
        check.Choice("level", request.Level, "Positioning.DiplomaLevel");
        check.MaxLength("field", request.Field, 200, "Positioning.DiplomaField");
        await check.ReferenceAsync("countryCode", request.CountryCode, ReferenceKind.Country, "Positioning.Country", cancellationToken);
        check.Between("year", request.Year, 1950, check.Today.Year, "Positioning.DiplomaYear", required: false);
        check.Choice("recognition", request.Recognition, "Positioning.Recognition");
    }

    protected override void Apply(Request request, PositioningDiploma item)
    {
        item.Title = request.Title!.Trim();
        item.Level = request.Level!.Value;
        item.Field = FreeText.Clean(request.Field);
        item.CountryCode = request.CountryCode!;
        item.Year = request.Year;
        item.Recognition = request.Recognition!.Value;
    }

    public override Response ToResponse(PositioningDiploma item) =>
        new(item.Id, item.Title, item.Level, item.Field, item.CountryCode, item.Year, item.Recognition, item.Version);

    public override IEnumerable<PositioningDiploma> Order(IEnumerable<PositioningDiploma> items) =>
        items.OrderByDescending(d => d.Year ?? 0).ThenBy(d => d.CreatedAt);
}
