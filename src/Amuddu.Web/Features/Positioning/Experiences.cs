using Amuddu.Web.Infrastructure;
using Amuddu.Web.Features.ReferenceData;

namespace Amuddu.Web.Features.Positioning;

/// <summary>Work done before, in Morocco or elsewhere: an occupation of the taxonomy, a title as the person puts it, or both.</summary>
public sealed class Experiences : PositioningList<PositioningExperience, Experiences.Request, Experiences.Response>
{
    public static readonly Experiences List = new();

    public sealed record Request(string? OccupationCode, string? Title, int? Years, string? CountryCode, long? Version = null) : IPositioningItemRequest;

    public sealed record Response(Guid Id, string? OccupationCode, string? Title, int Years, string CountryCode, long Version);

    public override string Route => "experiences";

    protected override async Task ValidateAsync(Request request, ItemCheck check, CancellationToken cancellationToken)
    {
        await check.OccupationAsync("occupationCode", request.OccupationCode, "Positioning.Occupation", cancellationToken, required: false);
        if (string.IsNullOrWhiteSpace(request.OccupationCode) && string.IsNullOrWhiteSpace(request.Title))
        {
            check.Errors.Add("occupationCode", check.Text["Positioning.OccupationOrTitle"]);
        }

        check.MaxLength("title", request.Title, 200, "Positioning.ExperienceTitle");
        check.Between("years", request.Years, 0, 60, "Positioning.Years");
        await check.ReferenceAsync("countryCode", request.CountryCode, ReferenceKind.Country, "Positioning.Country", cancellationToken);
    }

    protected override void Apply(Request request, PositioningExperience item)
    {
        item.OccupationCode = FreeText.Clean(request.OccupationCode);
        item.Title = FreeText.Clean(request.Title);
        item.Years = request.Years!.Value;
        item.CountryCode = request.CountryCode!;
    }

    public override Response ToResponse(PositioningExperience item) =>
        new(item.Id, item.OccupationCode, item.Title, item.Years, item.CountryCode, item.Version);

    public override IEnumerable<PositioningExperience> Order(IEnumerable<PositioningExperience> items) =>
        items.OrderByDescending(e => e.Years).ThenBy(e => e.CreatedAt);
}
