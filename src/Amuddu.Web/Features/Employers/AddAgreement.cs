using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Employers;

/// <summary>Records an agreement signed with the company (partnership, insertion, diversity charter).</summary>
public static class AddAgreement
{
    public sealed record Request(AgreementKind? Kind, string? Title, DateOnly? SignedOn, DateOnly? EndsOn);

    public static async Task<Results<Created<AgreementResponse>, ValidationProblem, NotFound>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (!await EmployerAccess.Writable(db, staff).AnyAsync(c => c.OrganisationId == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("title", request.Title, "Employers.AgreementTitle")
            .MaxLength("title", request.Title?.Trim(), 200, "Employers.AgreementTitle");
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", text["FieldRequired", text["Employers.AgreementKind"]]);
        }

        if (request.SignedOn is null)
        {
            errors.Add("signedOn", text["FieldRequired", text["Employers.SignedOn"]]);
        }
        else if (request.EndsOn is { } ends && ends < request.SignedOn)
        {
            errors.Add("endsOn", text["Employers.EndsBeforeSigned"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var agreement = new CompanyAgreement
        {
            CompanyId = id, Kind = request.Kind!.Value, Title = request.Title!.Trim(), SignedOn = request.SignedOn!.Value, EndsOn = request.EndsOn,
            RecordedBy = staff.UserId,
        };
        db.CompanyAgreements.Add(agreement);
        audit.Add(db, EmployersAudit.CompanySaved, staff.UserId, staff.OrganisationId, EmployersAudit.CompanySubject(id), "agreement recorded");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/employers/{id}",
            new AgreementResponse(agreement.Id, agreement.Kind, agreement.Title, agreement.SignedOn, agreement.EndsOn));
    }
}
