using System.Globalization;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Outreach.Pages;

/// <summary>The posted activity form, as typed, so a form with a mistake comes back filled in.</summary>
public sealed class ActivityForm
{
    public const int NationalityRows = 4;

    /// <summary>As typed: 15/03/2026 or 2026-03-15 (FormDates).</summary>
    public string? Date { get; set; }
    public string? Time { get; set; }
    public OutreachStatus? Status { get; set; }
    public Guid? SiteId { get; set; }
    public string? RegionCode { get; set; }
    public string? City { get; set; }
    public string? Neighbourhood { get; set; }
    public VenueType? VenueType { get; set; }
    public string? VenueName { get; set; }
    public Guid[]? AgentIds { get; set; }
    public string[]? Languages { get; set; }

    /// <summary>"Female_Under18" → count; one input per cell of the grid.</summary>
    // Form binding may leave a collection null when none of its inputs was posted.
    public Dictionary<string, int?>? Reached { get; set; } = [];
    public string?[]? NationalityCodes { get; set; } = new string?[NationalityRows];
    public int?[]? NationalityCounts { get; set; } = new int?[NationalityRows];
    public Dictionary<string, int?>? Materials { get; set; } = [];
    public int? FollowUpsPromised { get; set; }
    public string? FollowUpsText { get; set; }
    public string? Notes { get; set; }
    public long Version { get; set; }

    public static string Cell(Sex sex, AgeBand band) => $"{sex}_{band}";

    /// <summary>The date and time typed on the Moroccan clock; null (so "required" or "impossible") when unreadable.</summary>
    public DateTimeOffset? PlannedAt =>
        FormDates.Read(Date) is { } date
        && TimeOnly.TryParseExact(string.IsNullOrWhiteSpace(Time) ? "00:00" : Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? SiteTime.FromLocal(date, time)
            : null;

    public ActivityInput ToInput() => new(
        PlannedAt, Status, SiteId, RegionCode, City, Neighbourhood, VenueType, VenueName, AgentIds, Languages,
        [.. from sex in Enum.GetValues<Sex>() from band in Enum.GetValues<AgeBand>()
            let count = Reached?.GetValueOrDefault(Cell(sex, band))
            where count is not null
            select new ReachInput(sex, band, count.Value)],
        [.. (NationalityCodes ?? []).Select((code, i) => (code, count: NationalityCounts?.ElementAtOrDefault(i)))
            .Where(n => !string.IsNullOrWhiteSpace(n.code) || n.count is not null)
            .Select(n => new NationalityInput(n.code, n.count ?? 0))],
        [.. Enum.GetValues<MaterialKind>().Select(k => (k, count: Materials?.GetValueOrDefault(k.ToString())))
            .Where(m => m.count is not null).Select(m => new MaterialInput(m.k, m.count!.Value))],
        FollowUpsPromised, FollowUpsText, Notes, Version);

    public static ActivityForm From(ActivityResponse a)
    {
        var local = SiteTime.ToLocal(a.PlannedAt);
        var form = new ActivityForm
        {
            Date = FormDates.Display(DateOnly.FromDateTime(local)),
            Time = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            Status = a.Status, SiteId = a.SiteId, RegionCode = a.RegionCode, City = a.City, Neighbourhood = a.Neighbourhood,
            VenueType = a.VenueType, VenueName = a.VenueName, AgentIds = [.. a.AgentIds], Languages = [.. a.Languages],
            Reached = a.Reached.ToDictionary(r => Cell(r.Sex!.Value, r.AgeBand!.Value), r => (int?)r.Count),
            Materials = a.Materials.ToDictionary(m => m.Kind!.Value.ToString(), m => (int?)m.Count),
            FollowUpsPromised = a.FollowUpsPromised, FollowUpsText = a.FollowUpsText, Notes = a.Notes, Version = a.Version,
        };
        for (var i = 0; i < Math.Min(NationalityRows, a.Nationalities.Count); i++)
        {
            form.NationalityCodes![i] = a.Nationalities[i].NationalityCode;
            form.NationalityCounts![i] = a.Nationalities[i].Count;
        }

        return form;
    }
}
