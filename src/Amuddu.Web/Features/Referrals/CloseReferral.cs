using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// Ends a referral for good: either side while the person is accepted or followed, the sender once
/// the answer (declined, completed) is read. The receiving side's access to the shared data ends with it.
/// </summary>
public static class CloseReferral
{
    public sealed record Request(long? Version, string? Note);

    public static Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ReferralMoves.MoveAsync(id, request.Version, ReferralStatus.Closed, request.Note, new ValidationErrors(text),
            (r, now) => r.ClosedAt = now, db, staff, audit, protector, clock, text, cancellationToken);
}
