using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// A session as the coordinator plans it. Its trainers are accounts of the organisation delivering the cycle (its experts),
/// or participants of the cycle certified as trainers, for sessions in their own region (cascade): both count alike.
/// </summary>
public sealed record SessionInput(
    DateTimeOffset? StartsAt,
    int? DurationMinutes,
    string? Place,
    Guid? SiteId,
    string? OnlineLink,
    int? Capacity,
    bool? IsCatchUp,
    string? RegionCode,
    Guid[]? TrainerIds,
    TrainingSessionStatus? Status)
{
    /// <summary>Checks every field; the region of a session at an agency is the agency's (returned), else the one given.</summary>
    public async Task<(ValidationErrors Errors, string? Region)> ValidateAsync(AmudduDbContext db, TrainingCycle cycle, IStringLocalizer text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .MaxLength("place", Place?.Trim(), 300, "Cycles.Place")
            .MaxLength("onlineLink", OnlineLink?.Trim(), 500, "Cycles.OnlineLink");
        if (StartsAt is not { } starts)
        {
            errors.Add("startsAt", text["FieldRequired", text["Cycles.SessionDate"]]);
        }
        else
        {
            var day = DateOnly.FromDateTime(SiteTime.ToLocal(starts));
            if (day < cycle.StartsOn || day > cycle.EndsOn)
            {
                errors.Add("startsAt", text["Cycles.SessionOutsideCycle", FormDates.Display(cycle.StartsOn), FormDates.Display(cycle.EndsOn)]);
            }
        }

        if (DurationMinutes is not { } minutes)
        {
            errors.Add("durationMinutes", text["FieldRequired", text["Cycles.DurationMinutes"]]);
        }
        else if (minutes is < 15 or > 1440)
        {
            errors.Add("durationMinutes", text["FieldBetween", text["Cycles.DurationMinutes"], 15, 1440]);
        }

        if (string.IsNullOrWhiteSpace(Place) && string.IsNullOrWhiteSpace(OnlineLink) && SiteId is null)
        {
            errors.Add("place", text["Cycles.PlaceOrLink"]);
        }

        if (!string.IsNullOrWhiteSpace(OnlineLink)
            && !(Uri.TryCreate(OnlineLink.Trim(), UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add("onlineLink", text["Cycles.LinkInvalid"]);
        }

        var region = string.IsNullOrWhiteSpace(RegionCode) ? null : RegionCode.Trim();
        if (SiteId is { } siteId)
        {
            var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId && s.OrganisationId == cycle.OrganisationId, cancellationToken);
            if (site is null)
            {
                errors.Add("siteId", text["FieldNotAllowed", text["Cycles.Site"]]);
            }
            else
            {
                region = site.RegionCode;
            }
        }
        else if (region is not null && !(await ReferenceNames.LoadAsync(db, ReferenceKind.Region)).ContainsKey(region))
        {
            errors.Add("regionCode", text["FieldNotAllowed", text["Region"]]);
        }

        if (Capacity is not { } capacity)
        {
            errors.Add("capacity", text["FieldRequired", text["Cycles.Capacity"]]);
        }
        else if (capacity is < 1 or > CycleInput.MaxCapacity)
        {
            errors.Add("capacity", text["FieldBetween", text["Cycles.Capacity"], 1, CycleInput.MaxCapacity]);
        }

        if (Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", text["FieldNotAllowed", text["Status"]]);
        }

        await CheckTrainersAsync(db, cycle, region, errors, text, cancellationToken);
        return (errors, region);
    }

    private async Task CheckTrainersAsync(AmudduDbContext db, TrainingCycle cycle, string? region, ValidationErrors errors, IStringLocalizer text,
        CancellationToken cancellationToken)
    {
        var ids = (TrainerIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            errors.Add("trainerIds", text["FieldRequired", text["Cycles.Trainers"]]);
            return;
        }

        var allowed = await Trainers.EligibleAsync(db, cycle, region, cancellationToken);
        var refused = ids.Where(id => !allowed.Any(t => t.Id == id)).ToList();
        if (refused.Count > 0)
        {
            errors.Add("trainerIds", text["Cycles.TrainerNotAllowed"]);
        }
    }

    public void ApplyTo(TrainingSession session, string? region)
    {
        session.StartsAt = StartsAt!.Value;
        session.DurationMinutes = DurationMinutes!.Value;
        session.Place = FreeText.Clean(Place);
        session.SiteId = SiteId;
        session.OnlineLink = FreeText.Clean(OnlineLink);
        session.Capacity = Capacity!.Value;
        session.IsCatchUp = IsCatchUp ?? false;
        session.RegionCode = region;
        session.Status = Status ?? session.Status;
    }
}

/// <summary>Who may give a cycle's sessions.</summary>
public static class Trainers
{
    public sealed record Eligible(Guid Id, string Name, bool Certified);

    /// <summary>
    /// The active accounts of the delivering organisation (its experts), and the cycle's enrolled participants certified as
    /// trainers whose agency is in <paramref name="region"/> (a session with no region is not theirs to give).
    /// </summary>
    public static async Task<List<Eligible>> EligibleAsync(AmudduDbContext db, TrainingCycle cycle, string? region, CancellationToken cancellationToken)
    {
        var experts = await db.Users.AsNoTracking().Where(u => u.OrganisationId == cycle.DeliveredById && u.IsActive && u.OrganisationId != cycle.OrganisationId)
            .Select(u => new Eligible(u.Id, u.DisplayName, false)).ToListAsync(cancellationToken);
        var certified = region is null ? [] : await db.CycleParticipants.AsNoTracking()
            .Where(p => p.CycleId == cycle.Id && p.IsCertifiedTrainer && p.Status == ParticipantStatus.Enrolled)
            .Join(db.Users.Where(u => u.IsActive), p => p.UserId, u => u.Id, (p, u) => u)
            .Where(u => db.Sites.Any(s => s.Id == u.SiteId && s.RegionCode == region))
            .Select(u => new Eligible(u.Id, u.DisplayName, true)).ToListAsync(cancellationToken);
        return [.. experts.Concat(certified).OrderBy(t => t.Name, StringComparer.CurrentCulture)];
    }
}
