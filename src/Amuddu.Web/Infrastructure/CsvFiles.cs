using CsvHelper;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// The one CSV policy of Amuddu, over CsvHelper: every CSV file the app or the command line writes or reads (apart
/// from the linkage engine's strict person-file reader) goes through here.
/// <list type="bullet">
/// <item>Quoting: RFC 4180, a field is quoted when it holds the separator, a quote, CR or LF; quotes are doubled.</item>
/// <item><see cref="Spreadsheet"/>: files a person opens in Excel or LibreOffice. UTF-8 with a byte order mark (without
/// it Excel reads the Arabic and the accents as Latin-1), and a text cell that starts with = + - @, a tab or CR is
/// written with a leading apostrophe, so a name typed as <c>=HYPERLINK(...)</c> shows as text instead of running as a
/// formula (CSV injection). Numbers written as numbers (<see cref="CsvWriter.WriteField{T}(T, ReadOnlySpan{char})"/>)
/// are left alone, so -5 stays a number.</item>
/// <item><see cref="Data"/>: files a program reads back as they were written (HSDS data packages, the clusters of
/// <c>amuddu dedup</c>, joined to the input by record id): no byte order mark, values exactly as they are.</item>
/// </list>
/// </summary>
public static class CsvFiles
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>For a person's spreadsheet: byte order mark, formula guard; sections of different widths are allowed.</summary>
    public static CsvWriterOptions Spreadsheet(char separator = ',') => CsvWriterOptions.Default with
    {
        Separator = separator,
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        ValidateFieldCount = false,
    };

    /// <summary>For a program: plain UTF-8, values as they are, every record as wide as the first.</summary>
    public static CsvWriterOptions Data(char separator = ',') => CsvWriterOptions.Default with
    {
        Separator = separator,
        WriteByteOrderMark = false,
        Injection = CsvInjection.None,
        ValidateFieldCount = true,
    };

    /// <summary>The file's bytes.</summary>
    public static byte[] Write(CsvWriterOptions options, Action<CsvWriter> write)
    {
        using var buffer = new MemoryStream();
        Write(buffer, options, write);
        return buffer.ToArray();
    }

    /// <summary>Writes to <paramref name="destination"/> (a file, a zip entry) and leaves it open.</summary>
    public static void Write(Stream destination, CsvWriterOptions options, Action<CsvWriter> write)
    {
        using var writer = CsvWriter.Create(destination, options, leaveOpen: true);
        write(writer);
        writer.Flush();
    }

    /// <summary>Writes one record of text fields.</summary>
    public static void Row(this CsvWriter writer, params ReadOnlySpan<string> fields) => writer.WriteRecord(fields);

    /// <summary>
    /// The records of an imported file (the header is the first), comma separated, UTF-8 with or without a byte order
    /// mark. Quoted fields may hold commas, quotes and line breaks; a malformed one (a quote never closed) is an
    /// <see cref="InvalidDataException"/>, not a guess.
    /// </summary>
    public static IEnumerable<string[]> ReadRows(Stream source)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            SkipEmptyLines = true,
        };
        using var reader = CsvReader.Create(source, options, leaveOpen: true);
        while (true)
        {
            try
            {
                if (!reader.Read())
                {
                    yield break;
                }
            }
            catch (CsvFormatException e)
            {
                throw new InvalidDataException(e.Message, e);
            }

            yield return reader.Current.ToArray();
        }
    }
}
