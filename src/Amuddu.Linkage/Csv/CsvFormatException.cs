namespace Amuddu.Linkage.Csv;

/// <summary>A file that cannot be read as CSV; names the line (1-based) and, where known, the column.</summary>
public sealed class CsvFormatException(string message, long line, int? column = null)
    : Exception(column is null ? $"line {line}: {message}" : $"line {line}, column {column}: {message}")
{
    public long Line { get; } = line;
    public int? Column { get; } = column;
}
