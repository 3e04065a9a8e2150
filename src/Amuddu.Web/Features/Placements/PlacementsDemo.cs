using Amuddu.Web.Data;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// Demo shortlists: on the agency's first open vacancy of the demo employer, seamstresses of the demo registry at each step before
/// the employer's final answer (shortlisted, interested, declined, sent under a consent to share with the company, called to an
/// interview). Runs after the vacancies' demo; without any vacancy (the employers' demo not seeded) it opens one of its own.
/// </summary>
public static class PlacementsDemo
{
    private static readonly CandidacyStatus[] Steps =
        [CandidacyStatus.Shortlisted, CandidacyStatus.Interested, CandidacyStatus.Declined, CandidacyStatus.Sent, CandidacyStatus.Interview];

    public static async Task SeedAsync(AmudduDbContext db, IReadOnlyList<(Person Person, DemoStage Stage)> people, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var candidates = people.Where(p => p.Stage is DemoStage.Positioned or DemoStage.InActionPlan or DemoStage.FollowedUp).Select(p => p.Person).ToList();
        var company = await db.Organisations.Where(o => o.Name == DemoOrganisations.Employer && o.Kind == OrganisationKind.Employer)
            .Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);
        if (candidates.Count < Steps.Length || company is not { } companyId)
        {
            return;
        }

        var agency = candidates[0].OrganisationId;
        var today = SiteTime.Today(clock);
        var now = clock.GetUtcNow();
        var vacancy = await db.Vacancies.Where(v => v.OrganisationId == agency && v.CompanyId == companyId && v.Status == VacancyStatus.Open)
            .OrderBy(v => v.Reference).FirstOrDefaultAsync(cancellationToken);
        if (vacancy is null)
        {
            if (await db.Vacancies.AnyAsync(cancellationToken) || !await db.Occupations.AnyAsync(o => o.Code == "OCC-SEWING-OPERATOR", cancellationToken))
            {
                return;
            }

            var id = Guid.CreateVersion7();
            vacancy = new Vacancy
            {
                Id = id, Reference = Vacancy.NewReference(id), OrganisationId = agency, CompanyId = companyId, Status = VacancyStatus.Open,
                Title = "Opératrice / opérateur de confection", OccupationCode = "OCC-SEWING-OPERATOR", Contract = VacancyContract.Permanent,
                HoursPerWeek = 44, Posts = 3, StartsOn = today.AddDays(21), ClosesOn = today.AddDays(14), ValidatedAt = now,
                Places = [new VacancyPlace { RegionCode = "MA-06", City = "Casablanca" }],
            };
            db.Vacancies.Add(vacancy);
        }

        // The seamstresses first: they are the ones a counsellor would shortlist for this vacancy.
        var sewing = await db.TargetOccupations.Where(t => t.OccupationCode == vacancy.OccupationCode).Select(t => t.PersonId).ToListAsync(cancellationToken);
        var chosen = candidates.OrderByDescending(p => sewing.Contains(p.Id)).ThenBy(p => p.FileNumber, StringComparer.Ordinal).Take(Steps.Length).ToList();
        var counsellor = chosen[0].CounsellorId;
        foreach (var (person, step) in chosen.Zip(Steps))
        {
            var candidacy = new Candidacy
            {
                VacancyId = vacancy.Id, PersonId = person.Id, OrganisationId = agency, Alias = CandidacyAccess.NewAlias(), Status = step,
                ShortlistedBy = counsellor, ShortlistedAt = now.AddDays(-6), CheckedAt = step == CandidacyStatus.Shortlisted ? null : now.AddDays(-4),
            };
            if (CandidacyAccess.WasSent(step))
            {
                var consent = new Consent
                {
                    PersonId = person.Id, OrganisationId = agency, Purpose = ConsentPurpose.SharingWithPartner, RecipientOrganisationId = companyId,
                    SharedData = SharedData.Identity, Method = ConsentMethod.SignedForm, GivenOn = today.AddDays(-3), RecordedBy = counsellor, RecordedAt = now.AddDays(-3),
                };
                db.Consents.Add(consent);
                candidacy.ConsentId = consent.Id;
                candidacy.SentAt = now.AddDays(-3);
                candidacy.SentBy = counsellor;
            }

            if (step == CandidacyStatus.Interview)
            {
                candidacy.InterviewOn = today.AddDays(2);
                candidacy.AnsweredAt = now.AddDays(-1);
            }

            db.Candidacies.Add(candidacy);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
