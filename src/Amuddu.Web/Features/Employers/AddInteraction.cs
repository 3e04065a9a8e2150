using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Employers;

/// <summary>Logs a visit, call, meeting or e-mail with the company; never in the future.</summary>
public static class AddInteraction
{
    public sealed record Request(InteractionKind? Kind, DateOnly? On, string? Summary);

    public static async Task<Results<Created<InteractionResponse>, ValidationProblem, NotFound>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        if (!await EmployerAccess.Writable(db, staff).AnyAsync(c => c.OrganisationId == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("summary", request.Summary, "Employers.InteractionSummary")
            .MaxLength("summary", request.Summary?.Trim(), 2000, "Employers.InteractionSummary");
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", text["FieldRequired", text["Employers.InteractionKind"]]);
        }

        if (request.On is not { } on)
        {
            errors.Add("on", text["FieldRequired", text["Employers.InteractionOn"]]);
        }
        else if (on > SiteTime.Today(clock))
        {
            errors.Add("on", text["Employers.InteractionInFuture"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var interaction = new CompanyInteraction
        {
            CompanyId = id, Kind = request.Kind!.Value, On = request.On!.Value, Summary = request.Summary!.Trim(), RecordedBy = staff.UserId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.CompanyInteractions.Add(interaction);
        audit.Add(db, EmployersAudit.CompanySaved, staff.UserId, staff.OrganisationId, EmployersAudit.CompanySubject(id), "interaction logged");
        await db.SaveChangesAsync(cancellationToken);
        var by = await db.Users.Where(u => u.Id == staff.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/employers/{id}",
            new InteractionResponse(interaction.Id, interaction.Kind, interaction.On, interaction.Summary, by));
    }
}
