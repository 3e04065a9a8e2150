using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>Takes an offer back to staff only, to rework it (or to give an archived one a new run).</summary>
public static class ReturnOfferToDraft
{
    public static Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, OfferVersion request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        OfferChanges.MoveAsync(id, request, OfferStatus.Draft, CatalogueAudit.BackToDraft, db, staff, audit, clock, text, cancellationToken);
}
