using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>The sender takes a referral back, before the receiving side is done with it; final.</summary>
public static class WithdrawReferral
{
    public sealed record Request(long? Version, string? Note);

    public static Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ReferralMoves.MoveAsync(id, request.Version, ReferralStatus.Withdrawn, request.Note, new ValidationErrors(text),
            (r, now) => r.ClosedAt = now, db, staff, audit, protector, clock, text, cancellationToken);
}
