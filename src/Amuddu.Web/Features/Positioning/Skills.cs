using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Positioning;

/// <summary>Skills of the taxonomy the person has, with how well.</summary>
public sealed class Skills : PositioningList<PositioningSkill, Skills.Request, Skills.Response>
{
    public static readonly Skills List = new();

    public sealed record Request(string? SkillCode, SkillLevel? Level, long? Version = null) : IPositioningItemRequest;

    public sealed record Response(Guid Id, string SkillCode, SkillLevel Level, long Version);

    public override string Route => "skills";

    protected override async Task ValidateAsync(Request request, ItemCheck check, CancellationToken cancellationToken)
    {
        await check.SkillAsync("skillCode", request.SkillCode, "Positioning.Skill", cancellationToken);
        await check.UniqueAsync<PositioningSkill>("skillCode", request.SkillCode, "Positioning.Skill",
            (lines, code) => lines.AnyAsync(s => s.SkillCode == code, cancellationToken));
        check.Choice("level", request.Level, "Positioning.SkillLevel");
    }

    protected override void Apply(Request request, PositioningSkill item)
    {
        item.SkillCode = request.SkillCode!;
        item.Level = request.Level!.Value;
    }

    public override Response ToResponse(PositioningSkill item) => new(item.Id, item.SkillCode, item.Level, item.Version);

    public override IEnumerable<PositioningSkill> Order(IEnumerable<PositioningSkill> items) =>
        items.OrderByDescending(s => s.Level).ThenBy(s => s.CreatedAt);
}
