using System.Text;
using Amuddu.Linkage.Csv;

namespace Amuddu.Linkage.Tests;

public class CsvReaderTests
{
    private static List<CsvRow> Read(string text) => new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text))).ReadAll().ToList();

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        var rows = Read("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n2,,\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["1", "x, \"y\"", "two\nlines"], rows[1].Fields);
        Assert.Equal(["2", "", ""], rows[2].Fields);
        Assert.Equal(4, rows[2].Line);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped() =>
        Assert.Equal("a", Read("\uFEFFa,b\n")[0].Fields[0]);

    [Fact]
    public void An_unclosed_quote_names_the_line_and_column()
    {
        var e = Assert.Throws<CsvFormatException>(() => Read("a,b\n1,\"open\n2,3\n"));
        Assert.Equal(2, e.Line);
        Assert.Equal(2, e.Column);
    }

    [Fact]
    public void A_stray_quote_names_the_line_and_column()
    {
        var e = Assert.Throws<CsvFormatException>(() => Read("a,b,c\n1,2,3\n4,bad\"value,6\n"));
        Assert.Equal(3, e.Line);
        Assert.Equal(2, e.Column);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error() =>
        Assert.Throws<CsvFormatException>(() => Read("a,b\n\"x\"y,2\n"));

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,2\n3,").Concat(new byte[] { 0xC9, 0x74, 0xE9, (byte)'\n' }).ToArray();
        var e = Assert.Throws<CsvFormatException>(() => new CsvReader(new MemoryStream(bytes)).ReadAll().ToList());
        Assert.Contains("UTF-8", e.Message);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Person_files_map_columns_and_require_identifiers_and_names()
    {
        var csv = "rec_id, given_name, surname, dob\nr1, Ana, Sow, 19871011\n";
        var file = PersonCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new Dictionary<string, string> { ["rec_id"] = "record_id", ["given_name"] = "first_name", ["surname"] = "last_name", ["dob"] = "date_of_birth" });
        Assert.Equal(new PersonRecord("r1", "Ana", "Sow", null, "19871011"), file.Records[0]);
        Assert.Equal(2, file.Lines[0]);

        var e = Assert.Throws<CsvFormatException>(() => PersonCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        Assert.Contains("record_id", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Rows_with_the_wrong_number_of_fields_and_duplicate_ids_are_errors()
    {
        var wrongCount = Assert.Throws<CsvFormatException>(() => PersonCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("record_id,first_name,last_name\n1,a,b\n2,a\n"))));
        Assert.Equal(3, wrongCount.Line);
        var duplicate = Assert.Throws<CsvFormatException>(() => PersonCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("record_id,first_name,last_name\n1,a,b\n1,c,d\n"))));
        Assert.Contains("already used on line 2", duplicate.Message);
    }
}
