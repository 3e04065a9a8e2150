using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals.Network;

/// <summary>
/// The network's two durations (sent to accepted, sent to completed) over a period: the count and sum come from the sums
/// (<see cref="NetworkCell"/>); the median is the middle value (or the mean of the middle two) of the facts, read in the
/// order of the duration's index with OFFSET, so no more than two values come back and nothing is sorted, however many
/// referrals the period holds. The definitions are those of the referral's life (<see cref="NetworkFact"/>).
/// </summary>
public static class NetworkDurations
{
    public static async Task<NetworkDuration> OfAsync(
        AmudduDbContext db, int firstDay, int lastDay, Guid? organisationId, bool completed, int count, long milliseconds, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return new NetworkDuration(0, null, null);
        }

        var facts = db.NetworkFacts.AsNoTracking().Where(f => f.Day >= firstDay && f.Day <= lastDay);
        if (organisationId is { } organisation)
        {
            facts = facts.Where(f => f.OrganisationId == organisation || f.RecipientOrganisationId == organisation);
        }

        var durations = completed
            ? facts.Where(f => f.Completed == 1).Select(f => f.CompleteMilliseconds)
            : facts.Where(f => f.Accepted == 1).Select(f => f.AcceptMilliseconds);
        // The middle value of an odd count, the middle two of an even one.
        var middle = await durations.OrderBy(d => d).Skip((count - 1) / 2).Take(count % 2 == 1 ? 1 : 2).ToListAsync(cancellationToken);
        // In days, as doubles: a year of a national network's milliseconds overflows a TimeSpan.
        var median = middle.Average(d => d / (double)TimeSpan.MillisecondsPerDay);
        var average = milliseconds / (double)TimeSpan.MillisecondsPerDay / count;
        return new NetworkDuration(count, Math.Round(median, 1), Math.Round(average, 1));
    }
}
