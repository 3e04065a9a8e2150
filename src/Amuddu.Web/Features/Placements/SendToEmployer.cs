using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// Sends an interested person's profile, with their name and contact, to the vacancy's company: only under a consent in force to
/// share with that company (purpose SharingWithPartner, recipient the company). Without it: 409 consent-required, and nothing changes.
/// </summary>
public static class SendToEmployer
{
    public sealed record Request(long Version);

    public static async Task<Results<Ok<CandidacyResponse>, NotFound, ProblemHttpResult>> Handle(
        Guid vacancyId, Guid candidacyId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var vacancy = await CandidacyAccess.ServiceVacancies(db, staff).AsNoTracking().SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        var candidacy = vacancy is null ? null
            : await db.Candidacies.SingleOrDefaultAsync(c => c.Id == candidacyId && c.VacancyId == vacancyId, cancellationToken);
        if (vacancy is null || candidacy is null)
        {
            return TypedResults.NotFound();
        }

        if (candidacy.Status != CandidacyStatus.Interested)
        {
            return Conflicts.Of(text[CandidacyAccess.WasSent(candidacy.Status) ? "Placements.AlreadySent" : "Placements.NotInterested"]);
        }

        if (candidacy.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var today = SiteTime.Today(clock);
        var consent = await CandidacyAccess.SharingConsents(db, vacancy.CompanyId, today).Where(c => c.PersonId == candidacy.PersonId)
            .OrderByDescending(c => c.GivenOn).FirstOrDefaultAsync(cancellationToken);
        if (consent is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["Placements.SharingConsentRequired"],
                type: ProblemTypes.ConsentRequired);
        }

        db.Entry(candidacy).Property(c => c.Version).OriginalValue = request.Version;
        candidacy.Status = CandidacyStatus.Sent;
        candidacy.ConsentId = consent.Id;
        candidacy.SentAt = clock.GetUtcNow();
        candidacy.SentBy = staff.UserId;
        audit.Add(db, PlacementsAudit.Sent, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(candidacy.PersonId),
            $"candidacy {candidacy.Id} to {vacancy.CompanyId} under consent {consent.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok((await ListCandidacies.LoadAsync(db, vacancy, clock, cancellationToken)).Single(c => c.Id == candidacyId));
    }
}
