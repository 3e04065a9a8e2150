using System.Globalization;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Training.Pages;

/// <summary>The posted cycle form, as typed, so a form with a mistake comes back filled in.</summary>
public sealed class CycleForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public Guid? DeliveredById { get; set; }
    public Guid? FunderId { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string[]? TargetRoles { get; set; }
    public Guid[]? TargetSiteIds { get; set; }
    public string[]? TargetRegions { get; set; }
    public int? Capacity { get; set; }
    public int? MinAttendancePercent { get; set; }
    public int? MinPostTestPercent { get; set; }
    public CycleStatus? Status { get; set; }
    public long Version { get; set; }

    public CycleInput ToInput() => new(Title, Description, DeliveredById, FunderId, FormDates.Read(StartsOn), FormDates.Read(EndsOn),
        TargetRoles, TargetSiteIds, TargetRegions, Capacity, MinAttendancePercent, MinPostTestPercent, Status);

    public static CycleForm From(TrainingCycleResponse c) => new()
    {
        Title = c.Title, Description = c.Description, DeliveredById = c.DeliveredById, FunderId = c.FunderId,
        StartsOn = FormDates.Display(c.StartsOn), EndsOn = FormDates.Display(c.EndsOn), TargetRoles = [.. c.TargetRoles],
        TargetSiteIds = [.. c.TargetSiteIds], TargetRegions = [.. c.TargetRegions], Capacity = c.Capacity,
        MinAttendancePercent = c.MinAttendancePercent, MinPostTestPercent = c.MinPostTestPercent, Status = c.Status, Version = c.Version,
    };
}

public sealed class ModuleForm
{
    public int? Number { get; set; }
    public string? Title { get; set; }
    public string? Objectives { get; set; }
    public int? DurationHours { get; set; }
    public ModuleTheme? Theme { get; set; }

    public ModuleInput ToInput() => new(Number, Title, Objectives, DurationHours, Theme);
}

public sealed class SessionForm
{
    public Guid? ModuleId { get; set; }
    public string? Date { get; set; }
    public string? Time { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Place { get; set; }
    public Guid? SiteId { get; set; }
    public string? OnlineLink { get; set; }
    public int? Capacity { get; set; }
    public bool IsCatchUp { get; set; }
    public string? RegionCode { get; set; }
    public Guid[]? TrainerIds { get; set; }

    /// <summary>The date and time typed on the Moroccan clock; null (so "required" or "impossible") when unreadable.</summary>
    public DateTimeOffset? StartsAt =>
        FormDates.Read(Date) is { } date
        && TimeOnly.TryParseExact(string.IsNullOrWhiteSpace(Time) ? "09:00" : Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? SiteTime.FromLocal(date, time)
            : null;

    public SessionInput ToInput() => new(StartsAt, DurationMinutes, Place, SiteId, OnlineLink, Capacity, IsCatchUp, RegionCode, TrainerIds, null);
}

public sealed class NominateForm
{
    public Guid? UserId { get; set; }
}

public sealed class ParticipantAction
{
    public Guid ParticipantId { get; set; }
}
