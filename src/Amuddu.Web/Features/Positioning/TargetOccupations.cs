using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Positioning;

/// <summary>The occupations the person aims at, priority 1 first; matching to vacancies starts from here.</summary>
public sealed class TargetOccupations : PositioningList<TargetOccupation, TargetOccupations.Request, TargetOccupations.Response>
{
    public static readonly TargetOccupations List = new();

    public sealed record Request(string? OccupationCode, int? Priority, long? Version = null) : IPositioningItemRequest;

    public sealed record Response(Guid Id, string OccupationCode, int Priority, long Version);

    public override string Route => "target-occupations";

    protected override async Task ValidateAsync(Request request, ItemCheck check, CancellationToken cancellationToken)
    {
        await check.OccupationAsync("occupationCode", request.OccupationCode, "Positioning.Occupation", cancellationToken);
        await check.UniqueAsync<TargetOccupation>("occupationCode", request.OccupationCode, "Positioning.Occupation",
            (lines, code) => lines.AnyAsync(t => t.OccupationCode == code, cancellationToken));
        check.Between("priority", request.Priority, 1, 3, "Positioning.Priority");
    }

    protected override void Apply(Request request, TargetOccupation item)
    {
        item.OccupationCode = request.OccupationCode!;
        item.Priority = request.Priority!.Value;
    }

    public override Response ToResponse(TargetOccupation item) => new(item.Id, item.OccupationCode, item.Priority, item.Version);

    public override IEnumerable<TargetOccupation> Order(IEnumerable<TargetOccupation> items) =>
        items.OrderBy(t => t.Priority).ThenBy(t => t.CreatedAt);
}
