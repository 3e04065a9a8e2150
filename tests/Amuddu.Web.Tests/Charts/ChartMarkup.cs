using System.Globalization;
using System.Xml.Linq;

namespace Amuddu.Web.Tests.Charts;

/// <summary>
/// A chart of a page read back as XML (the components write well-formed markup): the SVG's name, its rows, and the
/// figures of the table under it, so a test can hold them against the dashboard's data.
/// </summary>
public sealed record ChartMarkup(XElement Figure)
{
    /// <summary>The figure with this id in the page's raw markup (entities not decoded).</summary>
    public static ChartMarkup Of(string rawHtml, string id)
    {
        var at = rawHtml.IndexOf($"id=\"{id}\" data-chart=", StringComparison.Ordinal);
        Assert.True(at >= 0, $"No chart {id} on the page.");
        var start = rawHtml.LastIndexOf("<figure", at, StringComparison.Ordinal);
        var end = rawHtml.IndexOf("</figure>", at, StringComparison.Ordinal) + "</figure>".Length;
        // HTML writes the SVG without its namespace; XML needs none either, so elements keep their plain names.
        return new ChartMarkup(XElement.Parse(rawHtml[start..end]));
    }

    public string Id => (string)Figure.Attribute("id")!;

    public string Layout => (string)Figure.Attribute("data-layout")!;

    public XElement Svg => Figure.Descendants().Single(e => e.Name.LocalName == "svg");

    public string Title => Svg.Elements().Single(e => e.Name.LocalName == "title").Value;

    public string Description => Svg.Elements().Single(e => e.Name.LocalName == "desc").Value;

    /// <summary>The SVG's rows: key, value (invariant) and the first bar's physical x and width (null for an empty bar).</summary>
    public List<(string Key, double Value, double? X, double? Width)> Rows => Svg.Descendants().Where(e => e.Name.LocalName == "g")
        .Select(g =>
        {
            var rect = g.Elements().SingleOrDefault(e => e.Name.LocalName == "rect");
            return ((string)g.Attribute("data-key")!, double.Parse((string)g.Attribute("data-value")!, CultureInfo.InvariantCulture),
                rect is null ? (double?)null : double.Parse((string)rect.Attribute("x")!, CultureInfo.InvariantCulture),
                rect is null ? (double?)null : double.Parse((string)rect.Attribute("width")!, CultureInfo.InvariantCulture));
        }).ToList();

    /// <summary>The table's rows: key, then the text of each cell after the row header.</summary>
    public Dictionary<string, string[]> Table => Figure.Descendants().Single(e => e.Name.LocalName == "table")
        .Descendants().Where(e => e.Name.LocalName == "tr" && e.Attribute("data-key") is not null)
        .ToDictionary(tr => (string)tr.Attribute("data-key")!, tr => tr.Elements().Where(e => e.Name.LocalName == "td").Select(td => td.Value).ToArray());

    /// <summary>It is an image named by its title and description, as a screen reader announces it.</summary>
    public void AssertAccessible()
    {
        Assert.Equal("img", (string?)Svg.Attribute("role"));
        Assert.Equal($"{Id}-title {Id}-desc", (string?)Svg.Attribute("aria-labelledby"));
        Assert.Equal($"{Id}-title", (string?)Svg.Elements().Single(e => e.Name.LocalName == "title").Attribute("id"));
        Assert.Equal($"{Id}-desc", (string?)Svg.Elements().Single(e => e.Name.LocalName == "desc").Attribute("id"));
        Assert.False(string.IsNullOrWhiteSpace(Title));
        Assert.False(string.IsNullOrWhiteSpace(Description));
        Assert.Equal(Rows.Count, Table.Count);
        Assert.DoesNotContain(Figure.Descendants(), e => e.Name.LocalName == "script");
    }
}
