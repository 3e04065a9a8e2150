using Amuddu.Web.Features.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Positioning;

/// <summary>
/// Languages with a CEFR level for understanding, speaking and writing each, because a person may
/// speak a language well and not write it at all; a mother tongue needs no level.
/// </summary>
public sealed class Languages : PositioningList<PositioningLanguage, Languages.Request, Languages.Response>
{
    public static readonly Languages List = new();

    public sealed record Request(
        string? LanguageCode, bool? MotherTongue, CefrLevel? Understanding, CefrLevel? Speaking, CefrLevel? Writing,
        LanguageAssessment? Assessment, long? Version = null) : IPositioningItemRequest;

    public sealed record Response(
        Guid Id, string LanguageCode, bool MotherTongue, CefrLevel? Understanding, CefrLevel? Speaking, CefrLevel? Writing,
        LanguageAssessment Assessment, long Version);

    public override string Route => "languages";

    protected override async Task ValidateAsync(Request request, ItemCheck check, CancellationToken cancellationToken)
    {
        await check.ReferenceAsync("languageCode", request.LanguageCode, ReferenceKind.Language, "Positioning.Language", cancellationToken);
        await check.UniqueAsync<PositioningLanguage>("languageCode", request.LanguageCode, "Positioning.Language",
            (lines, code) => lines.AnyAsync(l => l.LanguageCode == code, cancellationToken));
        check.Choice("understanding", request.Understanding, "Positioning.Understanding", required: false);
        check.Choice("speaking", request.Speaking, "Positioning.Speaking", required: false);
        check.Choice("writing", request.Writing, "Positioning.Writing", required: false);
        if (request.MotherTongue != true && request.Understanding is null && request.Speaking is null && request.Writing is null)
        {
            check.Errors.Add("understanding", check.Text["Positioning.LanguageLevelNeeded"]);
        }

        check.Choice("assessment", request.Assessment, "Positioning.Assessment");
    }

    protected override void Apply(Request request, PositioningLanguage item)
    {
        item.LanguageCode = request.LanguageCode!;
        item.MotherTongue = request.MotherTongue == true;
        item.Understanding = request.Understanding;
        item.Speaking = request.Speaking;
        item.Writing = request.Writing;
        item.Assessment = request.Assessment!.Value;
    }

    public override Response ToResponse(PositioningLanguage item) =>
        new(item.Id, item.LanguageCode, item.MotherTongue, item.Understanding, item.Speaking, item.Writing, item.Assessment, item.Version);

    public override IEnumerable<PositioningLanguage> Order(IEnumerable<PositioningLanguage> items) =>
        items.OrderByDescending(l => l.MotherTongue).ThenByDescending(l => l.Speaking).ThenBy(l => l.CreatedAt);
}
