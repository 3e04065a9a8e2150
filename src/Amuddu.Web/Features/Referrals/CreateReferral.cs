using System.Text.Json.Serialization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// Refers a person of the staff member's organisation to a published service of another one: a
/// draft, or sent at once (<c>send: true</c>) through the same consent check as sending a draft.
/// Refused, nothing is kept, so the counsellor can save it as a draft instead.
/// </summary>
public static class CreateReferral
{
    public sealed record Request(
        Guid PersonId, Guid? OfferId, string? Reason, [property: JsonPropertyName("request")] string? Ask, ReferralUrgency? Urgency, DateOnly? RespondBy, DateOnly? DueBy,
        IReadOnlyList<SharedData>? SharedData, bool Send = false, bool ConfirmFull = false)
    {
        public ReferralFields ToFields() => new(OfferId, Reason, Ask, Urgency, RespondBy, DueBy, SharedData);
    }

    public static async Task<Results<Created<SenderReferralResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, request.PersonId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (person.IsClosed)
        {
            return ClosedFile.Refused(person, text);
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, person.Id, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var fields = request.ToFields();
        var (errors, recipient) = await fields.ValidateAsync(db, staff, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var id = Guid.CreateVersion7();
        var referral = new Referral
        {
            Id = id,
            Reference = ReferralAccess.NewReference(id),
            PersonId = person.Id,
            SenderOrganisationId = person.OrganisationId,
            SenderSiteId = staff.SiteId,
            SenderUserId = staff.UserId!.Value,
            Status = ReferralStatus.Draft,
            Reason = "",
        };
        fields.ApplyTo(referral, recipient!.Value, today);
        db.Referrals.Add(referral);
        db.ReferralEvents.Add(ReferralMoves.Event(referral, staff, clock.GetUtcNow(), ReferralEventKind.StatusChanged, ReferralStatus.Draft, null));
        audit.Add(db, ReferralAudit.Created, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(id),
            $"person {person.Id}");
        if (request.Send && await SendReferral.SendAsync(db, audit, protector, staff, clock, text, referral, request.ConfirmFull, cancellationToken) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/v1/referrals/{id}", SenderReferralResponse.From(referral));
    }
}
