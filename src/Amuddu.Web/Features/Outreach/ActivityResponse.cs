namespace Amuddu.Web.Features.Outreach;

public sealed record ActivityResponse(
    Guid Id,
    Guid SiteId,
    DateTimeOffset PlannedAt,
    OutreachStatus Status,
    string RegionCode,
    string City,
    string? Neighbourhood,
    VenueType VenueType,
    string? VenueName,
    IReadOnlyList<Guid> AgentIds,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ReachInput> Reached,
    int ReachedTotal,
    IReadOnlyList<NationalityInput> Nationalities,
    IReadOnlyList<MaterialInput> Materials,
    int FollowUpsPromised,
    string? FollowUpsText,
    string? Notes,
    long Version)
{
    public static ActivityResponse From(OutreachActivity a) => new(
        a.Id, a.SiteId, a.PlannedAt, a.Status, a.RegionCode, a.City, a.Neighbourhood, a.VenueType, a.VenueName,
        [.. a.Agents.Select(x => x.AgentId)], a.Languages,
        [.. a.Reached.Select(r => new ReachInput(r.Sex, r.AgeBand, r.Count))], a.ReachedTotal,
        [.. a.Nationalities.Select(n => new NationalityInput(n.NationalityCode, n.Count))],
        [.. a.Materials.Select(m => new MaterialInput(m.Kind, m.Count))],
        a.FollowUpsPromised, a.FollowUpsText, a.Notes, a.Version);
}
