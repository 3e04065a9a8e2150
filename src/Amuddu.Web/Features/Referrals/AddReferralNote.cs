using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// A note from either end into the referral's history, while it is not over: the receiving caseworker's
/// feedback, the sender's answer. Notes do not change the referral, so they take no version.
/// </summary>
public static class AddReferralNote
{
    public sealed record Request(string? Text);

    public static async Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var referral = await ReferralAccess.FindAsync(db, staff, id, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("text", request.Text, "ReferralLife.Note")
            .MaxLength("text", request.Text, 2000, "ReferralLife.Note");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (referral.IsFinal)
        {
            return Conflicts.Of(text["ReferralLife.NoteOnFinal", text[$"Referral.Status.{referral.Status}"]]);
        }

        db.ReferralEvents.Add(ReferralMoves.Event(referral, staff, clock.GetUtcNow(), ReferralEventKind.Note, null, FreeText.Clean(request.Text)));
        audit.Add(db, ReferralAudit.NoteAdded, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(referral.Id));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await GetReferral.LoadAsync(db, staff, referral, clock, cancellationToken));
    }
}
