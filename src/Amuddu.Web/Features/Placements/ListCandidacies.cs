using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Placements;

/// <summary>A vacancy's candidacies for the counsellors of its service, with the employer's answers and, after a hire, the incentives on offer.</summary>
public static class ListCandidacies
{
    public static async Task<Results<Ok<List<CandidacyResponse>>, NotFound>> Handle(
        Guid vacancyId, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        var vacancy = await CandidacyAccess.ServiceVacancies(db, staff).AsNoTracking().SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        return vacancy is null ? TypedResults.NotFound() : TypedResults.Ok(await LoadAsync(db, vacancy, clock, cancellationToken));
    }

    public static async Task<List<CandidacyResponse>> LoadAsync(AmudduDbContext db, Vacancies.Vacancy vacancy, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var rows = await db.Candidacies.AsNoTracking().Where(c => c.VacancyId == vacancy.Id)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { Candidacy = c, p.FileNumber, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic, p.NationalityCode })
            .OrderBy(r => r.Candidacy.ShortlistedAt).ToListAsync(cancellationToken);
        var people = rows.Select(r => r.Candidacy.PersonId).ToList();
        var shared = await CandidacyAccess.SharedWithAsync(db, vacancy.CompanyId, people, today, cancellationToken);
        var result = new List<CandidacyResponse>();
        foreach (var r in rows)
        {
            var c = r.Candidacy;
            var incentives = c.Status == CandidacyStatus.Hired ? await HiringIncentives.OffersAsync(db, c, vacancy, clock, cancellationToken) : [];
            result.Add(new CandidacyResponse(c.Id, c.VacancyId, c.PersonId, r.FileNumber, Person.NameOf(r.FirstName, r.LastName, r.FirstNameArabic, r.LastNameArabic),
                c.Alias, c.Status, c.Score, c.ShortlistedAt, c.CheckedAt, c.SentAt, shared.Contains(c.PersonId),
                r.NationalityCode != CandidacyAccess.Moroccan, c.InterviewOn, c.NotRetainedReason, c.EmployerNote, c.OutcomeId, incentives, c.Version));
        }

        return result;
    }
}
