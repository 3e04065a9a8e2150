using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>
/// What a person gives to take a place (on the public form or as a walk-in): a first name, and,
/// only if they agree to be contacted, the channel and the number or address for it. Without that
/// consent no number or address is kept: nobody would be allowed to use it.
/// </summary>
public sealed record ContactDetails(
    string? FirstName, string? LastName, string? Phone, string? Email, string? Language, ContactChannel? Channel, bool ContactConsent)
{
    public const int NameMax = 100;

    private static readonly ContactChannelRule.Texts ChannelTexts = new("channel", "SessionChannel", "SessionPhoneNeeded", "SessionEmailNeeded");

    /// <summary>The pre-registration these details make, or the errors field by field.</summary>
    public PreRegistration? ToPreRegistration(ValidationErrors errors, IStringLocalizer text, Guid organisationId, Guid siteId,
        PreRegistrationSource source, DateTimeOffset now)
    {
        errors.Required("firstName", FirstName, "SessionFirstName")
            .MaxLength("firstName", FirstName?.Trim(), NameMax, "SessionFirstName")
            .MaxLength("lastName", LastName?.Trim(), NameMax, "SessionLastName");
        if (string.IsNullOrWhiteSpace(Language))
        {
            errors.Add("language", text["FieldRequired", text["SessionMessageLanguage"]]);
        }
        else if (!SessionRules.MessageLanguages.Contains(Language))
        {
            errors.Add("language", text["FieldNotAllowed", text["SessionMessageLanguage"]]);
        }

        string? phone = null;
        string? email = null;
        if (ContactConsent)
        {
            if (!string.IsNullOrWhiteSpace(Phone))
            {
                if (PhoneNormaliser.TryNormalise(Phone, out var e164))
                {
                    phone = e164;
                }
                else
                {
                    errors.Add("phone", text["PhoneInvalid", text["Phone"]]);
                }
            }

            errors.Email("email", Email, "Email").MaxLength("email", Email?.Trim(), 256, "Email");
            email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();
            ContactChannelRule.Check(errors, text, ChannelTexts, Channel, Phone, Email);
        }

        if (!errors.IsValid)
        {
            return null;
        }

        return new PreRegistration
        {
            OrganisationId = organisationId,
            SiteId = siteId,
            Source = source,
            FirstName = FirstName!.Trim(),
            LastName = FreeText.Clean(LastName),
            Language = Language!,
            Phone = phone,
            Email = email,
            ContactConsent = ContactConsent,
            ContactChannel = ContactConsent ? Channel : null,
            ContactConsentAt = ContactConsent ? now : null,
            Status = PreRegistrationStatus.Open,
        };
    }
}
