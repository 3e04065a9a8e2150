using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Outcomes;

namespace Amuddu.Web.Features.Employers;

public sealed record CompanySummary(
    Guid Id, string Name, string? Ice, CompanySector Sector, CompanySize Size, string? RegionCode, string? City, Guid? CounsellorId,
    string? CounsellorName, int OpenVacancies);

public sealed record CompanyPage(List<CompanySummary> Items, int Total, int Page, int PageSize);

public sealed record ContactResponse(Guid Id, string Name, string? JobTitle, string? Phone, string? Email, bool IsMain);

public sealed record AgreementResponse(Guid Id, AgreementKind Kind, string Title, DateOnly SignedOn, DateOnly? EndsOn);

public sealed record InteractionResponse(Guid Id, InteractionKind Kind, DateOnly On, string Summary, string? RecordedByName);

/// <summary>A hire made through the service: the outcome "employed" recorded on a person's file.</summary>
public sealed record HireResponse(Guid OutcomeId, Guid PersonId, string PersonName, DateOnly StartsOn, string? OccupationTitle, ContractType? ContractType);

/// <summary>A hiring incentive the company received or asked for (a support application with the company as employer).</summary>
public sealed record IncentiveResponse(
    Guid ApplicationId, string Reference, string ProgrammeName, ApplicationStatus Status, decimal Requested, decimal? Approved);

/// <summary>
/// The company file. Interactions, hires and incentives are the service's: an employer reading its own company gets them empty.
/// </summary>
public sealed record CompanyResponse(
    Guid Id, Guid ServiceOrganisationId, string Name, string? Ice, CompanySector Sector, CompanySize Size, string? RegionCode, string? City,
    string? Address, string? Phone, string? Email, Guid? CounsellorId, string? CounsellorName, string? Notes, long Version,
    List<ContactResponse> Contacts, List<AgreementResponse> Agreements, List<InteractionResponse> Interactions,
    List<HireResponse> Hires, List<IncentiveResponse> Incentives);
