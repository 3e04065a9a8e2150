using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Positioning;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Placements;

public sealed record ProfileLanguage(string LanguageCode, string Language, bool MotherTongue, CefrLevel? Understanding, CefrLevel? Speaking, CefrLevel? Writing);

public sealed record ProfileExperience(string Title, int Years);

public sealed record ProfileDiploma(string Title, EducationLevel Level, string? Field, int? Year);

/// <summary>
/// The anonymous profile an employer reads: skills, languages with their levels, experience and education. Nothing that names or
/// reaches the person (name, contact, photo), nor their nationality, date of birth or the countries of their diplomas and jobs.
/// </summary>
public sealed record CandidateProfile(IReadOnlyList<string> Skills, IReadOnlyList<ProfileLanguage> Languages, IReadOnlyList<ProfileExperience> Experience,
    EducationLevel? Education, IReadOnlyList<ProfileDiploma> Diplomas)
{
    public static readonly CandidateProfile Empty = new([], [], [], null, []);

    /// <summary>The profiles of several people at once, names in the reader's language.</summary>
    public static async Task<Dictionary<Guid, CandidateProfile>> LoadAsync(AmudduDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var skills = await db.PositioningSkills.AsNoTracking().Where(s => personIds.Contains(s.PersonId))
            .Join(db.Skills, s => s.SkillCode, k => k.Code, (s, k) => new { s.PersonId, Skill = k }).ToListAsync(cancellationToken);
        var languages = await db.PositioningLanguages.AsNoTracking().Where(l => personIds.Contains(l.PersonId)).ToListAsync(cancellationToken);
        var languageNames = await db.ReferenceItems.AsNoTracking().Where(r => r.Kind == ReferenceData.ReferenceKind.Language)
            .ToDictionaryAsync(r => r.Code, cancellationToken);
        var experiences = await db.PositioningExperiences.AsNoTracking().Where(e => personIds.Contains(e.PersonId)).ToListAsync(cancellationToken);
        var occupationCodes = experiences.Select(e => e.OccupationCode).OfType<string>().Distinct().ToList();
        var occupations = await db.Occupations.AsNoTracking().Where(o => occupationCodes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, cancellationToken);
        var diplomas = await db.PositioningDiplomas.AsNoTracking().Where(d => personIds.Contains(d.PersonId)).ToListAsync(cancellationToken);
        var records = await db.PositioningRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .Select(r => new { r.PersonId, r.EducationLevel }).ToListAsync(cancellationToken);

        return personIds.Distinct().ToDictionary(id => id, id => new CandidateProfile(
            [.. skills.Where(s => s.PersonId == id).Select(s => s.Skill.NameIn(culture)).Order(StringComparer.Create(culture, ignoreCase: true))],
            [.. languages.Where(l => l.PersonId == id).OrderByDescending(l => l.MotherTongue).ThenBy(l => l.LanguageCode, StringComparer.Ordinal)
                .Select(l => new ProfileLanguage(l.LanguageCode, languageNames.TryGetValue(l.LanguageCode, out var item) ? item.NameIn(culture) : l.LanguageCode,
                    l.MotherTongue, l.Understanding, l.Speaking, l.Writing))],
            [.. experiences.Where(e => e.PersonId == id).OrderByDescending(e => e.Years)
                .Select(e => new ProfileExperience(
                    e.OccupationCode is { } code && occupations.TryGetValue(code, out var occupation) ? occupation.NameIn(culture) : e.Title ?? "", e.Years))],
            records.Where(r => r.PersonId == id).Select(r => (EducationLevel?)r.EducationLevel).FirstOrDefault(),
            [.. diplomas.Where(d => d.PersonId == id).OrderByDescending(d => d.Level).Select(d => new ProfileDiploma(d.Title, d.Level, d.Field, d.Year))]));
    }
}
