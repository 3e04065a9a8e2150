using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

public sealed record ReachInput(Sex? Sex, AgeBand? AgeBand, int Count);

public sealed record NationalityInput(string? NationalityCode, int Count);

public sealed record MaterialInput(MaterialKind? Kind, int Count);

/// <summary>What an agent types when planning an activity and again when logging it on the spot.</summary>
public sealed record ActivityInput(
    DateTimeOffset? PlannedAt,
    OutreachStatus? Status,
    Guid? SiteId,
    string? RegionCode,
    string? City,
    string? Neighbourhood,
    VenueType? VenueType,
    string? VenueName,
    Guid[]? AgentIds,
    string[]? Languages,
    ReachInput[]? Reached,
    NationalityInput[]? Nationalities,
    MaterialInput[]? Materials,
    int? FollowUpsPromised,
    string? FollowUpsText,
    string? Notes,
    long Version = 0)
{
    private const int MaxCount = 100_000;

    public async Task<ValidationErrors> ValidateAsync(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId;
        var now = clock.GetUtcNow();
        var errors = new ValidationErrors(text)
            .Required("city", City, "City")
            .MaxLength("city", City, 100, "City")
            .MaxLength("neighbourhood", Neighbourhood, 100, "Neighbourhood")
            .MaxLength("venueName", VenueName, 200, "Outreach.VenueName")
            .MaxLength("followUpsText", FollowUpsText, 500, "Outreach.FollowUpsText")
            .MaxLength("notes", Notes, 2000, "Outreach.Notes");

        if (PlannedAt is not { } planned)
        {
            errors.Add("plannedAt", text["FieldRequired", text["Outreach.PlannedAt"]]);
        }
        else if (planned < now.AddYears(-2) || planned > now.AddYears(1))
        {
            errors.Add("plannedAt", text["Outreach.PlannedAtImpossible"]);
        }
        else if (Status == OutreachStatus.Done && planned > now.AddHours(12))
        {
            errors.Add("plannedAt", text["Outreach.DoneInFuture"]);
        }

        if (Status is null)
        {
            errors.Add("status", text["FieldRequired", text["Status"]]);
        }

        if (VenueType is null)
        {
            errors.Add("venueType", text["FieldRequired", text["Outreach.VenueType"]]);
        }

        var siteId = SiteId ?? staff.SiteId;
        if (siteId is null)
        {
            errors.Add("siteId", text["FieldRequired", text["Site"]]);
        }
        else if (!await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganisationId == organisationId, cancellationToken))
        {
            errors.Add("siteId", text["FieldNotAllowed", text["Site"]]);
        }

        if (string.IsNullOrWhiteSpace(RegionCode))
        {
            errors.Add("regionCode", text["FieldRequired", text["Region"]]);
        }
        else if (!await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Region && r.Code == RegionCode, cancellationToken))
        {
            errors.Add("regionCode", text["FieldNotAllowed", text["Region"]]);
        }

        var agents = (AgentIds ?? []).Distinct().ToList();
        if (agents.Count == 0)
        {
            errors.Add("agentIds", text["Outreach.AgentsRequired"]);
        }
        else if (agents.Count > 20 || (await OutreachStaff.CountAsync(db, organisationId!.Value, agents, cancellationToken)) != agents.Count)
        {
            errors.Add("agentIds", text["FieldNotAllowed", text["Outreach.Agents"]]);
        }

        var languages = (Languages ?? []).Distinct(StringComparer.Ordinal).ToList();
        var knownLanguages = await db.ReferenceItems.CountAsync(r => r.Kind == ReferenceKind.Language && languages.Contains(r.Code), cancellationToken);
        if (languages.Count > 20 || knownLanguages != languages.Count)
        {
            errors.Add("languages", text["FieldNotAllowed", text["Languages"]]);
        }

        var reached = Reached ?? [];
        if (reached.Any(r => r.Sex is null || r.AgeBand is null || r.Count is < 0 or > MaxCount)
            || reached.GroupBy(r => (r.Sex, r.AgeBand)).Any(g => g.Count() > 1))
        {
            errors.Add("reached", text["Outreach.CountsInvalid", text["Outreach.Reached"], MaxCount]);
        }

        var nationalities = Nationalities ?? [];
        var codes = nationalities.Select(n => n.NationalityCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var knownCountries = await db.ReferenceItems.CountAsync(r => r.Kind == ReferenceKind.Country && codes.Contains(r.Code), cancellationToken);
        if (nationalities.Any(n => n.NationalityCode is null || n.Count is < 1 or > MaxCount)
            || codes.Count != nationalities.Length || knownCountries != codes.Count)
        {
            errors.Add("nationalities", text["Outreach.CountsInvalid", text["Outreach.Nationalities"], MaxCount]);
        }

        var materials = Materials ?? [];
        if (materials.Any(m => m.Kind is null || m.Count is < 0 or > MaxCount) || materials.GroupBy(m => m.Kind).Any(g => g.Count() > 1))
        {
            errors.Add("materials", text["Outreach.CountsInvalid", text["Outreach.Materials"], MaxCount]);
        }

        if (FollowUpsPromised is < 0 or > MaxCount)
        {
            errors.Add("followUpsPromised", text["FieldBetween", text["Outreach.FollowUpsPromised"], 0, MaxCount]);
        }

        return errors;
    }

    /// <summary>Copies the validated values onto the activity; the agents present are replaced.</summary>
    public void ApplyTo(OutreachActivity activity, ICurrentStaff staff)
    {
        activity.PlannedAt = PlannedAt!.Value.ToUniversalTime();
        activity.Status = Status!.Value;
        activity.SiteId = (SiteId ?? staff.SiteId)!.Value;
        activity.RegionCode = RegionCode!;
        activity.City = FreeText.Clean(City)!;
        activity.Neighbourhood = FreeText.Clean(Neighbourhood);
        activity.VenueType = VenueType!.Value;
        activity.VenueName = FreeText.Clean(VenueName);
        activity.Languages = [.. (Languages ?? []).Distinct(StringComparer.Ordinal)];
        var agents = (AgentIds ?? []).Distinct().ToList();
        activity.Agents.RemoveAll(a => !agents.Contains(a.AgentId));
        activity.Agents.AddRange(agents.Where(id => activity.Agents.All(a => a.AgentId != id))
            .Select(id => new OutreachActivityAgent { ActivityId = activity.Id, AgentId = id }));
        activity.Reached = [.. (Reached ?? []).Where(r => r.Count > 0)
            .Select(r => new ReachCount { Sex = r.Sex!.Value, AgeBand = r.AgeBand!.Value, Count = r.Count })];
        activity.ReachedTotal = activity.Reached.Sum(r => r.Count);
        activity.Nationalities = [.. (Nationalities ?? []).Select(n => new NationalityReach { NationalityCode = n.NationalityCode!, Count = n.Count })];
        activity.Materials = [.. (Materials ?? []).Where(m => m.Count > 0).Select(m => new MaterialCount { Kind = m.Kind!.Value, Count = m.Count })];
        activity.FollowUpsPromised = FollowUpsPromised ?? 0;
        activity.FollowUpsText = FreeText.Clean(FollowUpsText);
        activity.Notes = FreeText.Clean(Notes);
    }
}

/// <summary>The organisation's active staff who go out with the agents: community agents and counsellors.</summary>
public static class OutreachStaff
{
    private static IQueryable<StaffUser> Query(AmudduDbContext db, Guid organisationId)
    {
        var roleIds = db.Roles.Where(r => Policies.OutreachRoles.Contains(r.Name!)).Select(r => r.Id);
        return db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }

    public static Task<int> CountAsync(AmudduDbContext db, Guid organisationId, List<Guid> ids, CancellationToken cancellationToken) =>
        Query(db, organisationId).CountAsync(u => ids.Contains(u.Id), cancellationToken);

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> LoadAsync(AmudduDbContext db, Guid organisationId)
    {
        var users = await Query(db, organisationId).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return [.. users.Select(u => (u.Id, u.DisplayName))];
    }
}
