namespace Amuddu.Web.Features.Employers;

/// <summary>What the audit trail records of company files and vacancies (who, when, which file; never the content).</summary>
public static class EmployersAudit
{
    public const string CompanySaved = "company.saved";
    public const string VacancySaved = "vacancy.saved";
    public const string VacancyMoved = "vacancy.moved";
    public const string VacanciesImported = "vacancy.imported";

    public static string CompanySubject(Guid companyId) => $"company {companyId}";

    public static string VacancySubject(Guid vacancyId) => $"vacancy {vacancyId}";
}
