using System.Text.Json.Serialization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>Changes a draft: its sender's alone, at the version the caller read. Once sent, a referral's terms no longer change.</summary>
public static class UpdateReferralDraft
{
    public sealed record Request(
        Guid? OfferId, string? Reason, [property: JsonPropertyName("request")] string? Ask, ReferralUrgency? Urgency, DateOnly? RespondBy, DateOnly? DueBy,
        IReadOnlyList<SharedData>? SharedData, long Version)
    {
        public ReferralFields ToFields() => new(OfferId, Reason, Ask, Urgency, RespondBy, DueBy, SharedData);
    }

    public static async Task<Results<Ok<SenderReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var (referral, refusal) = await DraftAccess.LoadAsync(db, staff, id, request.Version, clock, text, cancellationToken);
        if (referral is null)
        {
            return refusal is ProblemHttpResult problem ? problem : TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        var fields = request.ToFields();
        var (errors, recipient) = await fields.ValidateAsync(db, staff, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        fields.ApplyTo(referral, recipient!.Value, today);
        db.Entry(referral).Property(r => r.Version).OriginalValue = request.Version;
        audit.Add(db, ReferralAudit.Updated, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(SenderReferralResponse.From(referral));
    }
}
