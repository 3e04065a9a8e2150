using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Positioning;

/// <summary>
/// Key-skills tests (literacy, numeracy, digital, languages): a score out of 100, a level, or both.
/// A language test's level is a CEFR level; the other tests' level is basic, intermediate or advanced.
/// </summary>
public sealed class KeySkillsTests : PositioningList<KeySkillsTest, KeySkillsTests.Request, KeySkillsTests.Response>
{
    public static readonly KeySkillsTests List = new();

    public sealed record Request(
        KeySkillsTestKind? Kind, DateOnly? TakenOn, int? Score, string? ResultLevel, string? AssessedBy, long? Version = null)
        : IPositioningItemRequest;

    public sealed record Response(Guid Id, KeySkillsTestKind Kind, DateOnly TakenOn, int? Score, string? ResultLevel, string? AssessedBy, long Version);

    public override string Route => "tests";

    public static bool IsLanguage(KeySkillsTestKind kind) => kind switch
    {
        KeySkillsTestKind.French or KeySkillsTestKind.Arabic or KeySkillsTestKind.English => true,
        KeySkillsTestKind.Literacy or KeySkillsTestKind.Numeracy or KeySkillsTestKind.Digital or KeySkillsTestKind.Other => false,
        _ => false,
    };

    /// <summary>The levels a test of this kind can give, as stored.</summary>
    public static IReadOnlyList<string> LevelsFor(KeySkillsTestKind kind) =>
        IsLanguage(kind) ? Enum.GetNames<CefrLevel>() : Enum.GetNames<SkillLevel>();

    protected override Task ValidateAsync(Request request, ItemCheck check, CancellationToken cancellationToken)
    {
        check.Choice("kind", request.Kind, "Positioning.TestKind");
        check.PastDate("takenOn", request.TakenOn, "Positioning.TakenOn", maxYearsAgo: 20);
        check.Between("score", request.Score, 0, 100, "Positioning.Score", required: false);
        if (request.Score is null && string.IsNullOrWhiteSpace(request.ResultLevel))
        {
            check.Errors.Add("score", check.Text["Positioning.ScoreOrLevel"]);
        }
        else if (request.ResultLevel is { Length: > 0 } level && request.Kind is { } kind && Enum.IsDefined(kind)
            && !LevelsFor(kind).Contains(level.Trim(), StringComparer.Ordinal))
        {
            check.Errors.Add("resultLevel", check.Text["Positioning.ResultLevelInvalid", string.Join(", ", LevelsFor(kind))]);
        }

        check.MaxLength("assessedBy", request.AssessedBy, 200, "Positioning.AssessedBy");
        return Task.CompletedTask;
    }

    protected override void Apply(Request request, KeySkillsTest item)
    {
        item.Kind = request.Kind!.Value;
        item.TakenOn = request.TakenOn!.Value;
        item.Score = request.Score;
        item.ResultLevel = FreeText.Clean(request.ResultLevel);
        item.AssessedBy = FreeText.Clean(request.AssessedBy);
    }

    public override Response ToResponse(KeySkillsTest item) =>
        new(item.Id, item.Kind, item.TakenOn, item.Score, item.ResultLevel, item.AssessedBy, item.Version);

    public override IEnumerable<KeySkillsTest> Order(IEnumerable<KeySkillsTest> items) =>
        items.OrderByDescending(t => t.TakenOn).ThenBy(t => t.CreatedAt);
}
