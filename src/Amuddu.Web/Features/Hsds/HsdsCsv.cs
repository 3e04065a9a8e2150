using System.Text;

namespace Amuddu.Web.Features.Hsds;

/// <summary>CSV as RFC 4180 writes it (comma, double quotes, CRLF), which is what Frictionless data packages expect.</summary>
public static class HsdsCsv
{
    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>The records of a CSV text; quoted fields may hold commas, quotes and line breaks.</summary>
    public static IEnumerable<string[]> ReadRows(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append((char)c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return [.. fields];
                }

                fields.Clear();
                any = false;
            }
            else
            {
                field.Append((char)c);
            }
        }

        if (quoted)
        {
            throw new InvalidDataException("A quoted field is not closed.");
        }

        if (any)
        {
            fields.Add(field.ToString());
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                yield return [.. fields];
            }
        }
    }
}
