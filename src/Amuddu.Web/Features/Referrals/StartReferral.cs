using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>The person is taken in: enrolled in the training, followed by the service.</summary>
public static class StartReferral
{
    public sealed record Request(long? Version, string? Note);

    public static Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ReferralMoves.MoveAsync(id, request.Version, ReferralStatus.InProgress, request.Note, new ValidationErrors(text), (r, now) =>
        {
            r.StartedAt = now;
            r.RecipientUserId ??= staff.UserId;
        }, db, staff, audit, protector, clock, text, cancellationToken);
}
