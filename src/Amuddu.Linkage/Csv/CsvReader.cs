using System.Text;

namespace Amuddu.Linkage.Csv;

/// <summary>
/// A strict RFC 4180 reader: comma separator, fields optionally in double quotes, "" for a quote inside quotes,
/// CRLF or LF line ends, line breaks allowed inside quotes. Strict because a silently mis-split row would put a
/// phone number in the date column and corrupt the matching; so a stray quote or an unclosed quote is an error
/// naming the line and column. Input must be UTF-8 (a BOM is allowed); invalid bytes are an error too.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader reader;
    private long line = 1;

    public CsvReader(Stream stream)
    {
        reader = new StringReader(DecodeUtf8(stream));
    }

    /// <summary>
    /// Decodes the whole input up front so that an invalid byte can be reported with its line, which a
    /// buffered StreamReader cannot do (it fails on the first buffer, wherever the byte is).
    /// </summary>
    private static string DecodeUtf8(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var before = bytes[..read];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var line = before.Count((byte)'\n') + 1;
            var column = before[lineStart..].Count((byte)',') + 1;
            throw new CsvFormatException("the file is not valid UTF-8 text (save it as UTF-8 and try again)", line, column);
        }

        return new string(chars, 0, written);
    }

    public CsvReader(TextReader reader)
    {
        this.reader = reader;
    }

    public IEnumerable<CsvRow> ReadAll()
    {
        while (TryRead(out var row))
        {
            yield return row;
        }
    }

    public bool TryRead(out CsvRow row)
    {
        row = null!;
        var fields = new List<string>();
        var field = new StringBuilder();
        var startLine = line;
        var inQuotes = false;
        var wasQuoted = false;
        var sawAnything = false;
        while (true)
        {
            var next = reader.Read();

            if (next == '\uFEFF' && startLine == 1 && !sawAnything && field.Length == 0 && fields.Count == 0)
            {
                continue;
            }

            if (next == -1)
            {
                if (inQuotes)
                {
                    throw new CsvFormatException("a quoted field is never closed (missing \")", startLine, fields.Count + 1);
                }

                if (!sawAnything)
                {
                    return false;
                }

                fields.Add(field.ToString());
                row = new CsvRow(startLine, fields);
                return true;
            }

            sawAnything = true;
            var c = (char)next;
            if (inQuotes)
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
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or '\r':
                    line++;
                    fields.Add(field.ToString());
                    row = new CsvRow(startLine, fields);
                    return true;
                case '"' when field.Length == 0 && !wasQuoted:
                    inQuotes = true;
                    wasQuoted = true;
                    break;
                case '"':
                    throw new CsvFormatException("a quote (\") inside a field that is not quoted; quote the whole field and double the inner quote", line, fields.Count + 1);
                default:
                    if (wasQuoted)
                    {
                        throw new CsvFormatException("text after the closing quote of a quoted field", line, fields.Count + 1);
                    }

                    field.Append(c);
                    break;
            }
        }
    }

    public void Dispose() => reader.Dispose();
}
