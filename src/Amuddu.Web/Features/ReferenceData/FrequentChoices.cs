using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ReferenceData;

/// <summary>
/// The nationalities and languages an organisation meets most often, to put first in its pickers: counted over its
/// newest registrations (a bounded read on the organisation's registration-date index, whatever the size of the file),
/// most frequent first, ties by code. Kept in memory a few minutes per organisation, so that a form view runs no such
/// query most of the time: a new registration shows in the ranking at the latest after <see cref="KeptFor"/>.
/// </summary>
public sealed class FrequentChoices(KeptFigures kept)
{
    public const int Count = 10;

    /// <summary>How many of the newest registrations are counted.</summary>
    public const int Sample = 2000;

    /// <summary>How long an organisation's ranking is kept before it is counted again.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    public sealed record Codes(IReadOnlyList<string> Nationalities, IReadOnlyList<string> Languages);

    public async Task<Codes> LoadAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken = default)
    {
        var (codes, _) = await kept.GetAsync((nameof(FrequentChoices), organisationId), KeptFor, () => CountAsync(db, organisationId, cancellationToken));
        return codes;
    }

    private static async Task<Codes> CountAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var recent = await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId)
            .OrderByDescending(p => p.CreatedAt)
            .Take(Sample)
            .Select(p => new { p.NationalityCode, p.Languages })
            .ToListAsync(cancellationToken);
        return new(Top(recent.Select(p => p.NationalityCode)), Top(recent.SelectMany(p => p.Languages)));
    }

    private static List<string> Top(IEnumerable<string> codes) =>
        [.. codes.Where(c => !string.IsNullOrEmpty(c)).GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(Count).Select(g => g.Key)];
}
