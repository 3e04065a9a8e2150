using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Positioning;

/// <summary>The occupation and skill taxonomy, read-only, for any staff member (vacancies and matching use it too).</summary>
public static class TaxonomyApi
{
    public sealed record OccupationItem(
        string Code, string Name, string NameFr, string NameAr, string NameEn, string IscoGroup, string? EscoUri, IReadOnlyList<string> AltLabels);

    public sealed record SkillItem(
        string Code, string Name, string NameFr, string NameAr, string NameEn, SkillKind Kind, string? EscoUri,
        IReadOnlyList<string> AltLabels, SkillRelation? Relation);

    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    public static RouteGroupBuilder MapTaxonomyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/taxonomy").WithTags("Taxonomy").RequireAuthorization(Policies.Staff);
        group.MapGet("/occupations", ListOccupations)
            .WithSummary("Occupations whose labels (French, Arabic or English, alternative labels too) hold every word of the query; ordered by ISCO group.");
        group.MapGet("/skills", ListSkills)
            .WithSummary("Skills matching the query; with occupation, only the skills that occupation calls for, essential first.");
        return api;
    }

    private static async Task<Results<Ok<List<OccupationItem>>, ValidationProblem>> ListOccupations(
        string? query, int? limit, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (LimitProblem(limit, text) is { } problem)
        {
            return problem;
        }

        var culture = CultureInfo.CurrentUICulture;
        var occupations = await Search(db.Occupations.AsNoTracking().Where(o => o.IsActive), query)
            .OrderBy(o => o.IscoGroup).ThenBy(o => o.Code)
            .Take(limit ?? DefaultLimit)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(occupations.Select(o => new OccupationItem(
            o.Code, o.NameIn(culture), o.NameFr, o.NameAr, o.NameEn, o.IscoGroup, o.EscoUri, AltLabelsIn(o, culture))).ToList());
    }

    private static async Task<Results<Ok<List<SkillItem>>, ValidationProblem>> ListSkills(
        string? query, string? occupation, int? limit, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (LimitProblem(limit, text) is { } problem)
        {
            return problem;
        }

        var skills = Search(db.Skills.AsNoTracking().Where(s => s.IsActive), query);
        Dictionary<string, SkillRelation>? relations = null;
        if (!string.IsNullOrWhiteSpace(occupation))
        {
            relations = await db.OccupationSkills.AsNoTracking().Where(r => r.OccupationCode == occupation)
                .ToDictionaryAsync(r => r.SkillCode, r => r.Relation, cancellationToken);
            if (relations.Count == 0 && !await db.Occupations.AnyAsync(o => o.Code == occupation, cancellationToken))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["occupation"] = [text["FieldNotAllowed", text["Positioning.Occupation"]]] },
                    title: text["ValidationTitle"]);
            }

            var codes = relations.Keys.ToList();
            skills = skills.Where(s => codes.Contains(s.Code));
        }

        var culture = CultureInfo.CurrentUICulture;
        var found = await skills.OrderBy(s => s.Code).Take(limit ?? DefaultLimit).ToListAsync(cancellationToken);
        return TypedResults.Ok(found
            .Select(s => new SkillItem(s.Code, s.NameIn(culture), s.NameFr, s.NameAr, s.NameEn, s.Kind, s.EscoUri, AltLabelsIn(s, culture),
                relations?.GetValueOrDefault(s.Code)))
            .OrderBy(s => s.Relation ?? SkillRelation.Essential).ThenBy(s => s.Name, StringComparer.Create(culture, ignoreCase: true))
            .ToList());
    }

    /// <summary>Every folded word must be somewhere in the folded labels: "soudeur", "Soudeuse", "لحام" all find the welder.</summary>
    private static IQueryable<T> Search<T>(IQueryable<T> entries, string? query) where T : class, ITaxonomyEntry
    {
        foreach (var word in TaxonomyText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            entries = entries.Where(e => EF.Property<string>(e, "SearchText").Contains(word));
        }

        return entries;
    }

    private static IReadOnlyList<string> AltLabelsIn(ITaxonomyEntry entry, CultureInfo culture) =>
        (culture.TwoLetterISOLanguageName switch { "ar" => entry.AltLabelsAr, "en" => entry.AltLabelsEn, _ => entry.AltLabelsFr })
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static ValidationProblem? LimitProblem(int? limit, IStringLocalizer text) =>
        limit is < 1 or > MaxLimit
            ? TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [text["FieldBetween", "limit", 1, MaxLimit]] }, title: text["ValidationTitle"])
            : null;
}
