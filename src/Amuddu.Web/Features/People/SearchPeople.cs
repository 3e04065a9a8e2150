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

    public static async Task<Ok<Page>> Handle(
        AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, string? query, Guid? siteId, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 25, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        var people = Filter(db, protector, staff.OrganisationId!.Value, query);
        if (siteId is { } site)
        {
            people = people.Where(p => p.SiteId == site);
        }

        var rows = await people.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip((number - 1) * size).Take(size + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(size)
            .Select(p => new PersonSummary(p.Id, p.FileNumber, p.DisplayName, PersonResponse.BirthText(p), p.NationalityCode, p.SiteId, p.CreatedAt))
            .ToList();
        return TypedResults.Ok(new Page(items, number, size, rows.Count > size));
    }

    private static IQueryable<Person> Filter(AmudduDbContext db, FieldProtector protector, Guid organisationId, string? query)
    {
        var people = db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId);
        var text = query?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return people;
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{6}$"))
        {
            return people.Where(p => p.FileNumber == text);
        }

        // Digits are a phone or a document number (found by its fingerprint, never by decrypting).
        if (text.Any(char.IsAsciiDigit))
        {
            var fingerprint = Documents.AddDocument.Fingerprint(protector, text);
            var phone = text.Count(char.IsAsciiDigit) >= 8 && PhoneNormaliser.TryNormalise(text, out var e164) ? e164 : null;
            return people.Where(p => (phone != null && (p.Phone == phone || p.WhatsApp == phone))
                || db.IdentityDocuments.Any(d => d.PersonId == p.Id && d.OrganisationId == organisationId && d.NumberFingerprint == fingerprint));
        }

        foreach (var key in PersonSearchKey.KeysOf(text))
        {
            people = people.Where(p => db.PersonSearchKeys.Any(k => k.PersonId == p.Id && k.OrganisationId == organisationId && k.Key == key));
        }

        return people;
    }
}
