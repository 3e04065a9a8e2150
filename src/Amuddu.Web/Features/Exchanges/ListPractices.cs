using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Positioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>
/// The practice library, for all staff of the organisation: by theme and by words (every word must appear, in any
/// language the practice is written in, accents and case aside), newest first, 25 a page.
/// </summary>
public static class ListPractices
{
    public const int PageSize = 25;

    public static async Task<Ok<PracticeList>> Handle(
        AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken, ExchangeTheme? theme = null, string? query = null, int page = 1) =>
        TypedResults.Ok(await LoadAsync(db, staff, theme, query, page, cancellationToken));

    public static async Task<PracticeList> LoadAsync(
        AmudduDbContext db, ICurrentStaff staff, ExchangeTheme? theme, string? query, int page, CancellationToken cancellationToken)
    {
        var practices = db.Practices.AsNoTracking().Where(p => p.OrganisationId == staff.OrganisationId);
        if (theme is { } t)
        {
            var name = t.ToString();
            practices = practices.Where(p => p.Themes.Contains(name));
        }

        foreach (var word in Words(query))
        {
            practices = practices.Where(p => db.PracticeTexts.Any(x => x.PracticeId == p.Id && x.SearchText.Contains(word)));
        }

        var total = await practices.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await SummariesAsync(db, practices.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize),
            cancellationToken);
        return new PracticeList(items, page, pageCount, total);
    }

    public static IEnumerable<string> Words(string? query) =>
        TaxonomyText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal).Take(8);

    public static async Task<List<PracticeSummary>> SummariesAsync(AmudduDbContext db, IQueryable<Practice> practices, CancellationToken cancellationToken)
    {
        var rows = await (from p in practices
                          join source in db.Organisations on p.SourceOrganisationId equals source.Id
                          select new { Practice = p, Source = source.Acronym ?? source.Name }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Practice.Id).ToList();
        var texts = (await db.PracticeTexts.AsNoTracking().Where(t => ids.Contains(t.PracticeId))
            .Select(t => new { t.PracticeId, t.Language, t.Name }).ToListAsync(cancellationToken)).ToLookup(t => t.PracticeId);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return [.. rows.Select(r =>
        {
            var own = texts[r.Practice.Id].ToList();
            var shown = own.FirstOrDefault(t => t.Language == language) ?? own.FirstOrDefault(t => t.Language == r.Practice.OriginalLanguage) ?? own.First();
            return new PracticeSummary(r.Practice.Id, shown.Name, shown.Language, r.Practice.SourceOrganisationId, r.Source, r.Practice.Themes,
                [.. own.Select(t => t.Language).Order(StringComparer.Ordinal)]);
        })];
    }
}
