using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>The receiving side is done, and says how it went: the outcome comes back to the sender's file.</summary>
public static class CompleteReferral
{
    public sealed record Request(long? Version, ReferralOutcome? Outcome, string? Note);

    public static Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        if (request.Outcome is null)
        {
            errors.Add("outcome", text["FieldRequired", text["Referral.Outcome"]]);
        }
        else if (request.Outcome == ReferralOutcome.Other)
        {
            errors.Required("note", request.Note, "ReferralLife.Note");
        }

        return ReferralMoves.MoveAsync(id, request.Version, ReferralStatus.Completed, request.Note, errors, (r, now) =>
        {
            r.Outcome = request.Outcome;
            r.ResponseNote = FreeText.Clean(request.Note);
            r.CompletedAt = now;
        }, db, staff, audit, protector, clock, text, cancellationToken);
    }
}
