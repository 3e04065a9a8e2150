using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Vacancies;

public static class VacanciesApi
{
    /// <summary>
    /// <c>/api/v1/vacancies</c>: written by a counsellor of the service or by the employer, validated by the counsellor
    /// before it opens. The service's counsellors and administrators see the service's vacancies; an employer user its
    /// company's. Anything else is "not found".
    /// </summary>
    public static RouteGroupBuilder MapVacanciesApi(this RouteGroupBuilder api)
    {
        var vacancies = api.MapGroup("/vacancies").WithTags("Vacancies").RequireAuthorization(Policies.Employers);
        vacancies.MapGet("/", ListVacancies.Handle).WithSummary("Vacancies, 25 a page, latest first (filters: status, companyId, occupationCode).");
        vacancies.MapGet("/{id:guid}", GetVacancy.Handle).WithSummary("A vacancy; while open, with the notice on hiring a foreign worker.");
        vacancies.MapPost("/", CreateVacancy.Handle).WithSummary("Write a vacancy, as a draft (companyId: the counsellor's choice; an employer's own company).");
        vacancies.MapPut("/{id:guid}", UpdateVacancy.Handle).WithSummary("Change a draft (the counsellor: also a submitted one); send the version read.");
        vacancies.MapPost("/{id:guid}/submit", MoveVacancy.Submit).WithSummary("The employer asks the counsellor to validate its draft.");
        vacancies.MapPost("/{id:guid}/validate", MoveVacancy.Validate).RequireAuthorization(Policies.EmployerRelations)
            .WithSummary("The counsellor validates a draft or a submitted vacancy: it opens.");
        vacancies.MapPost("/{id:guid}/return", MoveVacancy.Return).RequireAuthorization(Policies.EmployerRelations)
            .WithSummary("The counsellor returns a submitted vacancy to the employer as a draft, with a note.");
        vacancies.MapPost("/{id:guid}/fill", MoveVacancy.Fill).WithSummary("An open vacancy is filled.");
        vacancies.MapPost("/{id:guid}/close", MoveVacancy.Close).WithSummary("An open vacancy is closed without being filled.");
        vacancies.MapPost("/{id:guid}/cancel", MoveVacancy.Cancel).WithSummary("A vacancy not yet filled or closed is cancelled.");
        vacancies.MapPost("/import", ImportVacancies.Handle).DisableAntiforgery()
            .WithSummary("Vacancies from a spreadsheet (multipart: file, .xlsx or .csv; companyId for a counsellor): created as drafts; the report lists rejected rows.");
        vacancies.MapGet("/import-template.csv", ImportVacancies.Template).WithSummary("The import template (header and one example row).");
        return api;
    }
}
