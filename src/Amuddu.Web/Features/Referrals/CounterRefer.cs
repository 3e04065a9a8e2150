using System.Text.Json.Serialization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// The receiving side refers the person back to a service of the organisation that sent them ("the
/// person also needs your job-search workshop"). The person's file is the original sender's own, so the
/// counter-referral shares nothing and needs no consent: it is sent at once and lands in the original
/// sender's received box, for the counsellor who made the first referral.
/// </summary>
public static class CounterRefer
{
    /// <summary><see cref="Asked"/> is the referral's "request" (what is asked of the service).</summary>
    public sealed record Request(
        Guid? OfferId, string? Reason, [property: JsonPropertyName("request")] string? Asked, ReferralUrgency? Urgency, DateOnly? RespondBy, DateOnly? DueBy);

    /// <summary>Days to answer when the caller does not say.</summary>
    public const int DefaultDaysToRespond = 7;

    public static bool Allowed(Referral referral, ReferralSide side) =>
        side == ReferralSide.Recipient && referral.Status is ReferralStatus.Accepted or ReferralStatus.InProgress or ReferralStatus.Completed;

    public static async Task<Results<Created<ReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var parent = await ReferralAccess.FindAsync(db, staff, id, cancellationToken);
        if (parent is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        var errors = new ValidationErrors(text)
            .Required("reason", request.Reason, "ReferralLife.Reason")
            .MaxLength("reason", request.Reason, 2000, "ReferralLife.Reason")
            .MaxLength("request", request.Asked, 2000, "ReferralLife.Request");
        if (request.OfferId is not { } offerId)
        {
            errors.Add("offerId", text["FieldRequired", text["ReferralLife.Service"]]);
        }
        else if (!await db.Offers.AnyAsync(o => o.Id == offerId && o.OrganisationId == parent.SenderOrganisationId && o.Status == OfferStatus.Published, cancellationToken))
        {
            errors.Add("offerId", text["ReferralLife.CounterOfferNotAllowed"]);
        }

        var respondBy = request.RespondBy ?? today.AddDays(DefaultDaysToRespond);
        if (respondBy < today)
        {
            errors.Add("respondBy", text["ReferralLife.DateInPast", text["ReferralLife.RespondBy"]]);
        }

        if (request.DueBy is { } due && due < respondBy)
        {
            errors.Add("dueBy", text["ReferralLife.DueBeforeRespond"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (!Allowed(parent, ReferralAccess.SideOf(parent, staff)))
        {
            return Conflicts.Of(text["ReferralLife.CounterReferralRefused", text[$"Referral.Status.{parent.Status}"]]);
        }

        var now = clock.GetUtcNow();
        var newId = Guid.CreateVersion7();
        var referral = new Referral
        {
            Id = newId,
            Reference = ReferralAccess.NewReference(newId),
            PersonId = parent.PersonId,
            SenderOrganisationId = staff.OrganisationId!.Value,
            SenderSiteId = staff.SiteId,
            SenderUserId = staff.UserId!.Value,
            OfferId = request.OfferId!.Value,
            RecipientOrganisationId = parent.SenderOrganisationId,
            RecipientUserId = parent.SenderUserId,
            ParentReferralId = parent.Id,
            Status = ReferralStatus.Sent,
            Urgency = request.Urgency ?? ReferralUrgency.Routine,
            Reason = request.Reason!.Trim(),
            Request = FreeText.Clean(request.Asked),
            RespondBy = respondBy,
            DueBy = request.DueBy,
            SharedData = SharedData.None,
            SentAt = now,
        };
        db.Referrals.Add(referral);
        db.ReferralEvents.Add(ReferralMoves.Event(referral, staff, now, ReferralEventKind.StatusChanged, ReferralStatus.Sent, null));
        await ReferralMessages.StatusChangedAsync(db, protector, clock, text, referral, ReferralSide.Sender, cancellationToken);
        audit.Add(db, ReferralAudit.Created, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(referral.Id),
            $"counter-referral of {parent.Id}");
        audit.Add(db, ReferralAudit.StatusChanged, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(referral.Id), nameof(ReferralStatus.Sent));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/referrals/{referral.Id}", await GetReferral.LoadAsync(db, staff, referral, clock, cancellationToken));
    }
}
