using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>What the coordinator types about a cycle, when creating it and again when changing it.</summary>
public sealed record CycleInput(
    string? Title,
    string? Description,
    Guid? DeliveredById,
    Guid? FunderId,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string[]? TargetRoles,
    Guid[]? TargetSiteIds,
    string[]? TargetRegions,
    int? Capacity,
    int? MinAttendancePercent,
    int? MinPostTestPercent,
    CycleStatus? Status)
{
    public const int MaxCapacity = 1000;

    /// <summary>Checks every field, naming each wrong one with the request's JSON name; <paramref name="existing"/> on a change.</summary>
    public async Task<ValidationErrors> ValidateAsync(AmudduDbContext db, Guid organisationId, TrainingCycle? existing, IStringLocalizer text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("title", Title, "Cycles.Title")
            .MaxLength("title", Title?.Trim(), 200, "Cycles.Title")
            .MaxLength("description", Description?.Trim(), 4000, "Cycles.Description");

        if (DeliveredById is not { } deliveredBy)
        {
            errors.Add("deliveredById", text["FieldRequired", text["Cycles.DeliveredBy"]]);
        }
        else if (!await db.Organisations.AnyAsync(o => o.Id == deliveredBy, cancellationToken))
        {
            errors.Add("deliveredById", text["FieldNotAllowed", text["Cycles.DeliveredBy"]]);
        }

        if (FunderId is { } funder && !await db.Organisations.AnyAsync(o => o.Id == funder, cancellationToken))
        {
            errors.Add("funderId", text["FieldNotAllowed", text["Cycles.Funder"]]);
        }

        if (StartsOn is null)
        {
            errors.Add("startsOn", text["FieldRequired", text["Cycles.StartsOn"]]);
        }

        if (EndsOn is null)
        {
            errors.Add("endsOn", text["FieldRequired", text["Cycles.EndsOn"]]);
        }
        else if (StartsOn is { } starts && EndsOn < starts)
        {
            errors.Add("endsOn", text["Cycles.EndBeforeStart"]);
        }
        else if (existing is not null && StartsOn is { } from && EndsOn is { } to)
        {
            var (first, last) = (SiteTime.FromLocal(from, TimeOnly.MinValue), SiteTime.FromLocal(to.AddDays(1), TimeOnly.MinValue));
            var outside = await db.TrainingSessions.Where(s => s.CycleId == existing.Id).Select(s => s.StartsAt).ToListAsync(cancellationToken);
            if (outside.Any(s => s < first || s >= last))
            {
                errors.Add("startsOn", text["Cycles.SessionsOutsidePeriod"]);
            }
        }

        if (TargetRoles?.Any(r => !Roles.IsKnown(r)) == true)
        {
            errors.Add("targetRoles", text["FieldNotAllowed", text["Cycles.TargetRoles"]]);
        }

        if (TargetSiteIds is { Length: > 0 } siteIds)
        {
            var own = await db.Sites.Where(s => s.OrganisationId == organisationId && siteIds.Contains(s.Id)).CountAsync(cancellationToken);
            if (own != siteIds.Distinct().Count())
            {
                errors.Add("targetSiteIds", text["FieldNotAllowed", text["Cycles.TargetSites"]]);
            }
        }

        if (TargetRegions is { Length: > 0 } regions)
        {
            var known = await ReferenceNames.LoadAsync(db, ReferenceKind.Region);
            if (regions.Any(r => !known.ContainsKey(r)))
            {
                errors.Add("targetRegions", text["FieldNotAllowed", text["Cycles.TargetRegions"]]);
            }
        }

        if (Capacity is not { } capacity)
        {
            errors.Add("capacity", text["FieldRequired", text["Cycles.Capacity"]]);
        }
        else if (capacity is < 1 or > MaxCapacity)
        {
            errors.Add("capacity", text["FieldBetween", text["Cycles.Capacity"], 1, MaxCapacity]);
        }

        if (MinAttendancePercent is < 0 or > 100)
        {
            errors.Add("minAttendancePercent", text["FieldBetween", text["Cycles.MinAttendancePercent"], 0, 100]);
        }

        if (MinPostTestPercent is < 0 or > 100)
        {
            errors.Add("minPostTestPercent", text["FieldBetween", text["Cycles.MinPostTestPercent"], 0, 100]);
        }

        if (Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", text["FieldNotAllowed", text["Status"]]);
        }

        return errors;
    }

    public void ApplyTo(TrainingCycle cycle)
    {
        cycle.Title = Title!.Trim();
        cycle.Description = FreeText.Clean(Description);
        cycle.DeliveredById = DeliveredById!.Value;
        cycle.FunderId = FunderId;
        cycle.StartsOn = StartsOn!.Value;
        cycle.EndsOn = EndsOn!.Value;
        cycle.TargetRoles = [.. (TargetRoles ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        cycle.TargetSiteIds = [.. (TargetSiteIds ?? []).Distinct().Order()];
        cycle.TargetRegions = [.. (TargetRegions ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        cycle.Capacity = Capacity!.Value;
        cycle.MinAttendancePercent = MinAttendancePercent ?? 80;
        cycle.MinPostTestPercent = MinPostTestPercent ?? 60;
        cycle.Status = Status ?? cycle.Status;
    }
}
