using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>Records that someone checked today that the offer, as read (its version), is still true.</summary>
public static class VerifyOffer
{
    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, OfferVersion request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var (offer, refusal) = await OfferChanges.LoadAsync(db, staff, id, request.Version, text, cancellationToken);
        switch (refusal)
        {
            case NotFound notFound:
                return notFound;
            case ProblemHttpResult problem:
                return problem;
        }

        var today = SiteTime.Today(clock);
        offer!.LastVerifiedOn = today;
        offer.LastVerifiedBy = staff.UserId;
        return await OfferChanges.SaveAsync(db, offer, request.Version, CatalogueAudit.Verified, staff, audit, today, text, cancellationToken);
    }
}
