using System.Text;
using System.Text.RegularExpressions;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Tests.Platform;

/// <summary>The one CSV policy (<see cref="CsvFiles"/>) and that every CSV file of the app goes through it.</summary>
public sealed partial class CsvPolicyTests
{
    private static string Text(byte[] bytes, out bool bom)
    {
        bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        return Encoding.UTF8.GetString(bom ? bytes[3..] : bytes);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+212612345678", "'+212612345678")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Awa Sow", "Awa Sow")]
    [InlineData("a=b", "a=b")]
    public void A_spreadsheet_file_writes_a_would_be_formula_as_text(string value, string cell)
    {
        var text = Text(CsvFiles.Write(CsvFiles.Spreadsheet(), csv => csv.Row("name", value)), out var bom);

        Assert.True(bom);
        Assert.Equal(cell, CsvFiles.ReadRows(new MemoryStream(Encoding.UTF8.GetBytes(text))).Single()[1]);
    }

    [Fact]
    public void Numbers_stay_numbers_quoting_follows_rfc_4180_and_data_files_keep_values_as_they_are()
    {
        var sheet = Text(CsvFiles.Write(CsvFiles.Spreadsheet(';'), csv =>
        {
            csv.WriteField("a;b");
            csv.WriteField("say \"hi\"");
            csv.WriteField(-5.5m, "0.00");
            csv.EndRecord();
        }), out _);
        var data = Text(CsvFiles.Write(CsvFiles.Data(), csv => csv.Row("=x", "+212612345678", "-1")), out var bom);

        Assert.Equal("\"a;b\";\"say \"\"hi\"\"\";-5.50\r\n", sheet);
        Assert.False(bom);
        Assert.Equal("=x,+212612345678,-1\r\n", data);
    }

    [Fact]
    public void Reading_takes_quoted_commas_quotes_and_line_breaks_and_refuses_an_unclosed_quote()
    {
        var rows = CsvFiles.ReadRows(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFFid,name\r\n1,\"Sow, \"\"Awa\"\"\nline 2\"\r\n\r\n2,x\n"))).ToList();

        Assert.Equal([["id", "name"], ["1", "Sow, \"Awa\"\nline 2"], ["2", "x"]], rows);
        Assert.Throws<InvalidDataException>(() => CsvFiles.ReadRows(new MemoryStream(Encoding.UTF8.GetBytes("a,\"b\n"))).ToList());
    }

    /// <summary>
    /// No CSV is written or read by hand: outside the policy's home, the engine's strict reader and the benchmarks, no source
    /// file creates a CsvHelper writer or reader itself, sets the CSV content type, or doubles quotes.
    /// </summary>
    [Fact]
    public void Every_csv_file_of_the_app_goes_through_the_policy()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Amuddu.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Amuddu.slnx not found above the test folder.");
        }

        var home = Path.Combine(root, "src", "Amuddu.Web", "Infrastructure", "CsvFiles.cs");
        var strictReader = Path.Combine(root, "src", "Amuddu.Linkage", "Csv");
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => f != home && !f.StartsWith(strictReader, StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => HandWrittenCsv().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.Empty(offenders);
        Assert.True(File.Exists(home));
    }

    [GeneratedRegex("""CsvWriter\.(Create|ToFile)|CsvReader\.(Create|FromText|FromFile)|"text/csv;|"\\"\\""|WriteByteOrderMark|Injection\s*=""")]
    private static partial Regex HandWrittenCsv();
}
