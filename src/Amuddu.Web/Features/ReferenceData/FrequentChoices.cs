using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ReferenceData;

/// <summary>
/// The nationalities and languages an organisation meets most often, to put first in its pickers: counted over its
/// newest registrations (a bounded read on the organisation's registration-date index, whatever the size of the file),
/// most frequent first, ties by code.
/// </summary>
public static class FrequentChoices
{
    public const int Count = 10;

    /// <summary>How many of the newest registrations are counted.</summary>
    public const int Sample = 2000;

    public sealed record Codes(IReadOnlyList<string> Nationalities, IReadOnlyList<string> Languages);

    public static async Task<Codes> LoadAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken = default)
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
