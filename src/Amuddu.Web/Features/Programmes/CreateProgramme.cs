using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

/// <summary>An administrator sets up a programme of their organisation, as a draft: nobody applies until it is opened.</summary>
public static class CreateProgramme
{
    public static async Task<Results<Created<ProgrammeResponse>, ValidationProblem>> Handle(
        ProgrammeInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var errors = await request.ValidateAsync(db, null, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var programme = new Programme { OrganisationId = staff.OrganisationId!.Value, Code = "", Name = "", Funder = "", Status = ProgrammeStatus.Draft };
        request.ApplyTo(programme);
        db.Programmes.Add(programme);
        audit.Add(db, ApplicationAudit.ProgrammeSaved, staff.UserId, staff.OrganisationId, ApplicationAudit.ProgrammeSubject(programme.Id),
            "created");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/programmes/{programme.Id}", ProgrammeResponse.From(programme, [], text));
    }
}
