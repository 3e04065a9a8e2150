using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>Commitments: all of the organisation's for the coordinator and administrators, one's own for the other staff; soonest due first.</summary>
public static class ListCommitments
{
    public static async Task<Ok<List<CommitmentResponse>>> Handle(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken, CommitmentStatus? status = null)
    {
        var commitments = Visible(db, staff);
        if (status is { } s)
        {
            commitments = commitments.Where(c => c.Status == s);
        }

        return TypedResults.Ok(await LoadAsync(db, staff, commitments.OrderBy(c => c.AdoptBy).Take(500), cancellationToken, SiteTime.Today(clock)));
    }

    public static IQueryable<Commitment> Visible(AmudduDbContext db, ICurrentStaff staff)
    {
        var commitments = db.Commitments.Where(c => c.OrganisationId == staff.OrganisationId);
        var userId = staff.UserId;
        return ExchangeAccess.Runs(staff) ? commitments : commitments.Where(c => c.OwnerId == userId);
    }

    public static async Task<List<CommitmentResponse>> LoadAsync(
        AmudduDbContext db, ICurrentStaff staff, IQueryable<Commitment> commitments, CancellationToken cancellationToken, DateOnly? today = null)
    {
        var rows = await (from c in commitments.AsNoTracking().Include(c => c.FollowUps).Where(c => c.OrganisationId == staff.OrganisationId)
                          join site in db.Sites on c.SiteId equals site.Id
                          join owner in db.Users on c.OwnerId equals owner.Id
                          select new { Commitment = c, Site = site.Name, Owner = owner.DisplayName }).ToListAsync(cancellationToken);
        var practiceIds = rows.Select(r => r.Commitment.PracticeId).Distinct().ToList();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var names = (await (from t in db.PracticeTexts
                            join p in db.Practices on t.PracticeId equals p.Id
                            where practiceIds.Contains(t.PracticeId)
                            select new { t.PracticeId, t.Language, t.Name, p.OriginalLanguage }).ToListAsync(cancellationToken))
            .GroupBy(t => t.PracticeId)
            .ToDictionary(g => g.Key, g => (g.FirstOrDefault(t => t.Language == language) ?? g.First(t => t.Language == t.OriginalLanguage)).Name);
        var day = today ?? DateOnly.MaxValue;
        return [.. rows.Select(r => new CommitmentResponse(
            r.Commitment.Id, r.Commitment.PracticeId, names.GetValueOrDefault(r.Commitment.PracticeId, "—"), r.Commitment.SiteId, r.Site, r.Commitment.OwnerId,
            r.Owner, r.Commitment.CommittedOn, r.Commitment.AdoptBy, r.Commitment.Status, r.Commitment.AdoptedOn, r.Commitment.Indicator,
            [.. r.Commitment.FollowUps.OrderBy(f => f.AfterMonths).Select(f => new FollowUpResponse(
                f.Id, f.AfterMonths, f.DueOn, f.Result, f.Note, f.RecordedOn, f.Result is null && today is not null && f.DueOn <= day))],
            r.Commitment.Version))];
    }
}
