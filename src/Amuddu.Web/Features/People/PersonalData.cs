namespace Amuddu.Web.Features.People;

/// <summary>
/// What one area holds on a person. Each area that keeps data on people implements this once, so
/// the person's rights (export everything, erase) and the file's timeline cover every area without
/// the People area knowing the others. Implementations are found by assembly scan and are scoped.
/// The caller has already checked that the person belongs to the staff member's organisation.
/// </summary>
public interface IPersonalDataSection
{
    /// <summary>The section's name in the export, in camelCase: "documents", "positioning".</summary>
    string Name { get; }

    /// <summary>Everything the area holds on the person, readable (decrypted), as plain DTOs for JSON.</summary>
    Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes what identifies the person or describes them as an individual (free text, numbers,
    /// scans, names of third parties), keeping what the indicators count (kinds, statuses, dates,
    /// outcomes). Saves its own changes.
    /// </summary>
    Task EraseAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>What happened in this area, for the file's timeline; texts already localised.</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken);
}

/// <summary>One line of a person's timeline: when, what (localised), a short detail, and by whom.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Area, string What, string? Detail, Guid? By);
