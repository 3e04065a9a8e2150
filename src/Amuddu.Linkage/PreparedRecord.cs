using Amuddu.Linkage.Normalisation;

namespace Amuddu.Linkage;

/// <summary>A registration after normalisation: what comparison, blocking and scoring work on.</summary>
public sealed class PreparedRecord
{
    public required string RecordId { get; init; }
    public required PreparedName First { get; init; }
    public required PreparedName Last { get; init; }
    public PartialDate DateOfBirth { get; init; }
    public char Sex { get; init; }
    public string Nationality { get; init; } = string.Empty;
    public string Phone { get; init; } = string.Empty;
    public string Document { get; init; } = string.Empty;
    public string City { get; init; } = string.Empty;

    /// <summary>Fields whose typed value was present but could not be read (and are therefore missing here).</summary>
    public UnreadableFields Unreadable { get; init; }
}

[Flags]
public enum UnreadableFields
{
    None = 0,
    DateOfBirth = 1,
    Phone = 2,
    Sex = 4,
}
