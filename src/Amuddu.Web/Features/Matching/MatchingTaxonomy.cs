using Amuddu.Matching;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Amuddu.Web.Features.Matching;

/// <summary>The scorer with the taxonomy's ISCO groups, read once and kept five minutes (an ESCO import shows after that).</summary>
public static class MatchingTaxonomy
{
    private const string Key = "matching:scorer";

    public static async Task<MatchScorer> ScorerAsync(AmudduDbContext db, IMemoryCache cache, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key, out MatchScorer? scorer) && scorer is not null)
        {
            return scorer;
        }

        var groups = await db.Occupations.AsNoTracking().Select(o => new { o.Code, o.IscoGroup }).ToDictionaryAsync(o => o.Code, o => o.IscoGroup, cancellationToken);
        scorer = new MatchScorer(new OccupationGroups(groups));
        cache.Set(Key, scorer, TimeSpan.FromMinutes(5));
        return scorer;
    }

    public static VacancyRequirements Requirements(Vacancies.Vacancy vacancy) => new()
    {
        Id = vacancy.Id,
        OccupationCode = vacancy.OccupationCode,
        EssentialSkills = [.. vacancy.Skills.Where(s => s.Relation == Positioning.SkillRelation.Essential).Select(s => s.SkillCode)],
        OptionalSkills = [.. vacancy.Skills.Where(s => s.Relation == Positioning.SkillRelation.Optional).Select(s => s.SkillCode)],
        Languages = [.. vacancy.Languages.Select(l => new RequiredLanguage(l.LanguageCode, (LanguageLevel)(int)l.MinimumLevel))],
        MinimumEducation = vacancy.MinimumEducation is { } education ? (EducationStep)(int)education : null,
        ExperienceYears = vacancy.ExperienceYears,
        Places = [.. vacancy.Places.Select(p => new JobPlace(p.RegionCode, p.City))],
        StartsOn = vacancy.StartsOn,
    };
}
