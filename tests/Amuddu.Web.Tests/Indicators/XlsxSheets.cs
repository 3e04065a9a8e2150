using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Amuddu.Web.Tests.Indicators;

/// <summary>One cell of a sheet as the file stores it: numeric or text, its value, its style's fill and number format.</summary>
public sealed record XlsxCell(string Reference, bool Numeric, string Value, bool SolidFill, string? NumberFormat)
{
    public decimal AsNumber() => decimal.Parse(Value, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>
/// An XLSX workbook opened as the zip of XML it is (no spreadsheet library): its sheets by name, in order, each a grid
/// of <see cref="XlsxCell"/> by row and column (both from 1), and whether a sheet is laid right to left.
/// </summary>
public sealed class XlsxSheets
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, XDocument> sheets = [];
    private readonly List<string> sharedStrings = [];
    private readonly List<XElement> cellFormats;
    private readonly List<XElement> fills;
    private readonly Dictionary<int, string> numberFormats;

    public XlsxSheets(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        XDocument Read(string path)
        {
            using var stream = zip.GetEntry(path)?.Open() ?? throw new InvalidDataException($"No {path} in the workbook.");
            return XDocument.Load(stream);
        }

        var targets = Read("xl/_rels/workbook.xml.rels").Root!.Elements(PackageRelationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        foreach (var sheet in Read("xl/workbook.xml").Descendants(Main + "sheet"))
        {
            var target = targets[(string)sheet.Attribute(Relationships + "id")!].TrimStart('/');
            var path = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
            Names.Add((string)sheet.Attribute("name")!);
            sheets[Names[^1]] = Read(path);
        }

        if (zip.GetEntry("xl/sharedStrings.xml") is not null)
        {
            sharedStrings.AddRange(Read("xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))));
        }

        var styles = Read("xl/styles.xml").Root!;
        cellFormats = [.. styles.Element(Main + "cellXfs")!.Elements(Main + "xf")];
        fills = [.. styles.Element(Main + "fills")!.Elements(Main + "fill")];
        numberFormats = styles.Element(Main + "numFmts")?.Elements(Main + "numFmt")
            .ToDictionary(f => (int)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!) ?? [];
    }

    public List<string> Names { get; } = [];

    public bool RightToLeft(string sheet) =>
        sheets[sheet].Descendants(Main + "sheetView").Any(v => (string?)v.Attribute("rightToLeft") is "1" or "true");

    /// <summary>The sheet's cells by (row, column); an empty cell is left out.</summary>
    public Dictionary<(int Row, int Column), XlsxCell> Cells(string sheet)
    {
        var cells = new Dictionary<(int, int), XlsxCell>();
        foreach (var c in sheets[sheet].Descendants(Main + "c"))
        {
            var reference = (string)c.Attribute("r")!;
            var type = (string?)c.Attribute("t");
            var raw = type == "inlineStr" ? string.Concat(c.Descendants(Main + "t").Select(t => t.Value)) : c.Element(Main + "v")?.Value;
            if (raw is null)
            {
                continue;
            }

            var value = type == "s" ? sharedStrings[int.Parse(raw, CultureInfo.InvariantCulture)] : raw;
            var xf = cellFormats[(int?)c.Attribute("s") ?? 0];
            var fill = fills[(int?)xf.Attribute("fillId") ?? 0];
            var numberFormat = (int?)xf.Attribute("numFmtId") ?? 0;
            cells[Position(reference)] = new XlsxCell(
                reference, type is null or "n", value,
                (string?)fill.Element(Main + "patternFill")?.Attribute("patternType") == "solid",
                numberFormats.GetValueOrDefault(numberFormat) ?? (numberFormat == 14 ? "date" : null));
        }

        return cells;
    }

    private static (int Row, int Column) Position(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsLetter(reference[i]); i++)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
        }

        return (int.Parse(reference[i..], CultureInfo.InvariantCulture), column);
    }
}
