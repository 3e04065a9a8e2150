using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>The receiving side says no, with a reason the sender can act on; a note is needed when the reason is "other".</summary>
public static class DeclineReferral
{
    public sealed record Request(long? Version, DeclineReason? Reason, string? Note);

    public static Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        if (request.Reason is null)
        {
            errors.Add("reason", text["FieldRequired", text["Referral.DeclineReason"]]);
        }
        else if (request.Reason == DeclineReason.Other)
        {
            errors.Required("note", request.Note, "ReferralLife.Note");
        }

        return ReferralMoves.MoveAsync(id, request.Version, ReferralStatus.Declined, request.Note, errors, (r, now) =>
        {
            r.DeclineReason = request.Reason;
            r.ResponseNote = FreeText.Clean(request.Note);
            r.RecipientUserId ??= staff.UserId;
            r.RespondedAt = now;
            r.ReceivedAt ??= now;
        }, db, staff, audit, protector, clock, text, cancellationToken);
    }
}
