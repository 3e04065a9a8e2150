using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Directory;

/// <summary>
/// The offer's own organisation gives its live capacity: seats still free and weeks of waiting
/// (either left empty when not known). Another organisation's offer is answered as missing.
/// </summary>
public static class UpdateCapacity
{
    public const int MaxSeatsLeft = 10_000;
    public const int MaxWaitingWeeks = 104;

    public sealed record Request(int? SeatsLeft, int? WaitingWeeks, long Version);

    public sealed record Response(Guid OfferId, Capacity Capacity, long Version);

    public static async Task<Results<Ok<Response>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid offerId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var offer = await GetOffer.FindAsync(db, staff, offerId, cancellationToken);
        if (offer is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text);
        if (request.SeatsLeft is < 0 or > MaxSeatsLeft)
        {
            errors.Add("seatsLeft", text["FieldBetween", text["Directory.SeatsLeft"], 0, MaxSeatsLeft]);
        }

        if (request.WaitingWeeks is < 0 or > MaxWaitingWeeks)
        {
            errors.Add("waitingWeeks", text["FieldBetween", text["Directory.WaitingWeeks"], 0, MaxWaitingWeeks]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (offer.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        offer.SeatsLeft = request.SeatsLeft;
        offer.WaitingWeeks = request.WaitingWeeks;
        offer.CapacityUpdatedAt = clock.GetUtcNow();
        db.Entry(offer).Property(o => o.Version).OriginalValue = request.Version;
        audit.Add(db, DirectoryAudit.CapacityUpdated, staff.UserId, staff.OrganisationId, CatalogueAudit.Subject(offer.Id), null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(new Response(offer.Id, new Capacity(offer.SeatsLeft, offer.WaitingWeeks, offer.CapacityUpdatedAt), offer.Version));
    }
}
