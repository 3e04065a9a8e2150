using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// One status change of a referral, whichever it is: the caller's end must be allowed the move by
/// <see cref="Referral.CanMove"/>, against the version it read; the change goes into the history, the
/// audit trail and an e-mail to the other end.
/// </summary>
internal static class ReferralMoves
{
    /// <summary>A move <see cref="Referral.CanMove"/> does not allow from here, for this end.</summary>
    public const string TransitionRefused = "https://amuddu.org/problems/referral-transition-refused";

    public static async Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> MoveAsync(
        Guid id, long? version, ReferralStatus to, string? note, ValidationErrors errors, Action<Referral, DateTimeOffset> apply,
        AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var referral = await ReferralAccess.FindAsync(db, staff, id, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        errors.MaxLength("note", note, 2000, "ReferralLife.Note");
        if (version is null)
        {
            errors.Add("version", text["FieldRequired", text["ReferralLife.Version"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (referral.Version != version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var side = ReferralAccess.SideOf(referral, staff);
        if (!Referral.CanMove(referral.Status, to, side))
        {
            return Refused(referral.Status, to, text);
        }

        var now = clock.GetUtcNow();
        referral.Status = to;
        apply(referral, now);
        db.ReferralEvents.Add(Event(referral, staff, now, ReferralEventKind.StatusChanged, to, FreeText.Clean(note)));
        await ReferralMessages.StatusChangedAsync(db, protector, clock, text, referral, side, cancellationToken);
        db.Entry(referral).Property(r => r.Version).OriginalValue = version.Value;
        audit.Add(db, ReferralAudit.StatusChanged, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(referral.Id), to.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(await GetReferral.LoadAsync(db, staff, referral, clock, cancellationToken));
    }

    public static ProblemHttpResult Refused(ReferralStatus from, ReferralStatus to, IStringLocalizer<SharedResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: TransitionRefused,
            title: text["ReferralLife.MoveRefused", text[$"Referral.Status.{from}"], text[$"Referral.Status.{to}"]]);

    public static ReferralEvent Event(Referral referral, ICurrentStaff staff, DateTimeOffset at, ReferralEventKind kind, ReferralStatus? status, string? note) => new()
    {
        ReferralId = referral.Id,
        At = at,
        ByUserId = staff.UserId,
        ByOrganisationId = staff.OrganisationId!.Value,
        Kind = kind,
        Status = status,
        Note = note,
    };
}
