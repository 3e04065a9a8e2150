using Amuddu.Web.Data;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>The follow-up checks (3, 6, 12 months after an outcome) of the people a counsellor follows, overdue or due soon, the oldest first.</summary>
public static class ListDueChecks
{
    public const int WithinDays = 14;

    public sealed record Item(Guid PersonId, string Name, int AfterMonths, DateOnly DueOn);

    public static async Task<WorkList<Item>> LoadAsync(AmudduDbContext db, Guid organisationId, Guid userId, DateOnly today, int skip, int take,
        CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(WithinDays);
        var query = from c in db.FollowUpChecks.AsNoTracking()
                    join p in db.People.AsNoTracking() on c.PersonId equals p.Id
                    where c.OrganisationId == organisationId && p.CounsellorId == userId && c.Status == CheckStatus.Pending && c.DueOn <= horizon
                    select new { c.Id, PersonId = p.Id, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic, c.AfterMonths, c.DueOn };
        var total = await query.CountAsync(cancellationToken);
        if (total == 0)
        {
            return WorkList<Item>.Empty;
        }

        var rows = await query.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new WorkList<Item>([.. rows.Select(r => new Item(r.PersonId, Person.NameOf(r.FirstName, r.LastName, r.FirstNameArabic, r.LastNameArabic),
            r.AfterMonths, r.DueOn))], total);
    }
}
