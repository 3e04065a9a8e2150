using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Employers;

/// <summary>Adds someone at the company the service deals with (work contact details only).</summary>
public static class AddContact
{
    public sealed record Request(string? Name, string? JobTitle, string? Phone, string? Email, bool IsMain);

    public static async Task<Results<Created<ContactResponse>, ValidationProblem, NotFound>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (!await EmployerAccess.Writable(db, staff).AnyAsync(c => c.OrganisationId == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("name", request.Name, "Employers.ContactName")
            .MaxLength("name", request.Name?.Trim(), 200, "Employers.ContactName")
            .MaxLength("jobTitle", request.JobTitle?.Trim(), 200, "Employers.JobTitle")
            .MaxLength("phone", request.Phone?.Trim(), 20, "Employers.Phone")
            .Email("email", request.Email?.Trim(), "Employers.Email");
        if (string.IsNullOrWhiteSpace(request.Phone) && string.IsNullOrWhiteSpace(request.Email))
        {
            errors.Add("phone", text["Employers.PhoneOrEmail"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (request.IsMain)
        {
            await foreach (var other in db.CompanyContacts.Where(c => c.CompanyId == id && c.IsMain).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                other.IsMain = false;
            }
        }

        var contact = new CompanyContact
        {
            CompanyId = id, Name = request.Name!.Trim(), JobTitle = FreeText.Clean(request.JobTitle), Phone = FreeText.Clean(request.Phone),
            Email = FreeText.Clean(request.Email), IsMain = request.IsMain,
        };
        db.CompanyContacts.Add(contact);
        audit.Add(db, EmployersAudit.CompanySaved, staff.UserId, staff.OrganisationId, EmployersAudit.CompanySubject(id), "contact added");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/employers/{id}",
            new ContactResponse(contact.Id, contact.Name, contact.JobTitle, contact.Phone, contact.Email, contact.IsMain));
    }
}
