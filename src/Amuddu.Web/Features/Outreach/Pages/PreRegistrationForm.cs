using Amuddu.Web.Features.People;

namespace Amuddu.Web.Features.Outreach.Pages;

/// <summary>The quick pre-registration form, as typed.</summary>
public sealed class PreRegistrationForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public Sex? Sex { get; set; }
    public string? NationalityCode { get; set; }
    public string? Language { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public Interest[]? Interests { get; set; }
    public bool ContactConsent { get; set; }
    public ContactChannel? ContactChannel { get; set; }
    public Guid? OutreachActivityId { get; set; }

    public RecordPreRegistration.Request ToRequest() => new(
        FirstName, LastName, Sex, NationalityCode, Language, Phone, Email, Interests, ContactConsent, ContactChannel, OutreachActivityId);
}
