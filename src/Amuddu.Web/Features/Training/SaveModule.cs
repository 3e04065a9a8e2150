using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>The coordinator adds a module to a cycle, or changes one (sending the version read).</summary>
public static class SaveModule
{
    public sealed record Change(ModuleInput? Module, long Version);

    public static async Task<Results<Created<TrainingModuleResponse>, ValidationProblem, NotFound>> Add(
        Guid id, ModuleInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var cycle = await TrainingAccess.FindManagedCycleAsync(db, staff, id, cancellationToken);
        if (cycle is null)
        {
            return TypedResults.NotFound();
        }

        var errors = await request.ValidateAsync(db, cycle.Id, null, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var next = (await db.TrainingModules.Where(m => m.CycleId == cycle.Id).MaxAsync(m => (int?)m.Number, cancellationToken) ?? 0) + 1;
        var module = new TrainingModule { CycleId = cycle.Id, Title = "", Number = next };
        request.ApplyTo(module);
        db.TrainingModules.Add(module);
        audit.Add(db, TrainingAudit.ModuleSaved, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id), $"module {module.Id} created");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/training/modules/{module.Id}", CycleDetails.From(module, []));
    }

    public static async Task<Results<Ok<TrainingModuleResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        Guid id, Change request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var module = await db.TrainingModules.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        var cycle = module is null ? null : await TrainingAccess.FindManagedCycleAsync(db, staff, module.CycleId, cancellationToken);
        if (module is null || cycle is null)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Module is null
            ? new ValidationErrors(text).Add("module", text["FieldRequired", "module"])
            : await request.Module.ValidateAsync(db, cycle.Id, module, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (module.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        request.Module!.ApplyTo(module);
        audit.Add(db, TrainingAudit.ModuleSaved, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id), $"module {module.Id} updated");
        await db.SaveChangesAsync(cancellationToken);
        var materials = await db.ModuleMaterials.AsNoTracking().Where(m => m.ModuleId == id).OrderBy(m => m.Language).ThenByDescending(m => m.VersionNumber)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(CycleDetails.From(module, materials));
    }
}
