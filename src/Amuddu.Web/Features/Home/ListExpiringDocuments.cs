using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>The identity documents of the people a counsellor follows that expire in the coming weeks, the soonest first.</summary>
public static class ListExpiringDocuments
{
    public const int WithinDays = 60;

    public sealed record Item(Guid PersonId, string Name, string TypeCode, DateOnly ExpiresOn);

    public static async Task<WorkList<Item>> LoadAsync(AmudduDbContext db, Guid organisationId, Guid userId, DateOnly today, int skip, int take,
        CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(WithinDays);
        var query = from d in db.IdentityDocuments.AsNoTracking()
                    join p in db.People.AsNoTracking() on d.PersonId equals p.Id
                    where d.OrganisationId == organisationId && p.CounsellorId == userId && d.ExpiresOn >= today && d.ExpiresOn <= horizon
                    select new { d.Id, PersonId = p.Id, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic, d.TypeCode, d.ExpiresOn };
        var total = await query.CountAsync(cancellationToken);
        if (total == 0)
        {
            return WorkList<Item>.Empty;
        }

        var rows = await query.OrderBy(r => r.ExpiresOn).ThenBy(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new WorkList<Item>([.. rows.Select(r => new Item(r.PersonId, Person.NameOf(r.FirstName, r.LastName, r.FirstNameArabic, r.LastNameArabic),
            r.TypeCode, r.ExpiresOn!.Value))], total);
    }
}
