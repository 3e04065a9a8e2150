using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>A module as the coordinator types it: its place in the cycle (next when left out), title, objectives, duration, theme.</summary>
public sealed record ModuleInput(int? Number, string? Title, string? Objectives, int? DurationHours, ModuleTheme? Theme)
{
    public async Task<ValidationErrors> ValidateAsync(AmudduDbContext db, Guid cycleId, TrainingModule? existing, IStringLocalizer text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("title", Title, "Cycles.ModuleTitle")
            .MaxLength("title", Title?.Trim(), 200, "Cycles.ModuleTitle")
            .MaxLength("objectives", Objectives?.Trim(), 4000, "Cycles.Objectives");
        if (DurationHours is not { } hours)
        {
            errors.Add("durationHours", text["FieldRequired", text["Cycles.DurationHours"]]);
        }
        else if (hours is < 1 or > 200)
        {
            errors.Add("durationHours", text["FieldBetween", text["Cycles.DurationHours"], 1, 200]);
        }

        if (Theme is not { } theme || !Enum.IsDefined(theme))
        {
            errors.Add("theme", text["FieldRequired", text["Cycles.Theme"]]);
        }

        if (Number is { } number)
        {
            if (number is < 1 or > 50)
            {
                errors.Add("number", text["FieldBetween", text["Cycles.ModuleNumber"], 1, 50]);
            }
            else if (await db.TrainingModules.AnyAsync(m => m.CycleId == cycleId && m.Number == number && (existing == null || m.Id != existing.Id), cancellationToken))
            {
                errors.Add("number", text["Cycles.ModuleNumberTaken", number]);
            }
        }

        return errors;
    }

    public void ApplyTo(TrainingModule module)
    {
        module.Number = Number ?? module.Number;
        module.Title = Title!.Trim();
        module.Objectives = FreeText.Clean(Objectives);
        module.DurationHours = DurationHours!.Value;
        module.Theme = Theme!.Value;
    }
}
