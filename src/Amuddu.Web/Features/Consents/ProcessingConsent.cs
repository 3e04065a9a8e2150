using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Consents;

/// <summary>
/// Without a consent to processing in force, only a minimal record (identity and contacts) may be
/// kept: every write of pathway data (documents, positioning, plan, appointments, notes, outcomes)
/// checks this first and answers 409 consent-required otherwise.
/// </summary>
public static class ProcessingConsent
{
    /// <summary>An anonymised or merged file has no consent in force, whatever it held: it takes no more pathway data.</summary>
    public static Task<bool> IsInForceAsync(AmudduDbContext db, Guid personId, DateOnly today, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.Id == personId && p.ErasedAt == null && p.MergedIntoId == null
            && db.Consents.Where(InForce(ConsentPurpose.Processing, today)).Any(c => c.PersonId == personId), cancellationToken);

    /// <summary>Consents for <paramref name="purpose"/> that are given, not withdrawn and not expired on <paramref name="today"/>.</summary>
    public static System.Linq.Expressions.Expression<Func<Consent, bool>> InForce(ConsentPurpose purpose, DateOnly today) =>
        c => c.Purpose == purpose && c.WithdrawnAt == null && c.GivenOn <= today && (c.ExpiresOn == null || c.ExpiresOn >= today);

    public static Task<bool> IsInForceAsync(AmudduDbContext db, Guid personId, TimeProvider clock, CancellationToken cancellationToken) =>
        IsInForceAsync(db, personId, SiteTime.Today(clock), cancellationToken);

    public static ProblemHttpResult Missing(IStringLocalizer text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["ProcessingConsentRequired"], type: ProblemTypes.ConsentRequired);
}
