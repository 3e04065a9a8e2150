using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Referrals.Network;

/// <summary>
/// The durations are counted from the network's sums and facts (a count, a sum and the middle values read with OFFSET): on a hand-made
/// set they must equal the definition the figures always had, the durations sorted in memory, the middle one (or the
/// mean of the middle two), rounded to a tenth of a day.
/// </summary>
public sealed class NetworkDurationTests
{
    private const string Statistics = "/api/v1/referrals/statistics";

    /// <summary>The figures' definition, as it was computed in memory before.</summary>
    private static (int Count, double? Median, double? Average) Expected(IEnumerable<TimeSpan> durations)
    {
        var days = durations.Select(d => d.TotalDays).ToList();
        if (days.Count == 0)
        {
            return (0, null, null);
        }

        days.Sort();
        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
        return (days.Count, Math.Round(median, 1), Math.Round(days.Average(), 1));
    }

    [Fact]
    public async Task The_median_and_average_counted_from_the_facts_equal_the_middle_of_the_sorted_durations_for_odd_and_even_counts()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await NetworkTestData.SeedAsync(app);
        var sqlite = app.Database.Provider == DatabaseProvider.Sqlite;
        // Answered after odd fractions of a day; completed later. Sent 3 to 9 days ago. On SQLite, where the instant is
        // kept with its offset, some are written at +01:00 (the difference is between instants, whatever their offsets).
        double[] respondedAfter = [0.2, 6.37, 1.05, 2.5, 0.75, 11.9, 3.33];
        double[] completedAfter = [9.9, 31.25, 14.04, 7.5];
        await app.QueryAsync(async db =>
        {
            var template = await db.Referrals.AsNoTracking().FirstAsync(r => r.OfferId == data.E1);
            for (var i = 0; i < respondedAfter.Length; i++)
            {
                // At noon, site time, 3 to 9 days ago (so a period of the last six days holds the first four).
                var sent = SiteTime.StartOf(app.Today.AddDays(-3 - i)).AddHours(12).AddMinutes(17 * i).ToUniversalTime();
                if (sqlite && i % 2 == 1)
                {
                    sent = sent.ToOffset(TimeSpan.FromHours(1));
                }

                var id = Guid.CreateVersion7();
                db.Referrals.Add(new Referral
                {
                    Id = id, Reference = ReferralAccess.NewReference(id), PersonId = template.PersonId, SenderOrganisationId = data.Anapec, SenderUserId = template.SenderUserId,
                    OfferId = data.N1, RecipientOrganisationId = data.Ngo, Status = i < completedAfter.Length ? ReferralStatus.Completed : ReferralStatus.Accepted,
                    Reason = "Test", RespondBy = DateOnly.FromDateTime(SiteTime.ToLocal(sent)).AddDays(10), SentAt = sent,
                    RespondedAt = sent.AddDays(respondedAfter[i]).ToUniversalTime(),
                    CompletedAt = i < completedAfter.Length ? sent.AddDays(completedAfter[i]).ToUniversalTime() : null,
                });
            }

            await db.SaveChangesAsync();
            return 0;
        });
        await app.RefreshStatisticsAsync();
        var analyst = await app.ApiClientAsync(Demo.Analyst, "en");

        // The durations as stored, read back, over the default period (the last twelve months), then over the last six days.
        var referrals = await app.QueryAsync(db => db.Referrals.AsNoTracking().Where(r => r.SentAt != null).ToListAsync());
        foreach (var days in new[] { 365, 6 })
        {
            var from = app.Today.AddDays(-days).ToString("yyyy-MM-dd");
            var inPeriod = referrals.Where(r => r.SentAt >= SiteTime.StartOf(app.Today.AddDays(-days))).ToList();
            var accepted = Expected(inPeriod.Where(r => r.RespondedAt != null && r.DeclineReason == null && r.Status != ReferralStatus.Declined)
                .Select(r => r.RespondedAt!.Value - r.SentAt!.Value));
            var completed = Expected(inPeriod.Where(r => r.CompletedAt != null).Select(r => r.CompletedAt!.Value - r.SentAt!.Value));

            var s = await analyst.GetFromJsonAsync<JsonElement>($"{Statistics}?from={from}");

            Assert.Equal(accepted, Read(s.GetProperty("timeToAccept")));
            Assert.Equal(completed, Read(s.GetProperty("timeToComplete")));
            if (days == 365)
            {
                // Nine answered and accepted (two of the fixed set, seven here): odd; five completed: odd.
                Assert.Equal(9, accepted.Count);
                Assert.Equal(5, completed.Count);
            }
            else
            {
                // Sent 3 to 6 days ago (and the fixed set's 1, 2 and 5 days ago, none accepted): even counts.
                Assert.Equal(4, accepted.Count);
                Assert.Equal(4, completed.Count);
            }
        }
    }

    private static (int, double?, double?) Read(JsonElement duration) => (
        duration.GetProperty("count").GetInt32(),
        duration.GetProperty("medianDays").ValueKind == JsonValueKind.Null ? null : duration.GetProperty("medianDays").GetDouble(),
        duration.GetProperty("averageDays").ValueKind == JsonValueKind.Null ? null : duration.GetProperty("averageDays").GetDouble());
}
