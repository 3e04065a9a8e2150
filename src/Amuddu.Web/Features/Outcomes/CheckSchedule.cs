using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Outcomes;

/// <summary>
/// Keeps a person's stage and follow-up checks in line with their outcomes, after any outcome is
/// recorded or corrected. The latest outcome (by date, then by recording) gives the stage; if it is
/// a job or an activity, it has pending checks at its start + 3, 6 and 12 months, moved when its
/// start date is corrected. Pending checks of earlier outcomes are dropped, because the person has
/// moved on; recorded checks are never touched.
/// </summary>
public static class CheckSchedule
{
    /// <summary>
    /// <paramref name="outcomes"/> are all of the person's outcomes, tracked, including one just added.
    /// Changes are left for the caller to save in the same unit of work.
    /// </summary>
    public static async Task ApplyAsync(AmudduDbContext db, Person person, IReadOnlyList<Outcome> outcomes, CancellationToken cancellationToken)
    {
        var latest = Latest(outcomes);
        if (latest is null)
        {
            return;
        }

        person.Stage = latest.Stage;
        var checks = await db.FollowUpChecks.Where(c => c.PersonId == person.Id).ToListAsync(cancellationToken);
        foreach (var outcome in outcomes)
        {
            var current = outcome == latest && outcome.SchedulesChecks;
            foreach (var months in FollowUpCheck.Months)
            {
                var check = checks.SingleOrDefault(c => c.OutcomeId == outcome.Id && c.AfterMonths == months);
                if (check is { Status: not CheckStatus.Pending })
                {
                    continue;
                }

                if (!current)
                {
                    if (check is not null)
                    {
                        db.FollowUpChecks.Remove(check);
                    }
                }
                else if (check is null)
                {
                    db.FollowUpChecks.Add(new FollowUpCheck
                    {
                        OutcomeId = outcome.Id,
                        PersonId = person.Id,
                        OrganisationId = person.OrganisationId,
                        AfterMonths = months,
                        DueOn = outcome.StartsOn.AddMonths(months),
                        Status = CheckStatus.Pending,
                    });
                }
                else
                {
                    check.DueOn = outcome.StartsOn.AddMonths(months);
                }
            }
        }
    }

    public static Outcome? Latest(IEnumerable<Outcome> outcomes) =>
        outcomes.OrderByDescending(o => o.StartsOn).ThenByDescending(o => o.RecordedAt).ThenByDescending(o => o.Id).FirstOrDefault();
}
