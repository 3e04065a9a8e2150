using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.FollowUp;

/// <summary>Contact notes and vulnerabilities in the person's export, erasure and timeline.</summary>
public sealed class FollowUpPersonalData(AmudduDbContext db, FieldProtector protector, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public string Name => "followUp";

    public sealed record NoteExport(Guid Id, ContactKind Kind, DateTimeOffset ContactedAt, bool Sensitive, string? Text, Guid AuthorId, DateTimeOffset RecordedAt);

    public sealed record Export(IReadOnlyList<NoteExport> Notes, VulnerabilitiesResponse? Vulnerabilities);

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var notes = await db.ContactNotes.AsNoTracking().Where(n => n.PersonId == personId).OrderBy(n => n.ContactedAt).ToListAsync(cancellationToken);
        var record = await db.Vulnerabilities.AsNoTracking().SingleOrDefaultAsync(v => v.PersonId == personId, cancellationToken);
        return new Export(
            [.. notes.Select(n => new NoteExport(n.Id, n.Kind, n.ContactedAt, n.Sensitive,
                n.TextCipher is null ? null : protector.UnprotectText(n.TextCipher), n.AuthorId, n.CreatedAt))],
            record is null ? null : GetVulnerabilities.From(record, protector));
    }

    /// <summary>Note texts go; when and how each contact happened stays for the indicators. Vulnerabilities go entirely.</summary>
    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        foreach (var note in await db.ContactNotes.Where(n => n.PersonId == personId).ToListAsync(cancellationToken))
        {
            note.TextCipher = null;
        }

        db.Vulnerabilities.RemoveRange(await db.Vulnerabilities.Where(v => v.PersonId == personId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var notes = await db.ContactNotes.AsNoTracking().Where(n => n.PersonId == personId).ToListAsync(cancellationToken);
        var entries = notes.Select(n => new TimelineEntry(n.ContactedAt, text["FollowUp.Notes"], text[$"FollowUp.ContactKind.{n.Kind}"],
            // The timeline does not know who reads it, so a restricted note never shows its text there.
            n.Sensitive ? text["FollowUp.RestrictedNote"] : n.TextCipher is null ? null : Shorten(protector.UnprotectText(n.TextCipher)),
            n.AuthorId)).ToList();
        if (await db.Vulnerabilities.AsNoTracking().Where(v => v.PersonId == personId)
                .Select(v => new { v.UpdatedAt, v.UpdatedBy }).SingleOrDefaultAsync(cancellationToken) is { } vulnerabilities)
        {
            entries.Add(new TimelineEntry(vulnerabilities.UpdatedAt, text["FollowUp.Vulnerabilities"], text["FollowUp.VulnerabilitiesUpdated"], null, vulnerabilities.UpdatedBy));
        }

        return entries;
    }

    private static string Shorten(string value) => value.Length <= 140 ? value : value[..139] + "…";
}
