using Amuddu.Web.Features.Positioning;

namespace Amuddu.Web.Features.Vacancies;

public sealed record VacancySkillResponse(string SkillCode, string Name, SkillRelation Relation);

public sealed record VacancyLanguageResponse(string LanguageCode, CefrLevel MinimumLevel);

public sealed record VacancyPlaceResponse(string RegionCode, string? City);

/// <summary>
/// A vacancy as read. <see cref="WorkAuthorisationNotice"/> is set while it is open: hiring a foreign worker needs a work
/// contract approved by the ministry in charge of employment (contrat de travail d'étranger visé).
/// </summary>
public sealed record VacancyResponse(
    Guid Id, string Reference, Guid OrganisationId, Guid CompanyId, string CompanyName, VacancyStatus Status, bool WrittenByEmployer,
    string Title, string? Description, string OccupationCode, string OccupationName, List<VacancySkillResponse> Skills,
    List<VacancyLanguageResponse> Languages, EducationLevel? MinimumEducation, int? ExperienceYears, List<VacancyPlaceResponse> Places,
    VacancyContract Contract, int? HoursPerWeek, decimal? PayMin, decimal? PayMax, int Posts, DateOnly StartsOn, DateOnly ClosesOn,
    DateTimeOffset? ValidatedAt, string? StatusNote, string? WorkAuthorisationNotice, long Version);

public sealed record VacancySummary(
    Guid Id, string Reference, Guid CompanyId, string CompanyName, VacancyStatus Status, string Title, string OccupationCode, string OccupationName,
    VacancyContract Contract, int Posts, DateOnly StartsOn, DateOnly ClosesOn);

public sealed record VacancyPage(List<VacancySummary> Items, int Total, int Page, int PageSize);
