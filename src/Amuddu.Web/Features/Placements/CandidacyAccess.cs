using System.Security.Cryptography;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// Who reaches which candidacies: the counsellors of the service that holds the vacancy, and the users of the vacancy's company,
/// who see only the candidates put before them (checked with and interested, or further), named only under a sharing consent in force.
/// </summary>
public static class CandidacyAccess
{
    /// <summary>The nationality that needs no work-contract authorisation (visa du contrat de travail) to be hired in Morocco.</summary>
    public const string Moroccan = "MA";

    /// <summary>What the employer sees of a vacancy's candidacies; the shortlist itself and the declined stay with the service.</summary>
    public static readonly CandidacyStatus[] SeenByEmployer =
        [CandidacyStatus.Interested, CandidacyStatus.Sent, CandidacyStatus.Interview, CandidacyStatus.Hired, CandidacyStatus.NotRetained];

    /// <summary>The statuses after the profile was sent: the employer may see the name, while the consent stays in force.</summary>
    public static bool WasSent(CandidacyStatus status) =>
        status is CandidacyStatus.Sent or CandidacyStatus.Interview or CandidacyStatus.Hired or CandidacyStatus.NotRetained;

    /// <summary>The service's vacancies, for its counsellors.</summary>
    public static IQueryable<Vacancy> ServiceVacancies(AmudduDbContext db, ICurrentStaff staff) =>
        db.Vacancies.Where(v => v.OrganisationId == staff.OrganisationId);

    /// <summary>The company's vacancies, for its own users.</summary>
    public static IQueryable<Vacancy> CompanyVacancies(AmudduDbContext db, ICurrentStaff staff) =>
        db.Vacancies.Where(v => v.CompanyId == staff.OrganisationId);

    /// <summary>The person's consents, in force today, to share their profile with this company.</summary>
    public static IQueryable<Consent> SharingConsents(AmudduDbContext db, Guid companyId, DateOnly today) =>
        db.Consents.Where(ProcessingConsent.InForce(ConsentPurpose.SharingWithPartner, today)).Where(c => c.RecipientOrganisationId == companyId);

    /// <summary>The people of <paramref name="personIds"/> who have a sharing consent with the company in force today.</summary>
    public static async Task<HashSet<Guid>> SharedWithAsync(AmudduDbContext db, Guid companyId, IReadOnlyCollection<Guid> personIds, DateOnly today,
        CancellationToken cancellationToken) =>
        [.. await SharingConsents(db, companyId, today).Where(c => personIds.Contains(c.PersonId)).Select(c => c.PersonId).Distinct().ToListAsync(cancellationToken)];

    /// <summary>What the employer calls the candidate until the profile is shared: C- and five letters or digits that say nothing.</summary>
    public static string NewAlias() => "C-" + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5);
}
