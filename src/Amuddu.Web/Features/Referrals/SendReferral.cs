using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// Sends a draft to the receiving organisation, once the person's consents in force are seen to
/// cover every part of the file it shares with that organisation. Refused, it says why: no consent
/// to sharing with that organisation at all, or the parts the consent does not cover.
/// </summary>
public static class SendReferral
{
    /// <summary><see cref="ConfirmFull"/>: send even though the service is marked full (else 409 service-full).</summary>
    public sealed record Request(long Version, bool ConfirmFull = false);

    public static async Task<Results<Ok<SenderReferralResponse>, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var (referral, refusal) = await DraftAccess.LoadAsync(db, staff, id, request.Version, clock, text, cancellationToken);
        if (referral is null)
        {
            return refusal is ProblemHttpResult problem ? problem : TypedResults.NotFound();
        }

        if (await SendAsync(db, audit, protector, staff, clock, text, referral, request.ConfirmFull, cancellationToken) is { } refused)
        {
            return refused;
        }

        db.Entry(referral).Property(r => r.Version).OriginalValue = request.Version;
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

    /// <summary>
    /// Checks that a full service was confirmed and that the consent covers the referral; then marks it sent and queues the
    /// notice to the receiving organisation and the audit entry; the caller saves. The refusal to answer otherwise.
    /// </summary>
    public static async Task<ProblemHttpResult?> SendAsync(AmudduDbContext db, AuditLog audit, FieldProtector protector, ICurrentStaff staff,
        TimeProvider clock, IStringLocalizer text, Referral referral, bool confirmFull, CancellationToken cancellationToken)
    {
        if (await FullService.UnconfirmedAsync(db, text, referral.OfferId, confirmFull, cancellationToken) is { } full)
        {
            return full;
        }

        var check = await ReferralConsent.CheckAsync(db, audit, staff, clock, referral, referral.SharedData, cancellationToken);
        if (!check.Granted)
        {
            return await RefusalAsync(db, text, referral, check, cancellationToken);
        }

        var now = clock.GetUtcNow();
        referral.Status = ReferralStatus.Sent;
        referral.SentAt = now;
        referral.ConsentId = check.ConsentId;
        db.ReferralEvents.Add(ReferralMoves.Event(referral, staff, now, ReferralEventKind.StatusChanged, ReferralStatus.Sent, null));
        await ReferralMessages.EnqueueReceivedAsync(db, protector, clock, referral, cancellationToken);
        audit.Add(db, ReferralAudit.StatusChanged, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(referral.Id), ReferralStatus.Sent.ToString());
        return null;
    }

    private static async Task<ProblemHttpResult> RefusalAsync(AmudduDbContext db, IStringLocalizer text, Referral referral,
        ReferralConsent.Check check, CancellationToken cancellationToken)
    {
        var missing = check.ConsentId is null ? SharedDataParts.Split(referral.SharedData) : SharedDataParts.Split(referral.SharedData & ~check.Allowed);
        string title;
        if (check.ConsentId is null)
        {
            var organisation = await db.Organisations.Where(o => o.Id == referral.RecipientOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
            title = text["Sending.NoSharingConsent", organisation];
        }
        else
        {
            title = text["Sending.ConsentDoesNotCover", string.Join(", ", missing.Select(p => text[$"Referral.SharedData.{p}"].Value))];
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, type: ProblemTypes.ConsentRequired,
            extensions: new Dictionary<string, object?> { ["missing"] = missing.Select(p => p.ToString()).ToList() });
    }
}

/// <summary>A draft the caller's organisation sent, at the version the caller read, on a file still open; else the answer to give.</summary>
internal static class DraftAccess
{
    public static async Task<(Referral? Referral, IResult? Refusal)> LoadAsync(
        AmudduDbContext db, ICurrentStaff staff, Guid id, long version, TimeProvider clock, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var referral = await ReferralAccess.FindAsync(db, staff, id, cancellationToken);
        // The receiving side never sees a draft, and has nothing to change in what was sent: as if it did not exist.
        if (referral is null || ReferralAccess.SideOf(referral, staff) != ReferralSide.Sender)
        {
            return (null, TypedResults.NotFound());
        }

        var person = await GetPerson.FindAsync(db, staff, referral.PersonId, cancellationToken);
        if (person is null)
        {
            return (null, TypedResults.NotFound());
        }

        if (person.IsClosed)
        {
            return (null, ClosedFile.Refused(person, text));
        }

        if (referral.Status != ReferralStatus.Draft)
        {
            return (null, Conflicts.Of(text["Sending.NotDraft"]));
        }

        if (referral.Version != version)
        {
            return (null, Conflicts.Of(text["EditedByOther"]));
        }

        if (!await ProcessingConsent.IsInForceAsync(db, referral.PersonId, clock, cancellationToken))
        {
            return (null, ProcessingConsent.Missing(text));
        }

        return (referral, null);
    }
}
