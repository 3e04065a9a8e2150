using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>The receiving caseworker takes the referral in hand: the person may come.</summary>
public static class AcceptReferral
{
    public sealed record Request(long? Version, string? Note);

    public static Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ReferralMoves.MoveAsync(id, request.Version, ReferralStatus.Accepted, request.Note, new ValidationErrors(text), (r, now) =>
        {
            r.RecipientUserId = staff.UserId;
            r.RespondedAt = now;
            r.ReceivedAt ??= now;
        }, db, staff, audit, protector, clock, text, cancellationToken);
}
