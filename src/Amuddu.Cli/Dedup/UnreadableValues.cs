using Amuddu.Linkage;

namespace Amuddu.Cli.Dedup;

/// <summary>Counts values that were present but unreadable, so the run can end with a summary instead of failing.</summary>
public sealed class UnreadableValues
{
    private const int LinesNamed = 5;
    private readonly Dictionary<string, (int Count, List<long> Lines)> byField = new(StringComparer.Ordinal);

    public int Total => byField.Values.Sum(v => v.Count);

    public void Record(UnreadableFields flags, long line)
    {
        if (flags.HasFlag(UnreadableFields.DateOfBirth))
        {
            Add("date_of_birth", line);
        }

        if (flags.HasFlag(UnreadableFields.Phone))
        {
            Add("phone", line);
        }

        if (flags.HasFlag(UnreadableFields.Sex))
        {
            Add("sex", line);
        }
    }

    private void Add(string field, long line)
    {
        if (!byField.TryGetValue(field, out var entry))
        {
            entry = (0, []);
        }

        if (entry.Lines.Count < LinesNamed)
        {
            entry.Lines.Add(line);
        }

        byField[field] = (entry.Count + 1, entry.Lines);
    }

    public void WriteSummary(TextWriter error)
    {
        if (Total == 0)
        {
            return;
        }

        error.WriteLine($"warning: {Total} unreadable value(s) were treated as missing:");
        foreach (var (field, (count, lines)) in byField.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var more = count > lines.Count ? ", ..." : string.Empty;
            error.WriteLine($"  {field}: {count} (line{(lines.Count > 1 ? "s" : string.Empty)} {string.Join(", ", lines)}{more})");
        }
    }
}
