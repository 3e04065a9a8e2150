using Amuddu.Matching;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// Keeps <see cref="MatchProfile"/> in step with what it is made from. Called after the save of every use case that
/// changes it: the positioning lists (add, change, remove), the interview, a document added, the person's region or
/// city, a merge (both files) and its undoing, an erasure (through <see cref="MatchingPersonalData"/>).
/// </summary>
public static class MatchProfiles
{
    /// <summary>The documents that give the right to work, as in <see cref="LegalStatus"/> (right to work: yes).</summary>
    public static readonly string[] RightToWorkDocuments = ["REFUGEE_CARD", "RESIDENCE_CARD"];

    /// <summary>Rebuilds (or removes, for a closed file) the person's profile and saves it.</summary>
    public static async Task RefreshAsync(AmudduDbContext db, Guid personId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var built = await BuildAsync(db, personId, cancellationToken);
        var existing = await db.MatchProfiles.SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (built is null)
        {
            if (existing is not null)
            {
                db.MatchProfiles.Remove(existing);
            }
        }
        else
        {
            if (existing is null)
            {
                existing = new MatchProfile { PersonId = personId };
                db.MatchProfiles.Add(existing);
            }

            existing.OrganisationId = built.Value.OrganisationId;
            existing.RightToWorkUntil = built.Value.Profile.RightToWorkUntil;
            existing.Data = MatchProfileData.Write(built.Value.Profile);
            existing.UpdatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Rebuilds the profiles of an organisation's people (or everyone's), e.g. after demo data or an import.</summary>
    public static async Task RebuildAsync(AmudduDbContext db, Guid? organisationId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => organisationId == null || p.OrganisationId == organisationId)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var id in people)
        {
            await RefreshAsync(db, id, clock, cancellationToken);
        }
    }

    /// <summary>The profile from the person's file; null for a closed (merged or erased) file or one never positioned.</summary>
    public static async Task<(Guid OrganisationId, CandidateProfile Profile)?> BuildAsync(
        AmudduDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.OrganisationId, p.RegionCode, p.City, p.ErasedAt, p.MergedIntoId }).SingleOrDefaultAsync(cancellationToken);
        if (person is null || person.ErasedAt is not null || person.MergedIntoId is not null)
        {
            return null;
        }

        var record = await db.PositioningRecords.AsNoTracking().Where(r => r.PersonId == personId)
            .Select(r => new { r.EducationLevel, r.AvailableFrom }).SingleOrDefaultAsync(cancellationToken);
        var targets = await db.TargetOccupations.AsNoTracking().Where(t => t.PersonId == personId)
            .OrderBy(t => t.Priority).Select(t => t.OccupationCode).ToListAsync(cancellationToken);
        var past = await db.PositioningExperiences.AsNoTracking().Where(e => e.PersonId == personId && e.OccupationCode != null)
            .Select(e => new { e.OccupationCode, e.Years }).ToListAsync(cancellationToken);
        if (record is null && targets.Count == 0 && past.Count == 0)
        {
            return null;
        }

        var skills = await db.PositioningSkills.AsNoTracking().Where(s => s.PersonId == personId)
            .Select(s => new { s.SkillCode, s.Level }).ToListAsync(cancellationToken);
        var languages = await db.PositioningLanguages.AsNoTracking().Where(l => l.PersonId == personId).ToListAsync(cancellationToken);
        var diplomas = await db.PositioningDiplomas.AsNoTracking().Where(d => d.PersonId == personId)
            .Select(d => d.Level).ToListAsync(cancellationToken);
        var documents = await db.IdentityDocuments.AsNoTracking()
            .Where(d => d.PersonId == personId && RightToWorkDocuments.Contains(d.TypeCode))
            .Select(d => d.ExpiresOn).ToListAsync(cancellationToken);

        // The interview's level, or the best diploma when it is higher (or the only one known).
        var education = record?.EducationLevel;
        if (diplomas.Count > 0 && (education is null || diplomas.Max() > education))
        {
            education = diplomas.Max();
        }

        var profile = new CandidateProfile
        {
            Id = personId,
            TargetOccupations = [.. targets],
            PastOccupations = [.. past.GroupBy(e => e.OccupationCode!).Select(g => new PastOccupation(g.Key, g.Sum(e => e.Years)))],
            Skills = [.. skills.Select(s => new HeldSkill(s.SkillCode, (Proficiency)(int)s.Level))],
            Languages = [.. languages.Select(l => (l.LanguageCode, Level: BestLevel(l)))
                .Where(l => l.Level is not null).Select(l => new HeldLanguage(l.LanguageCode, (LanguageLevel)(int)l.Level!.Value))],
            Education = education is null ? null : (EducationStep)(int)education.Value,
            RegionCode = person.RegionCode,
            City = person.City,
            AvailableFrom = record?.AvailableFrom,
            RightToWorkUntil = documents.Count == 0 ? null : documents.Max(d => d ?? DateOnly.MaxValue),
        };
        return (person.OrganisationId, profile);
    }

    /// <summary>A mother tongue counts as C2; otherwise the best of understanding, speaking and writing.</summary>
    private static Positioning.CefrLevel? BestLevel(Positioning.PositioningLanguage language) =>
        language.MotherTongue ? Positioning.CefrLevel.C2 : new[] { language.Understanding, language.Speaking, language.Writing }.Max();
}
