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
    /// <summary>Rebuilds (or removes, for a closed file) the person's profile and saves it.</summary>
    public static Task RefreshAsync(AmudduDbContext db, Guid personId, TimeProvider clock, CancellationToken cancellationToken) =>
        RefreshAsync(db, [personId], clock, cancellationToken);

    /// <summary>Rebuilds (or removes, for closed files) the people's profiles, a slice at a time, one save per slice.</summary>
    public static async Task RefreshAsync(AmudduDbContext db, IReadOnlyCollection<Guid> people, TimeProvider clock, CancellationToken cancellationToken)
    {
        foreach (var slice in people.Distinct().Chunk(500))
        {
            var built = await BuildAsync(db, slice, cancellationToken);
            var existing = await db.MatchProfiles.Where(p => slice.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, cancellationToken);
            foreach (var personId in slice)
            {
                var profile = existing.GetValueOrDefault(personId);
                if (!built.TryGetValue(personId, out var made))
                {
                    if (profile is not null)
                    {
                        db.MatchProfiles.Remove(profile);
                    }

                    continue;
                }

                if (profile is null)
                {
                    profile = new MatchProfile { PersonId = personId };
                    db.MatchProfiles.Add(profile);
                }

                profile.OrganisationId = made.OrganisationId;
                profile.RightToWorkUntil = made.Profile.RightToWorkUntil;
                profile.Data = MatchProfileData.Write(made.Profile);
                profile.UpdatedAt = clock.GetUtcNow();
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Rebuilds the profiles of an organisation's people (or everyone's), e.g. after demo data or an import: the people
    /// with something to match on, and those who had a profile (whose file may have closed since).
    /// </summary>
    public static async Task RebuildAsync(AmudduDbContext db, Guid? organisationId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => organisationId == null || p.OrganisationId == organisationId)
            .Where(p => db.PositioningRecords.Any(r => r.PersonId == p.Id) || db.TargetOccupations.Any(t => t.PersonId == p.Id)
                || db.PositioningExperiences.Any(e => e.PersonId == p.Id && e.OccupationCode != null) || db.MatchProfiles.Any(m => m.PersonId == p.Id))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        await RefreshAsync(db, people, clock, cancellationToken);
    }

    /// <summary>
    /// The profiles from the people's files, each list read once for all of them; a closed (merged or erased) file or
    /// one never positioned has none.
    /// </summary>
    private static async Task<Dictionary<Guid, (Guid OrganisationId, CandidateProfile Profile)>> BuildAsync(
        AmudduDbContext db, Guid[] ids, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.ErasedAt == null && p.MergedIntoId == null)
            .Select(p => new { p.Id, p.OrganisationId, p.RegionCode, p.City }).ToListAsync(cancellationToken);
        var records = await db.PositioningRecords.AsNoTracking().Where(r => ids.Contains(r.PersonId))
            .Select(r => new { r.PersonId, r.EducationLevel, r.AvailableFrom }).ToDictionaryAsync(r => r.PersonId, cancellationToken);
        var targets = (await db.TargetOccupations.AsNoTracking().Where(t => ids.Contains(t.PersonId))
            .OrderBy(t => t.Priority).Select(t => new { t.PersonId, t.OccupationCode }).ToListAsync(cancellationToken)).ToLookup(t => t.PersonId);
        var past = (await db.PositioningExperiences.AsNoTracking().Where(e => ids.Contains(e.PersonId) && e.OccupationCode != null)
            .Select(e => new { e.PersonId, e.OccupationCode, e.Years }).ToListAsync(cancellationToken)).ToLookup(e => e.PersonId);
        var skills = (await db.PositioningSkills.AsNoTracking().Where(s => ids.Contains(s.PersonId))
            .Select(s => new { s.PersonId, s.SkillCode, s.Level }).ToListAsync(cancellationToken)).ToLookup(s => s.PersonId);
        var languages = (await db.PositioningLanguages.AsNoTracking().Where(l => ids.Contains(l.PersonId)).ToListAsync(cancellationToken))
            .ToLookup(l => l.PersonId);
        var diplomas = (await db.PositioningDiplomas.AsNoTracking().Where(d => ids.Contains(d.PersonId))
            .Select(d => new { d.PersonId, d.Level }).ToListAsync(cancellationToken)).ToLookup(d => d.PersonId, d => d.Level);
        var giving = LegalStatus.GivingRightToWork.ToList();
        var documents = (await db.IdentityDocuments.AsNoTracking().Where(d => ids.Contains(d.PersonId) && giving.Contains(d.TypeCode))
            .Select(d => new { d.PersonId, d.ExpiresOn }).ToListAsync(cancellationToken)).ToLookup(d => d.PersonId, d => d.ExpiresOn);

        var profiles = new Dictionary<Guid, (Guid, CandidateProfile)>();
        foreach (var person in people)
        {
            var record = records.GetValueOrDefault(person.Id);
            if (record is null && !targets[person.Id].Any() && !past[person.Id].Any())
            {
                continue;
            }

            // The interview's level, or the best diploma when it is higher (or the only one known).
            var education = record?.EducationLevel;
            if (diplomas[person.Id].Any() && (education is null || diplomas[person.Id].Max() > education))
            {
                education = diplomas[person.Id].Max();
            }

            var until = documents[person.Id].ToList();
            profiles[person.Id] = (person.OrganisationId, new CandidateProfile
            {
                Id = person.Id,
                TargetOccupations = [.. targets[person.Id].Select(t => t.OccupationCode)],
                PastOccupations = [.. past[person.Id].GroupBy(e => e.OccupationCode!).Select(g => new PastOccupation(g.Key, g.Sum(e => e.Years)))],
                Skills = [.. skills[person.Id].Select(s => new HeldSkill(s.SkillCode, (Proficiency)(int)s.Level))],
                Languages = [.. languages[person.Id].Select(l => (l.LanguageCode, Level: BestLevel(l)))
                    .Where(l => l.Level is not null).Select(l => new HeldLanguage(l.LanguageCode, (LanguageLevel)(int)l.Level!.Value))],
                Education = education is null ? null : (EducationStep)(int)education.Value,
                RegionCode = person.RegionCode,
                City = person.City,
                AvailableFrom = record?.AvailableFrom,
                RightToWorkUntil = until.Count == 0 ? null : until.Max(d => d ?? DateOnly.MaxValue),
            });
        }

        return profiles;
    }

    /// <summary>A mother tongue counts as C2; otherwise the best of understanding, speaking and writing.</summary>
    private static Positioning.CefrLevel? BestLevel(Positioning.PositioningLanguage language) =>
        language.MotherTongue ? Positioning.CefrLevel.C2 : new[] { language.Understanding, language.Speaking, language.Writing }.Max();
}
