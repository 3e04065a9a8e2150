namespace Amuddu.Linkage.Csv;

/// <summary>
/// Reads registrations from CSV. Column names are matched case-insensitively after trimming; a map renames a
/// file's own columns to the engine's fields (given_name → first_name). Unknown columns are ignored unless the
/// caller asks to keep them (e.g. a truth column for evaluation).
/// </summary>
public static class PersonCsvReader
{
    public static readonly IReadOnlyList<string> FieldNames =
        ["record_id", "first_name", "last_name", "sex", "date_of_birth", "nationality", "phone", "document_number", "city"];

    public static readonly IReadOnlyList<string> RequiredFields = ["record_id", "first_name", "last_name"];

    /// <param name="map">Source column → field name; a mapped field takes precedence over a column of that name.</param>
    /// <param name="keep">Further columns whose values should be returned alongside the records.</param>
    public static PersonFile Read(Stream stream, IReadOnlyDictionary<string, string>? map = null, IReadOnlyList<string>? keep = null)
    {
        using var csv = new CsvReader(stream);
        if (!csv.TryRead(out var header))
        {
            throw new CsvFormatException("the file is empty; expected a header row naming the columns", 1);
        }

        var columns = header.Fields.Select(h => h.Trim()).ToArray();
        var index = ResolveColumns(columns, map ?? new Dictionary<string, string>(), header.Line);
        var keepIndex = (keep ?? []).Select(k =>
        {
            var i = Array.FindIndex(columns, c => string.Equals(c, k, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : throw new CsvFormatException($"required column '{k}' is missing from the header", header.Line);
        }).ToArray();

        var records = new List<PersonRecord>();
        var lines = new List<long>();
        var kept = keepIndex.Select(_ => new List<string>()).ToArray();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.TryRead(out var row))
        {
            if (row.Fields.Count == 1 && row.Fields[0].Trim().Length == 0)
            {
                continue;
            }

            if (row.Fields.Count != columns.Length)
            {
                throw new CsvFormatException($"expected {columns.Length} fields as in the header, found {row.Fields.Count}", row.Line, Math.Min(row.Fields.Count, columns.Length) + 1);
            }

            // Identifiers are unique per row: sharing them would only fill the pool.
            string? Get(int field) => index[field] < 0 ? null
                : field is 0 or 6 or 7 ? row.Fields[index[field]].Trim()
                : Intern(pool, row.Fields[index[field]].Trim());
            var id = Get(0)!;
            if (id.Length == 0)
            {
                throw new CsvFormatException("record_id is empty; every row needs an identifier", row.Line, index[0] + 1);
            }

            if (seen.TryGetValue(id, out var earlier))
            {
                throw new CsvFormatException($"record_id '{id}' was already used on line {earlier}", row.Line, index[0] + 1);
            }

            seen[id] = row.Line;
            records.Add(new PersonRecord(id, Get(1), Get(2), Get(3), Get(4), Get(5), Get(6), Get(7), Get(8)));
            lines.Add(row.Line);
            for (var k = 0; k < keepIndex.Length; k++)
            {
                kept[k].Add(row.Fields[keepIndex[k]].Trim());
            }
        }

        return new PersonFile(records, lines, (keep ?? []).Zip(kept).ToDictionary(p => p.First, p => (IReadOnlyList<string>)p.Second, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Names, sexes, nationalities and cities repeat across rows; sharing one string per value keeps a million-row
    /// file from holding millions of copies (and the garbage collector from tracing them).
    /// </summary>
    private static string Intern(Dictionary<string, string> pool, string value)
    {
        if (value.Length == 0)
        {
            return string.Empty;
        }

        if (value.Length > 32 || pool.Count > 1_000_000)
        {
            return value;
        }

        if (pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        pool[value] = value;
        return value;
    }

    private static int[] ResolveColumns(string[] columns, IReadOnlyDictionary<string, string> map, long headerLine)
    {
        var index = Enumerable.Repeat(-1, FieldNames.Count).ToArray();
        for (var c = 0; c < columns.Length; c++)
        {
            var f = IndexOfField(columns[c]);
            if (f >= 0 && index[f] < 0)
            {
                index[f] = c;
            }
        }

        foreach (var (source, field) in map)
        {
            var f = IndexOfField(field);
            if (f < 0)
            {
                throw new ArgumentException($"--map {source}={field}: '{field}' is not a field; fields are {string.Join(", ", FieldNames)}");
            }

            var c = Array.FindIndex(columns, x => string.Equals(x, source.Trim(), StringComparison.OrdinalIgnoreCase));
            if (c < 0)
            {
                throw new CsvFormatException($"mapped column '{source}' is not in the header (columns: {string.Join(", ", columns)})", headerLine);
            }

            index[f] = c;
        }

        foreach (var required in RequiredFields)
        {
            if (index[IndexOfField(required)] < 0)
            {
                throw new CsvFormatException($"required column '{required}' is missing from the header (columns: {string.Join(", ", columns)}); name it so or use --map source_column={required}", headerLine);
            }
        }

        return index;
    }

    private static int IndexOfField(string name)
    {
        for (var i = 0; i < FieldNames.Count; i++)
        {
            if (string.Equals(FieldNames[i], name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>The registrations of a file, the line each came from, and any extra columns asked for.</summary>
public sealed record PersonFile(IReadOnlyList<PersonRecord> Records, IReadOnlyList<long> Lines, IReadOnlyDictionary<string, IReadOnlyList<string>> Kept);
