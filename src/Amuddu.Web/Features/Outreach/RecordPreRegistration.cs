using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

/// <summary>
/// An agent notes a person met in the field, in a few taps. A phone or an e-mail is kept only with
/// the person's consent to be contacted (on the channel they chose); without it the record only counts.
/// </summary>
public static class RecordPreRegistration
{
    public sealed record Request(
        string? FirstName, string? LastName, Sex? Sex, string? NationalityCode, string? Language, string? Phone, string? Email,
        Interest[]? Interests, bool ContactConsent, ContactChannel? ContactChannel, Guid? OutreachActivityId);

    private static readonly ContactChannelRule.Texts ChannelTexts =
        new("contactChannel", "Outreach.ContactChannel", "Outreach.ChannelNeedsPhone", "Outreach.ChannelNeedsEmail");

    public static async Task<Results<Created<PreRegistrationResponse>, ValidationProblem>> Handle(
        Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("firstName", request.FirstName, "Outreach.FirstName")
            .MaxLength("firstName", request.FirstName, 100, "Outreach.FirstName")
            .MaxLength("lastName", request.LastName, 100, "Outreach.LastName")
            .Required("language", request.Language, "Language")
            .Email("email", request.Email, "Email")
            .MaxLength("email", request.Email, 256, "Email");

        if (!string.IsNullOrWhiteSpace(request.Language)
            && !await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Language && r.Code == request.Language, cancellationToken))
        {
            errors.Add("language", text["FieldNotAllowed", text["Language"]]);
        }

        if (!string.IsNullOrWhiteSpace(request.NationalityCode)
            && !await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Country && r.Code == request.NationalityCode, cancellationToken))
        {
            errors.Add("nationalityCode", text["FieldNotAllowed", text["Nationality"]]);
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(request.Phone) && !PhoneNormaliser.TryNormalise(request.Phone, out phone))
        {
            errors.Add("phone", text["PhoneInvalid", text["Phone"]]);
        }

        var hasContact = !string.IsNullOrWhiteSpace(request.Phone) || !string.IsNullOrWhiteSpace(request.Email);
        if (!request.ContactConsent && hasContact)
        {
            errors.Add("contactConsent", text["Outreach.ContactNeedsConsent"]);
        }
        else if (request.ContactConsent)
        {
            ContactChannelRule.Check(errors, text, ChannelTexts, request.ContactChannel, request.Phone, request.Email);
        }

        OutreachActivity? activity = null;
        if (request.OutreachActivityId is { } activityId)
        {
            activity = await GetActivity.FindAsync(db, staff, activityId, cancellationToken);
            if (activity is null)
            {
                errors.Add("outreachActivityId", text["FieldNotAllowed", text["Outreach.Activity"]]);
            }
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var pre = new PreRegistration
        {
            OrganisationId = staff.OrganisationId!.Value,
            SiteId = activity?.SiteId ?? staff.SiteId,
            Source = PreRegistrationSource.Outreach,
            OutreachActivityId = activity?.Id,
            AgentId = staff.UserId,
            FirstName = request.FirstName!.Trim(),
            LastName = FreeText.Clean(request.LastName),
            Sex = request.Sex,
            NationalityCode = FreeText.Clean(request.NationalityCode),
            Language = request.Language!,
            Phone = request.ContactConsent ? phone : null,
            Email = request.ContactConsent ? FreeText.Clean(request.Email) : null,
            Interests = [.. (request.Interests ?? []).Distinct()],
            ContactConsent = request.ContactConsent,
            ContactChannel = request.ContactConsent ? request.ContactChannel : null,
            ContactConsentAt = request.ContactConsent ? clock.GetUtcNow() : null,
            Status = PreRegistrationStatus.Open,
        };
        db.PreRegistrations.Add(pre);
        audit.Add(db, OutreachAudit.PreRegistered, staff.UserId, staff.OrganisationId, OutreachAudit.PreRegistration(pre.Id),
            activity is null ? null : OutreachAudit.Activity(activity.Id));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/outreach/pre-registrations/{pre.Id}", PreRegistrationResponse.From(pre));
    }
}
