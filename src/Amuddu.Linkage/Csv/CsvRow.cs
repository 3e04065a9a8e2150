namespace Amuddu.Linkage.Csv;

/// <summary>One CSV record and the line it starts on (a quoted field may span several lines).</summary>
public sealed record CsvRow(long Line, IReadOnlyList<string> Fields);
