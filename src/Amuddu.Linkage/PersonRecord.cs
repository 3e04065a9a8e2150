namespace Amuddu.Linkage;

/// <summary>
/// One registration as typed by a counsellor, before any cleaning. Every field may be empty;
/// the engine treats an empty or unreadable value as missing rather than as a disagreement.
/// </summary>
public sealed record PersonRecord(
    string RecordId,
    string? FirstName = null,
    string? LastName = null,
    string? Sex = null,
    string? DateOfBirth = null,
    string? Nationality = null,
    string? Phone = null,
    string? DocumentNumber = null,
    string? City = null);
