using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Employers;

/// <summary>A counsellor or an administrator opens a company file: the company's organisation (kind Employer) and the service's file on it.</summary>
public static class CreateCompany
{
    public static async Task<Results<Created<CompanyResponse>, ValidationProblem>> Handle(
        CompanyInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var service = staff.OrganisationId!.Value;
        var errors = await request.ValidateAsync(db, service, null, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var organisation = new Organisation { Name = "", Kind = OrganisationKind.Employer };
        var company = new Company { OrganisationId = organisation.Id, ServiceOrganisationId = service };
        request.ApplyTo(organisation, company);
        db.Organisations.Add(organisation);
        db.Companies.Add(company);
        audit.Add(db, EmployersAudit.CompanySaved, staff.UserId, staff.OrganisationId, EmployersAudit.CompanySubject(organisation.Id), "created");
        await db.SaveChangesAsync(cancellationToken);
        var response = await GetCompany.LoadAsync(db, staff, organisation.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/employers/{organisation.Id}", response!);
    }
}
