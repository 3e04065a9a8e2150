using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// The candidates of one of the company's vacancies, as its users read them: anonymous profiles, the name and contact of those
/// whose profile was sent while the person's consent to share with this company stays in force. Another company's vacancy is 404.
/// </summary>
public static class ListEmployerCandidates
{
    public static async Task<Results<Ok<List<EmployerCandidateResponse>>, NotFound>> Handle(
        Guid vacancyId, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        var vacancy = await CandidacyAccess.CompanyVacancies(db, staff).AsNoTracking().SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        return vacancy is null ? TypedResults.NotFound() : TypedResults.Ok(await LoadAsync(db, vacancy, clock, cancellationToken));
    }

    public static async Task<List<EmployerCandidateResponse>> LoadAsync(AmudduDbContext db, Vacancies.Vacancy vacancy, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var candidacies = await db.Candidacies.AsNoTracking()
            .Where(c => c.VacancyId == vacancy.Id && CandidacyAccess.SeenByEmployer.Contains(c.Status))
            .OrderBy(c => c.ShortlistedAt).ToListAsync(cancellationToken);
        var personIds = candidacies.Select(c => c.PersonId).ToList();
        var shared = await CandidacyAccess.SharedWithAsync(db, vacancy.CompanyId, personIds, today, cancellationToken);
        var named = candidacies.Where(c => CandidacyAccess.WasSent(c.Status) && shared.Contains(c.PersonId)).Select(c => c.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => named.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var profiles = await CandidateProfile.LoadAsync(db, personIds, cancellationToken);
        var result = new List<EmployerCandidateResponse>();
        foreach (var c in candidacies)
        {
            var person = people.GetValueOrDefault(c.PersonId);
            var identity = person is null ? null
                : new SharedIdentity(person.DisplayName, person.Phone, person.Email, c.Status == CandidacyStatus.Hired ? person.FileNumber : null);
            var incentives = c.Status == CandidacyStatus.Hired ? await HiringIncentives.OffersAsync(db, c, vacancy, clock, cancellationToken) : [];
            result.Add(new EmployerCandidateResponse(c.Id, c.Alias, c.Status, profiles.GetValueOrDefault(c.PersonId) ?? CandidateProfile.Empty, identity,
                person is not null && person.NationalityCode != CandidacyAccess.Moroccan, c.InterviewOn, c.NotRetainedReason, c.EmployerNote, incentives,
                c.Version));
        }

        return result;
    }
}
