using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// After a hire: the open hiring-incentive programmes the person and the company qualify for, by the programmes' own eligibility
/// rules (<see cref="Eligibility"/>) run on the hire's facts. The company's registration date is not known before the employer
/// applies, so a rule on it is left to the application's own check rather than counted against the offer.
/// </summary>
public static class HiringIncentives
{
    public static async Task<IReadOnlyList<IncentiveOffer>> OffersAsync(AmudduDbContext db, Candidacy candidacy, Vacancies.Vacancy vacancy,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (candidacy.OutcomeId is not { } outcomeId)
        {
            return [];
        }

        var today = SiteTime.Today(clock);
        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => p.Kind == ProgrammeKind.HiringIncentive && p.Status == ProgrammeStatus.Open && p.StartsOn <= today && p.EndsOn >= today)
            .OrderBy(p => p.Code).ToListAsync(cancellationToken);
        if (programmes.Count == 0)
        {
            return [];
        }

        var outcome = await db.Outcomes.AsNoTracking().SingleAsync(o => o.Id == outcomeId, cancellationToken);
        var person = await db.People.AsNoTracking().Where(p => p.Id == candidacy.PersonId)
            .Select(p => new { p.CreatedAt, p.DateOfBirth, p.BirthYear, p.RegionCode }).SingleAsync(cancellationToken);
        var documents = await db.IdentityDocuments.AsNoTracking().Where(d => d.PersonId == candidacy.PersonId).ToListAsync(cancellationToken);
        var level = await db.PositioningRecords.AsNoTracking().Where(r => r.PersonId == candidacy.PersonId)
            .Select(r => (Positioning.EducationLevel?)r.EducationLevel).FirstOrDefaultAsync(cancellationToken);
        var offers = new List<IncentiveOffer>();
        foreach (var programme in programmes)
        {
            var funded = db.Applications.Where(a => a.ProgrammeId == programme.Id && Eligibility.FundedStatuses.Contains(a.Status));
            var facts = new EligibilityFacts(documents, outcome.StartsOn, DateOnly.FromDateTime(SiteTime.ToLocal(person.CreatedAt)), today,
                person.DateOfBirth, person.BirthYear, person.RegionCode, level,
                await funded.CountAsync(a => a.PersonId == candidacy.PersonId, cancellationToken), vacancy.CompanyId,
                await funded.CountAsync(a => a.EmployerOrganisationId == vacancy.CompanyId, cancellationToken), null, outcome.ContractType);
            var fits = Eligibility.Evaluate(programme.Rules.Where(r => r.Kind != EligibilityRuleKind.CompanyCreatedAfter), facts).All(c => c.Passed);
            if (fits)
            {
                offers.Add(new IncentiveOffer(programme.Id, programme.Code, programme.Name, $"/employer/applications/new?programme={programme.Id}"));
            }
        }

        return offers;
    }
}
