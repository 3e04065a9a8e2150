using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People;

/// <summary>
/// Identity, contacts, address and reception. Erasing keeps what the indicators count (sex, birth year,
/// nationality, region, city, stage, site, dates) and removes the rest, search keys included, so the
/// person can no longer be found by name or phone.
/// </summary>
public sealed class PeoplePersonalData(AmudduDbContext db, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public sealed record Export(
        string FileNumber, string? FirstName, string? LastName, string? FirstNameArabic, string? LastNameArabic, Sex Sex,
        string? DateOfBirth, string NationalityCode, IReadOnlyList<string> Languages, string? Phone, string? WhatsApp, string? Email,
        string RegionCode, string City, string? Neighbourhood, int? HouseholdSize, HeardFrom HeardFrom, string? Site, string? Counsellor,
        PathwayStage Stage, DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt, DateTimeOffset? ErasedAt);

    public string Name => "identity";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var p = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        var site = await db.Sites.Where(s => s.Id == p.SiteId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        var counsellor = await db.Users.Where(u => u.Id == p.CounsellorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return new Export(p.FileNumber, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic, p.Sex, PersonResponse.BirthText(p),
            p.NationalityCode, p.Languages, p.Phone, p.WhatsApp, p.Email, p.RegionCode, p.City, p.Neighbourhood, p.HouseholdSize,
            p.HeardFrom, site, counsellor, p.Stage, p.CreatedAt, p.UpdatedAt, p.ErasedAt);
    }

    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleAsync(p => p.Id == personId, cancellationToken);
        person.BirthYear = person.DateOfBirth?.Year ?? person.BirthYear;
        person.DateOfBirth = null;
        person.FirstName = null;
        person.LastName = null;
        person.FirstNameArabic = null;
        person.LastNameArabic = null;
        person.Phone = null;
        person.WhatsApp = null;
        person.Email = null;
        person.Neighbourhood = null;
        await db.PersonSearchKeys.Where(k => k.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        var subject = PeopleAudit.Subject(personId);
        var corrections = await db.AuditEvents.AsNoTracking()
            .Where(a => a.Subject == subject && a.Action == AuditActions.PersonUpdated)
            .Select(a => new { a.OccurredAt, a.UserId })
            .ToListAsync(cancellationToken);
        var area = text["Identity"].Value;
        return
        [
            new TimelineEntry(person.CreatedAt, area, text["Rights.Timeline.Registered"], person.FileNumber, person.CreatedBy),
            .. corrections.Select(c => new TimelineEntry(c.OccurredAt, area, text["Rights.Timeline.Corrected"], null, c.UserId)),
        ];
    }
}
