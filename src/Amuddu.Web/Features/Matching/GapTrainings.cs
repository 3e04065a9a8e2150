using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// What would close a skill gap: the published vocational trainings of the catalogue whose occupation calls for the
/// missing skill (the taxonomy's occupation–skill relations). At most <see cref="PerSkill"/> per skill.
/// </summary>
public static class GapTrainings
{
    public const int PerSkill = 3;

    public static async Task<Dictionary<string, List<(Guid OfferId, string Name, string City)>>> ForSkillsAsync(
        AmudduDbContext db, IReadOnlyCollection<string> missingSkills, CancellationToken cancellationToken)
    {
        if (missingSkills.Count == 0)
        {
            return [];
        }

        var rows = await (
            from relation in db.OccupationSkills
            where missingSkills.Contains(relation.SkillCode)
            join offer in db.Offers on relation.OccupationCode equals offer.OccupationCode
            where offer.Kind == OfferKind.VocationalTraining && offer.Status == OfferStatus.Published
            select new { relation.SkillCode, offer.Id, offer.City })
            .Take(500).ToListAsync(cancellationToken);
        var offerIds = rows.Select(r => r.Id).Distinct().ToList();
        var texts = (await db.Set<OfferText>().AsNoTracking().Where(t => offerIds.Contains(t.OfferId)).ToListAsync(cancellationToken))
            .ToLookup(t => t.OfferId);
        string NameOf(Guid id) => OfferLanguages.NameIn(texts[id], CultureInfo.CurrentUICulture);
        return rows.GroupBy(r => r.SkillCode).ToDictionary(
            g => g.Key,
            g => g.DistinctBy(r => r.Id).OrderBy(r => r.Id).Take(PerSkill).Select(r => (r.Id, NameOf(r.Id), r.City)).ToList());
    }

    public static IReadOnlyList<GapTrainingResponse> For(
        IEnumerable<string> missingSkills, Dictionary<string, List<(Guid OfferId, string Name, string City)>> trainings, MatchReasons reasons) =>
        [.. missingSkills.SelectMany(skill => trainings.GetValueOrDefault(skill, [])
            .Select(t => new GapTrainingResponse(skill, reasons.SkillName(skill), t.OfferId, t.Name, t.City)))];
}
