using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>
/// Reminds each commitment's owner, by e-mail through the outbox, of a follow-up that fell due and is not answered:
/// once per follow-up (its deduplication key). Run by <see cref="CommitmentReminderWorker"/>; the tests call it themselves.
/// </summary>
public static class RemindDueFollowUps
{
    public const string TemplateKey = "CommitmentFollowUpDue";

    /// <summary>Staff e-mails are written in French, the language every staff member of the network reads.</summary>
    private const string Language = "fr";

    public static string Subject(Guid commitmentId) => $"commitment/{commitmentId}";

    public static async Task<int> RunAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var due = await (from f in db.CommitmentFollowUps
                         join c in db.Commitments on f.CommitmentId equals c.Id
                         join owner in db.Users on c.OwnerId equals owner.Id
                         join site in db.Sites on c.SiteId equals site.Id
                         where f.Result == null && f.DueOn <= today && owner.IsActive && owner.Email != null
                         orderby f.DueOn
                         select new { f.Id, f.AfterMonths, f.DueOn, CommitmentId = c.Id, c.OrganisationId, c.PracticeId, owner.Email, Site = site.Name })
            .Take(500).ToListAsync(cancellationToken);
        var practiceIds = due.Select(d => d.PracticeId).Distinct().ToList();
        var names = (await db.PracticeTexts.Where(t => practiceIds.Contains(t.PracticeId))
                .Select(t => new { t.PracticeId, t.Language, t.Name }).ToListAsync(cancellationToken))
            .GroupBy(t => t.PracticeId).ToDictionary(g => g.Key, g => (g.FirstOrDefault(t => t.Language == Language) ?? g.First()).Name);
        var reminded = 0;
        foreach (var followUp in due)
        {
            var parameters = new Dictionary<string, string>
            {
                ["practice"] = names.GetValueOrDefault(followUp.PracticeId, "—"),
                ["agency"] = followUp.Site,
                ["months"] = followUp.AfterMonths.ToString(CultureInfo.InvariantCulture),
                ["dueOn"] = followUp.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            };
            if (await Outbox.EnqueueAsync(db, protector, clock, new OutboxRequest(
                    followUp.OrganisationId, null, OutboxChannel.Email, followUp.Email!, Language, TemplateKey, parameters,
                    Subject(followUp.CommitmentId), $"commitment-follow-up/{followUp.Id}", clock.GetUtcNow()), cancellationToken))
            {
                reminded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return reminded;
    }
}
