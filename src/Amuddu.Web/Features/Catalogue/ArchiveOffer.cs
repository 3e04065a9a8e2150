using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>Takes an offer that is no longer given off the public catalogue, keeping it for the record.</summary>
public static class ArchiveOffer
{
    public static Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, OfferVersion request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        OfferChanges.MoveAsync(id, request, OfferStatus.Archived, CatalogueAudit.Archived, db, staff, audit, clock, text, cancellationToken);
}
