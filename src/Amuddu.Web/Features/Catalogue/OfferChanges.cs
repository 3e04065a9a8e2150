using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>The version of the offer the caller read, sent with a publish, archive, back-to-draft or verify.</summary>
public sealed record OfferVersion(long Version);

/// <summary>Saving a change to an existing offer: against the version the caller read, then audited.</summary>
internal static class OfferChanges
{
    /// <summary>Moves an offer to another status; moving it to the status it already has is a conflict, not a silent success.</summary>
    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> MoveAsync(
        Guid id, OfferVersion request, OfferStatus target, string action, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var (offer, refusal) = await LoadAsync(db, staff, id, request.Version, text, cancellationToken);
        switch (refusal)
        {
            case NotFound notFound:
                return notFound;
            case ProblemHttpResult problem:
                return problem;
        }

        if (offer!.Status == target)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict,
                title: text["Catalogue.AlreadyInStatus", text[$"Catalogue.Status.{target}"]]);
        }

        if (target == OfferStatus.Published)
        {
            var missing = PublishOffer.MissingForPublishing(offer, text);
            if (!missing.IsValid)
            {
                return TypedResults.ValidationProblem(missing.ToDictionary(), title: text["Catalogue.NotReadyToPublish"]);
            }

            offer.PublishedAt = clock.GetUtcNow();
        }

        offer.Status = target;
        var today = SiteTime.Today(clock);
        return await SaveAsync(db, offer, request.Version, action, staff, audit, today, text, cancellationToken);
    }

    /// <summary>The offer of the caller's organisation, when the caller read its current version; else the answer to give.</summary>
    public static async Task<(Offer? Offer, IResult? Refusal)> LoadAsync(
        AmudduDbContext db, ICurrentStaff staff, Guid id, long version, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var offer = await GetOffer.FindAsync(db, staff, id, cancellationToken);
        if (offer is null)
        {
            return (null, TypedResults.NotFound());
        }

        return offer.Version == version ? (offer, null) : (null, Conflicts.Of(text["EditedByOther"]));
    }

    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> SaveAsync(
        AmudduDbContext db, Offer offer, long version, string action, ICurrentStaff staff, AuditLog audit, DateOnly today,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        // A change to the texts alone is still a change of the offer: it takes a new version, and the
        // version the caller read is the one the row must still have when it is written.
        db.ChangeTracker.DetectChanges();
        var entry = db.Entry(offer);
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }

        entry.Property(o => o.Version).OriginalValue = version;
        audit.Add(db, action, staff.UserId, staff.OrganisationId, CatalogueAudit.Subject(offer.Id), offer.Status.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(OfferResponse.From(offer, today));
    }
}
