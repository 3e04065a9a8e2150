using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Amuddu.Web.Features.Referrals.Network;

/// <summary>
/// The network's two durations (sent to accepted, sent to completed) counted in the database: one pass gives each
/// count and sum, then the median is the middle value (or the middle two) read with ORDER BY ... OFFSET, so no more than
/// two values of each come back however many referrals the period holds (a year of a national network: hundreds of
/// thousands). The definitions are those of the referral's life: accepted means answered and not declined; completed,
/// reached completion. The median of an even count is the mean of the two middle values, as the figures always had.
/// Differences are taken on the stored instants: UTC ticks to the millisecond on SQLite (the binary form EF
/// keeps there, offset included), microseconds on PostgreSQL.
/// </summary>
public static class NetworkDurations
{
    private const string Accepted = "\"RespondedAt\" IS NOT NULL AND \"DeclineReason\" IS NULL AND \"Status\" <> 'Declined'";
    private const string Completed = "\"CompletedAt\" IS NOT NULL";

    public static async Task<(NetworkDuration Accepted, NetworkDuration Completed)> CountAsync(
        AmudduDbContext db, DateTimeOffset start, DateTimeOffset end, Guid? organisationId, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        // On SQLite the instants are EF's binary form: (local ticks / 1000) << 11 | offset minutes in 11 bits.
        object Instant(DateTimeOffset value) => sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(value)! : value.ToUniversalTime();
        object[] parameters = organisationId is { } id
            ? [Instant(start), Instant(end), sqlite ? id.ToString("D").ToUpperInvariant() : id]
            : [Instant(start), Instant(end)];
        var where = "\"SentAt\" IS NOT NULL AND \"SentAt\" >= {0} AND \"SentAt\" < {1}"
            + (organisationId is null ? "" : " AND (\"SenderOrganisationId\" = {2} OR \"RecipientOrganisationId\" = {2})");
        // The unit of a difference, in ticks: a thousand on SQLite, ten (a microsecond) on PostgreSQL.
        var unit = sqlite ? 1000L : 10L;
        string Days(string column) => sqlite
            ? $"({Utc(column)} - {Utc("SentAt")})"
            : $"CAST(EXTRACT(EPOCH FROM (\"{column}\" - \"SentAt\")) * 1000000 AS bigint)";
        var accepted = Days("RespondedAt");
        var completed = Days("CompletedAt");
        var cast = sqlite ? "REAL" : "double precision";
        var totalsSql = $"SELECT COUNT(CASE WHEN {Accepted} THEN 1 END) AS \"AcceptedCount\", "
            + $"CAST(COALESCE(SUM(CASE WHEN {Accepted} THEN {accepted} END), 0) AS {cast}) AS \"AcceptedSum\", "
            + $"COUNT(CASE WHEN {Completed} THEN 1 END) AS \"CompletedCount\", "
            + $"CAST(COALESCE(SUM(CASE WHEN {Completed} THEN {completed} END), 0) AS {cast}) AS \"CompletedSum\" "
            + $"FROM \"referrals\" WHERE {where}";
        var totals = await db.Database.SqlQueryRaw<Totals>(totalsSql, parameters).SingleAsync(cancellationToken);

        async Task<NetworkDuration> DurationAsync(int count, double sum, string condition, string difference)
        {
            if (count == 0)
            {
                return new NetworkDuration(0, null, null);
            }

            // The middle value of an odd count, the middle two of an even one.
            var skip = (count - 1) / 2;
            var take = count % 2 == 1 ? 1 : 2;
            var middleSql = $"SELECT {difference} AS \"Value\" FROM \"referrals\" WHERE {where} AND {condition} ORDER BY 1 LIMIT {take} OFFSET {skip}";
            var middle = await db.Database.SqlQueryRaw<long>(middleSql, parameters).ToListAsync(cancellationToken);
            var days = middle.Select(v => TimeSpan.FromTicks(v * unit).TotalDays).ToList();
            var median = days.Count == 1 ? days[0] : (days[0] + days[1]) / 2;
            var average = sum * unit / TimeSpan.TicksPerDay / count;
            return new NetworkDuration(count, Math.Round(median, 1), Math.Round(average, 1));
        }

        return (await DurationAsync(totals.AcceptedCount, totals.AcceptedSum, Accepted, accepted),
            await DurationAsync(totals.CompletedCount, totals.CompletedSum, Completed, completed));
    }

    /// <summary>A stored instant as UTC in thousands of ticks: the local ticks less the offset (11 signed bits, in minutes).</summary>
    private static string Utc(string column) =>
        $"((\"{column}\" >> 11) - (CASE WHEN (\"{column}\" & 1024) <> 0 THEN (\"{column}\" & 2047) - 2048 ELSE (\"{column}\" & 2047) END) * 600000)";

    private sealed record Totals(int AcceptedCount, double AcceptedSum, int CompletedCount, double CompletedSum);
}
