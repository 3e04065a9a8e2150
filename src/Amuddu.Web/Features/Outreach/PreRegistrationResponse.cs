using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;

namespace Amuddu.Web.Features.Outreach;

public sealed record PreRegistrationResponse(
    Guid Id,
    PreRegistrationSource Source,
    PreRegistrationStatus Status,
    Guid? SiteId,
    Guid? OutreachActivityId,
    Guid? AgentId,
    string FirstName,
    string? LastName,
    Sex? Sex,
    string? NationalityCode,
    string Language,
    string? Phone,
    string? Email,
    IReadOnlyList<Interest> Interests,
    bool ContactConsent,
    ContactChannel? ContactChannel,
    DateTimeOffset? ContactConsentAt,
    Guid? PersonId,
    DateTimeOffset? ConvertedAt,
    PreRegistrationCloseReason? CloseReason,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? ErasedAt,
    DateTimeOffset CreatedAt,
    long Version)
{
    public static PreRegistrationResponse From(PreRegistration p) => new(
        p.Id, p.Source, p.Status, p.SiteId, p.OutreachActivityId, p.AgentId, p.FirstName, p.LastName, p.Sex, p.NationalityCode,
        p.Language, p.Phone, p.Email, p.Interests, p.ContactConsent, p.ContactChannel, p.ContactConsentAt, p.PersonId, p.ConvertedAt,
        p.CloseReason, p.ClosedAt, p.ErasedAt, p.CreatedAt, p.Version);

    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
}

/// <summary>
/// Who sees which pre-registrations: community agents only those they recorded; counsellors, who
/// convert them, all of their organisation's. Anything else is "not found".
/// </summary>
public static class PreRegistrationAccess
{
    public static bool SeesAll(ICurrentStaff staff) => Policies.PeopleFileRoles.Any(staff.IsInRole);

    public static IQueryable<PreRegistration> Visible(AmudduDbContext db, ICurrentStaff staff)
    {
        var organisationId = staff.OrganisationId;
        var query = db.PreRegistrations.Where(p => p.OrganisationId == organisationId);
        if (!SeesAll(staff))
        {
            var userId = staff.UserId;
            query = query.Where(p => p.AgentId == userId);
        }

        return query;
    }
}
