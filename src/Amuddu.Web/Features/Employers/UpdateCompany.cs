using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Employers;

/// <summary>Changes a company file against the version read (409 when someone saved in between).</summary>
public static class UpdateCompany
{
    public sealed record Request(CompanyInput? Company, long Version);

    public static async Task<Results<Ok<CompanyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var company = await EmployerAccess.Writable(db, staff).SingleOrDefaultAsync(c => c.OrganisationId == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Company is null
            ? new ValidationErrors(text).Add("company", text["FieldRequired", "company"])
            : await request.Company.ValidateAsync(db, company.ServiceOrganisationId, id, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (company.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == id, cancellationToken);
        request.Company!.ApplyTo(organisation, company);
        var entry = db.Entry(company);
        db.ChangeTracker.DetectChanges();
        if (entry.State == EntityState.Unchanged)
        {
            // Only the organisation's fields changed: the file still takes a new version.
            entry.State = EntityState.Modified;
        }

        entry.Property(c => c.Version).OriginalValue = request.Version;
        audit.Add(db, EmployersAudit.CompanySaved, staff.UserId, staff.OrganisationId, EmployersAudit.CompanySubject(id), "updated");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok((await GetCompany.LoadAsync(db, staff, id, cancellationToken))!);
    }
}
