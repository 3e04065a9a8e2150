using System.Globalization;

namespace Amuddu.Web.Components.Shared.Charts;

/// <summary>One bar or one step of a chart: what it is called, its value, and the value as the page shows it ("1 234", "12 500,00 MAD").</summary>
public sealed record ChartItem(string Label, double Value, string Display, string? Key = null)
{
    /// <summary>A count, shown with the reader's digit grouping, as the dashboards' tables show it.</summary>
    public static ChartItem Count(string label, int value, string? key = null) =>
        new(label, value, value.ToString("N0", CultureInfo.CurrentCulture), key);
}

/// <summary>
/// Geometry of the server-drawn charts, computed in logical coordinates (0 is the start of the line) and mirrored for a
/// right-to-left page: in Arabic the labels stand on the right and the bars grow leftwards. The SVG is given
/// <c>direction="ltr"</c> so that the text anchors computed here are physical whatever the page's direction.
/// </summary>
public sealed class ChartLayout(double width, bool rightToLeft)
{
    public double Width { get; } = width;

    public bool RightToLeft { get; } = rightToLeft;

    /// <summary>"rtl" or "ltr": written on the figure and the SVG as <c>data-layout</c>.</summary>
    public string Name => RightToLeft ? "rtl" : "ltr";

    public static ChartLayout ForCurrentCulture(double width) => new(width, CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft);

    /// <summary>The physical x of a point at logical <paramref name="x"/>.</summary>
    public string X(double x) => Number(RightToLeft ? Width - x : x);

    /// <summary>The physical x of the left edge of a box that starts at logical <paramref name="x"/> and is <paramref name="width"/> wide.</summary>
    public string BoxX(double x, double width) => Number(RightToLeft ? Width - x - width : x);

    /// <summary>The physical text-anchor of text whose logical start (or end) is at the point.</summary>
    public string Anchor(bool logicalStart) => logicalStart != RightToLeft ? "start" : "end";

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A label cut to <paramref name="max"/> characters with an ellipsis; the table under the chart has it whole.</summary>
    public static string Short(string label, int max) => label.Length <= max ? label : string.Concat(label.AsSpan(0, max - 1), "…");
}
