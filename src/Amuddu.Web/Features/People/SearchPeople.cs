using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.People;

/// <summary>
/// Finds people of the caller's organisation by file number, by phone in any format, or by name in
/// either script and any common spelling (every word must match); newest first, a page at a time.
/// </summary>
public static class SearchPeople
{
    public const int MaxPageSize = 100;

    public sealed record Page(IReadOnlyList<PersonSummary> Items, int PageNumber, int PageSize, bool HasMore);

    /// <summary>Up to this many matches are fetched by key and sorted; beyond, the newest people are walked instead.</summary>
    private const int SmallMatch = 5000;

    public static async Task<Ok<Page>> Handle(
        AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, string? query, Guid? siteId, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 25, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        var organisationId = staff.OrganisationId!.Value;
        var (people, few) = await FilterAsync(db, protector, organisationId, query?.Trim(), cancellationToken);
        if (siteId is { } site)
        {
            people = people.Where(p => p.SiteId == site);
        }

        List<Person> rows;
        if (few is null)
        {
            rows = await people.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
                .Skip((number - 1) * size).Take(size + 1).ToListAsync(cancellationToken);
        }
        else
        {
            // A short list of matches: read them by key and sort here, so no engine is tempted to walk
            // the whole registry in date order looking for them.
            var found = await people.Where(p => few.Contains(p.Id)).Select(p => new { p.Id, p.CreatedAt }).ToListAsync(cancellationToken);
            var pageIds = found.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
                .Skip((number - 1) * size).Take(size + 1).Select(p => p.Id).ToList();
            var byId = await db.People.AsNoTracking().Where(p => pageIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            rows = [.. pageIds.Select(id => byId[id])];
        }

        var items = rows.Take(size)
            .Select(p => new PersonSummary(p.Id, p.FileNumber, p.DisplayName, PersonResponse.BirthText(p), p.NationalityCode, p.SiteId, p.CreatedAt))
            .ToList();
        return TypedResults.Ok(new Page(items, number, size, rows.Count > size));
    }

    /// <summary>
    /// Every branch starts from an index: file number, phone, document fingerprint or name key. Returns either
    /// the ids of a short list of matches, or a query to walk newest first when the matches are many.
    /// </summary>
    private static async Task<(IQueryable<Person> People, List<Guid>? Few)> FilterAsync(
        AmudduDbContext db, FieldProtector protector, Guid organisationId, string? text, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId);
        if (string.IsNullOrEmpty(text))
        {
            return (people, null);
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{6}$"))
        {
            return (people, await people.Where(p => p.FileNumber == text).Select(p => p.Id).ToListAsync(cancellationToken));
        }

        // Digits are a phone or a document number (found by its fingerprint, never by decrypting).
        if (text.Any(char.IsAsciiDigit))
        {
            var fingerprint = Documents.AddDocument.Fingerprint(protector, text);
            var ids = await db.IdentityDocuments.Where(d => d.OrganisationId == organisationId && d.NumberFingerprint == fingerprint)
                .Select(d => d.PersonId).ToListAsync(cancellationToken);
            if (text.Count(char.IsAsciiDigit) >= 8 && PhoneNormaliser.TryNormalise(text, out var phone))
            {
                ids.AddRange(await people.Where(p => p.Phone == phone).Select(p => p.Id).ToListAsync(cancellationToken));
                ids.AddRange(await people.Where(p => p.WhatsApp == phone).Select(p => p.Id).ToListAsync(cancellationToken));
            }

            return (people, ids);
        }

        var keys = PersonSearchKey.KeysOf(text).ToList();
        if (keys.Count == 0)
        {
            return (people, []);
        }

        // The first two words as given and family name together are the most selective key. Two words of one
        // name ("Diallo Bah") have no pair key: then the first word leads and every other must match too.
        var driving = keys.Count >= 2 ? PersonSearchKey.Pair(keys[0], keys[1]) : keys[0];
        var others = keys.Skip(2).ToList();
        var matches = await MatchesAsync(db, organisationId, driving, cancellationToken);
        if (matches.Count == 0 && keys.Count >= 2)
        {
            driving = keys[0];
            others = [.. keys.Skip(1)];
            matches = await MatchesAsync(db, organisationId, driving, cancellationToken);
        }

        foreach (var key in others)
        {
            people = people.Where(p => db.PersonSearchKeys.Any(k => k.PersonId == p.Id && k.Key == key));
        }

        return matches.Count <= SmallMatch
            ? (people, matches)
            : (people.Where(p => db.PersonSearchKeys.Any(k => k.PersonId == p.Id && k.Key == driving)), null);
    }

    private static Task<List<Guid>> MatchesAsync(AmudduDbContext db, Guid organisationId, string key, CancellationToken cancellationToken) =>
        db.PersonSearchKeys.Where(k => k.OrganisationId == organisationId && k.Key == key)
            .Select(k => k.PersonId).Take(SmallMatch + 1).ToListAsync(cancellationToken);
}
