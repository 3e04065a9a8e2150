using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.FollowUp;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// The part of the person's file a referral shares, for the receiving organisation only, and only while
/// the referral is open and the person's consent still covers it: both are checked at every request, so
/// a closed referral or a withdrawn consent ends the access on the very next one. Otherwise the answer is
/// 404, as for a referral that does not exist. Every view is audited.
/// </summary>
public static class GetSharedPerson
{
    /// <summary>Who the person is; nothing of the file's internal numbering, address or follow-up.</summary>
    public sealed record Identity(
        string? FirstName, string? LastName, string? FirstNameArabic, string? LastNameArabic, string? DateOfBirth, Sex Sex,
        string NationalityCode, IReadOnlyList<string> Languages, string? Phone, string? Email)
    {
        public static Identity From(PersonResponse p) => new(
            p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic, p.DateOfBirth, p.Sex, p.NationalityCode, p.Languages, p.Phone, p.Email);
    }

    /// <summary>Education, languages, experience, skills and target occupations; not the interview notes, tests or try-outs.</summary>
    public sealed record Positioning(
        IReadOnlyList<Diplomas.Response> Diplomas,
        IReadOnlyList<Languages.Response> Languages,
        IReadOnlyList<Experiences.Response> Experiences,
        IReadOnlyList<Skills.Response> Skills,
        IReadOnlyList<TargetOccupations.Response> TargetOccupations);

    /// <summary>Each part is null when the referral does not share it.</summary>
    public sealed record Response(
        Guid ReferralId, SharedData SharedData, Identity? Identity, DocumentsResponse? Documents, Positioning? Positioning,
        ActionPlanResponse? ActionPlan, IReadOnlyList<NoteResponse>? Notes);

    public static async Task<Results<Ok<Response>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await ReferralAccess.FindAsync(db, staff, id, cancellationToken);
        if (referral is null || ReferralAccess.SideOf(referral, staff) != ReferralSide.Recipient || !referral.IsOpen
            || !await ReferralConsent.CoversAsync(db, audit, staff, clock, referral, referral.SharedData, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var shared = referral.SharedData;
        var personId = referral.PersonId;
        var today = SiteTime.Today(clock);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        var response = new Response(
            referral.Id, shared,
            shared.HasFlag(SharedData.Identity) ? Identity.From(PersonResponse.From(person)) : null,
            shared.HasFlag(SharedData.DocumentsAndLegalStatus) ? await ListDocuments.LoadAsync(db, personId, protector, today, cancellationToken) : null,
            shared.HasFlag(SharedData.PositioningAndSkills)
                ? new Positioning(
                    await Diplomas.List.ListAsync(db, personId, cancellationToken),
                    await Languages.List.ListAsync(db, personId, cancellationToken),
                    await Experiences.List.ListAsync(db, personId, cancellationToken),
                    await Skills.List.ListAsync(db, personId, cancellationToken),
                    await TargetOccupations.List.ListAsync(db, personId, cancellationToken))
                : null,
            shared.HasFlag(SharedData.ActionPlan) ? await GetActionPlan.LoadAsync(db, personId, today, cancellationToken) : null,
            shared.HasFlag(SharedData.Notes)
                ? await ListNotes.LoadAsync(db, personId, protector, seesSensitive: false, withRestricted: false, cancellationToken)
                : null);
        // On the person's subject, so the file's access log shows the partner's reads beside the sender's own.
        await audit.RecordAsync(ReferralAudit.SharedDataViewed, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"referral {referral.Id}: {shared}", cancellationToken);
        return TypedResults.Ok(response);
    }
}
