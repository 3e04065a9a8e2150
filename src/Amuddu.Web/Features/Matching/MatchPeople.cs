using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// The ranked people for a vacancy of the staff member's organisation: its own positioned people, and people of
/// partners only through an open referral to this organisation that shares the positioning, with the person's
/// consent covering it today. Each comes with the score's parts, their reasons, and the trainings that teach the
/// skills they lack. A vacancy of another organisation is "not found".
/// </summary>
public static class MatchPeople
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static async Task<Results<Ok<PeopleMatchesResponse>, ValidationProblem, NotFound>> Handle(
        Guid vacancyId, int? limit, AmudduDbContext db, ICurrentStaff staff, IMemoryCache cache, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [text["FieldBetween", "limit", 1, MaxLimit]] }, title: text["ValidationTitle"]);
        }

        var result = await LoadAsync(db, staff, cache, clock, text, vacancyId, limit ?? DefaultLimit, cancellationToken);
        return result is null ? TypedResults.NotFound() : TypedResults.Ok(result);
    }

    public static async Task<PeopleMatchesResponse?> LoadAsync(
        AmudduDbContext db, ICurrentStaff staff, IMemoryCache cache, TimeProvider clock, IStringLocalizer text, Guid vacancyId, int limit,
        CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var vacancy = await db.Vacancies.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vacancyId && v.OrganisationId == organisationId, cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var scorer = await MatchingTaxonomy.ScorerAsync(db, cache, cancellationToken);
        var referred = await ReferredPeopleAsync(db, organisationId, SiteTime.Today(clock), cancellationToken);
        var requirements = MatchingTaxonomy.Requirements(vacancy);
        var ranked = await PeopleForVacancy.RankAsync(db, scorer, organisationId, requirements, [.. referred.Keys], limit, cancellationToken);

        var ids = ranked.Select(r => r.CandidateId).ToList();
        var people = await db.People.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.ErasedAt == null && p.MergedIntoId == null)
            .Select(p => new { p.Id, p.OrganisationId, p.FileNumber, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var reasons = await MatchReasons.LoadAsync(db, text, ranked, cancellationToken);
        var trainings = await GapTrainings.ForSkillsAsync(db, [.. ranked.SelectMany(r => r.MissingSkills).Distinct()], cancellationToken);
        var results = new List<PersonMatchResponse>();
        foreach (var match in ranked)
        {
            if (!people.TryGetValue(match.CandidateId, out var person))
            {
                continue;
            }

            var own = person.OrganisationId == organisationId;
            var via = own ? default : referred.GetValueOrDefault(person.Id);
            if (!own && via.Reference is null)
            {
                // Another organisation's person without an open, consented referral here is never shown, whatever led to them.
                continue;
            }

            var name = own || via.ShowsIdentity
                ? Person.NameOf(person.FirstName, person.LastName, person.FirstNameArabic, person.LastNameArabic)
                : text["Matching.ReferredPerson", via.Reference].Value;
            results.Add(new PersonMatchResponse(person.Id, name, own ? person.FileNumber : null, !own, match.Score, reasons.Parts(match),
                GapTrainings.For(match.MissingSkills, trainings, reasons)));
        }

        return new PeopleMatchesResponse(vacancy.Id, vacancy.Reference, vacancy.Title, vacancy.StartsOn, limit, results);
    }

    /// <summary>
    /// People of partners referred to this organisation by a referral still open that shares the positioning, whose
    /// consent in force today still covers it; with the referral's reference and whether their identity is shared too.
    /// </summary>
    public static async Task<Dictionary<Guid, (string Reference, bool ShowsIdentity)>> ReferredPeopleAsync(
        AmudduDbContext db, Guid organisationId, DateOnly today, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.RecipientOrganisationId == organisationId && Referral.OpenStatuses.Contains(r.Status))
            .Select(r => new { r.PersonId, r.Reference, r.SharedData })
            .ToListAsync(cancellationToken);
        var people = new Dictionary<Guid, (string, bool)>();
        foreach (var referral in referrals.Where(r => r.SharedData.HasFlag(SharedData.PositioningAndSkills)))
        {
            if (people.ContainsKey(referral.PersonId))
            {
                continue;
            }

            var (allowed, consentId) = await ReferralConsent.AllowedAsync(db, referral.PersonId, organisationId, today, cancellationToken);
            if (consentId is not null && allowed.HasFlag(SharedData.PositioningAndSkills))
            {
                people[referral.PersonId] = (referral.Reference,
                    referral.SharedData.HasFlag(SharedData.Identity) && allowed.HasFlag(SharedData.Identity));
            }
        }

        return people;
    }
}
