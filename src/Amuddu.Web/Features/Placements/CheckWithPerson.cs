using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Placements;

/// <summary>The counsellor records what the person said of the vacancy: interested or declined (and may record it again before sending).</summary>
public static class CheckWithPerson
{
    public sealed record Request(bool? Interested, long Version);

    public static async Task<Results<Ok<CandidacyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
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

        if (request.Interested is not { } interested)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["interested"] = [text["FieldRequired", text["Placements.PersonAnswer"]]] },
                title: text["ValidationTitle"]);
        }

        if (candidacy.Status is not (CandidacyStatus.Shortlisted or CandidacyStatus.Interested or CandidacyStatus.Declined))
        {
            return Conflicts.Of(text["Placements.AlreadySent"]);
        }

        if (candidacy.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        db.Entry(candidacy).Property(c => c.Version).OriginalValue = request.Version;
        candidacy.Status = interested ? CandidacyStatus.Interested : CandidacyStatus.Declined;
        candidacy.CheckedAt = clock.GetUtcNow();
        audit.Add(db, PlacementsAudit.Checked, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(candidacy.PersonId),
            $"candidacy {candidacy.Id}: {candidacy.Status}");
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
