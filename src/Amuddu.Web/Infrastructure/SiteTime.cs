namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Instants are stored in UTC and shown on the Moroccan clock, and "today" is the date in Morocco
/// (a deadline, an expiry or an age turns at local midnight, not at UTC midnight). Morocco keeps UTC+1
/// except during Ramadan, which the IANA zone knows and a fixed offset would not.
/// </summary>
public static class SiteTime
{
    public const string ZoneId = "Africa/Casablanca";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById(ZoneId, out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(1), ZoneId, ZoneId);

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()));

    /// <summary>The instant a local wall-clock time stands for; a time skipped by a clock change is read an hour later.</summary>
    public static DateTimeOffset FromLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The instant a local day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => FromLocal(date, TimeOnly.MinValue);
}
