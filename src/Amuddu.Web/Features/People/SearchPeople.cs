using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People;

/// <summary>
/// Finds people of the caller's organisation by file number, by phone in any format, or by name in
/// either script and any common spelling (every word must match), filtered by site, counsellor, stage,
/// nationality and legal status; newest first, a page at a time.
/// </summary>
public static class SearchPeople
{
    public const int MaxPageSize = 100;

    public sealed record Page(IReadOnlyList<PersonSummary> Items, int PageNumber, int PageSize, bool HasMore);

    // Init properties rather than a positional record: the compile-time request delegate generator
    // writes typeof(string?) for a constructor's nullable parameters, which does not compile (CS8639).
    /// <summary>What to look for (any of file number, phone, document number or name) and the filters; all optional.</summary>
    public sealed record Filters
    {
        public string? Query { get; init; }
        public Guid? SiteId { get; init; }
        public Guid? CounsellorId { get; init; }
        public PathwayStage? Stage { get; init; }
        public string? Nationality { get; init; }
        public string? LegalStatus { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public static async Task<Results<Ok<Page>, ValidationProblem>> Handle(
        [AsParameters] Filters filters, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(localizer);
        if (filters.LegalStatus is { } status && !Documents.LegalStatus.KnownStatuses.Contains(status))
        {
            errors.Add("legalStatus", localizer["FieldNotAllowed", localizer["LegalStatus"]]);
        }

        if (filters.Nationality is { } nationality
            && !await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Country && r.Code == nationality, cancellationToken))
        {
            errors.Add("nationality", localizer["FieldNotAllowed", localizer["Nationality"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: localizer["ValidationTitle"]);
        }

        var size = Math.Clamp(filters.PageSize ?? 25, 1, MaxPageSize);
        var number = Math.Max(filters.Page ?? 1, 1);
        var organisationId = staff.OrganisationId!.Value;
        var today = SiteTime.Today(clock);
        // A file merged into another is found through its survivor only.
        var own = db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.MergedIntoId == null);
        var (people, filtered) = Filter(db, own, filters, today);
        var text = filters.Query?.Trim();

        // Each branch reads an index in newest-first order, or a handful of rows: never the whole registry.
        List<Guid> pageIds;
        if (string.IsNullOrEmpty(text))
        {
            pageIds = await Paged(people.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Select(p => p.Id), number, size, cancellationToken);
        }
        else if (await IdentifierMatchesAsync(db, protector, people, organisationId, text, cancellationToken) is { } few)
        {
            // A handful of ids: sorted here, so that no engine is tempted to walk the registry in date order for them.
            var found = await people.Where(p => few.Contains(p.Id)).Select(p => new { p.Id, p.CreatedAt }).ToListAsync(cancellationToken);
            pageIds = [.. found.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Skip((number - 1) * size).Take(size + 1).Select(p => p.Id)];
        }
        else
        {
            pageIds = await NameMatchesAsync(db, organisationId, filtered ? people : null, text, number, size, cancellationToken);
        }

        var byId = await db.People.AsNoTracking().Where(p => pageIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var items = pageIds.Take(size).Select(id => byId[id])
            .Select(p => new PersonSummary(p.Id, p.FileNumber, p.DisplayName, PersonResponse.BirthText(p), p.NationalityCode, p.SiteId, p.Stage, p.CreatedAt))
            .ToList();
        return TypedResults.Ok(new Page(items, number, size, pageIds.Count > size));
    }

    private static (IQueryable<Person> People, bool Filtered) Filter(AmudduDbContext db, IQueryable<Person> people, Filters filters, DateOnly today)
    {
        var filtered = people;
        if (filters.SiteId is { } site)
        {
            filtered = filtered.Where(p => p.SiteId == site);
        }

        if (filters.CounsellorId is { } counsellor)
        {
            filtered = filtered.Where(p => p.CounsellorId == counsellor);
        }

        if (filters.Stage is { } stage)
        {
            filtered = filtered.Where(p => p.Stage == stage);
        }

        if (filters.Nationality is { } nationality)
        {
            filtered = filtered.Where(p => p.NationalityCode == nationality);
        }

        if (filters.LegalStatus is { } status)
        {
            filtered = filtered.Where(Documents.LegalStatus.Is(status, db.IdentityDocuments, today));
        }

        return (filtered, !ReferenceEquals(filtered, people));
    }

    private static Task<List<Guid>> Paged(IQueryable<Guid> ids, int number, int size, CancellationToken cancellationToken) =>
        ids.Skip((number - 1) * size).Take(size + 1).ToListAsync(cancellationToken);

    /// <summary>A file number, a phone (any format) or a document number (by its fingerprint): a few ids, or null if the text is a name.</summary>
    private static async Task<List<Guid>?> IdentifierMatchesAsync(
        AmudduDbContext db, FieldProtector protector, IQueryable<Person> people, Guid organisationId, string text, CancellationToken cancellationToken)
    {
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{6}$"))
        {
            return await people.Where(p => p.FileNumber == text).Select(p => p.Id).ToListAsync(cancellationToken);
        }

        if (!text.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var fingerprint = Documents.AddDocument.Fingerprint(protector, text);
        var ids = await db.IdentityDocuments.Where(d => d.OrganisationId == organisationId && d.NumberFingerprint == fingerprint)
            .Select(d => d.PersonId).ToListAsync(cancellationToken);
        if (text.Count(char.IsAsciiDigit) >= 8 && PhoneNormaliser.TryNormalise(text, out var phone))
        {
            var key = PersonSearchKey.PhoneKey(phone);
            ids.AddRange(await db.PersonSearchKeys.Where(k => k.OrganisationId == organisationId && k.Key == key)
                .Select(k => k.PersonId).ToListAsync(cancellationToken));
        }

        return ids;
    }

    /// <summary>
    /// Names: the first two words as given and family name together are one key, read newest first from its
    /// index. Two words of one name ("Diallo Bah") have no pair key: then the first word leads and every other
    /// word must match too.
    /// </summary>
    private static async Task<List<Guid>> NameMatchesAsync(
        AmudduDbContext db, Guid organisationId, IQueryable<Person>? filteredPeople, string text, int number, int size, CancellationToken cancellationToken)
    {
        var keys = PersonSearchKey.KeysOf(text).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        (string Driving, List<string> Others)[] candidates = keys.Count >= 2
            ? [(PersonSearchKey.Pair(keys[0], keys[1]), [.. keys.Skip(2)]), (keys[0], [.. keys.Skip(1)])]
            : [(keys[0], [])];
        foreach (var (driving, others) in candidates)
        {
            var matches = db.PersonSearchKeys.Where(k => k.OrganisationId == organisationId && k.Key == driving);
            foreach (var other in others)
            {
                matches = matches.Where(k => db.PersonSearchKeys.Any(o => o.PersonId == k.PersonId && o.Key == other));
            }

            if (filteredPeople is not null)
            {
                matches = matches.Where(k => filteredPeople.Any(p => p.Id == k.PersonId));
            }

            var ids = await Paged(matches.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.PersonId).Select(k => k.PersonId), number, size, cancellationToken);
            if (ids.Count > 0 || number > 1)
            {
                return ids;
            }
        }

        return [];
    }
}
