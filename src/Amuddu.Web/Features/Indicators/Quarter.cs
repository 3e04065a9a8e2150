using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>A calendar quarter in the sites' time zone; stored as its <see cref="Key"/> (2026 Q4 is 20264), written "2026-Q4".</summary>
[JsonConverter(typeof(QuarterJson))]
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public int Key => (Year * 10) + Number;

    public DateOnly FirstDay => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>The quarter <paramref name="quarters"/> later (earlier when negative).</summary>
    public Quarter Plus(int quarters)
    {
        var index = (Year * 4) + Number - 1 + quarters;
        return new(index / 4, (index % 4) + 1);
    }

    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public static Quarter FromKey(int key) => new(key / 10, key % 10);

    /// <summary>The quarters from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static IEnumerable<Quarter> Range(Quarter first, Quarter last)
    {
        for (var q = first; q.CompareTo(last) <= 0; q = q.Next)
        {
            yield return q;
        }
    }

    /// <summary>Reads "2026-Q4" (the form every address and file uses).</summary>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var value = text?.Trim();
        if (value is not { Length: 7 } || value[4] != '-' || value[5] is not ('Q' or 'q')
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 2100 || value[6] is < '1' or > '4')
        {
            return false;
        }

        quarter = new Quarter(year, value[6] - '0');
        return true;
    }

    public int CompareTo(Quarter other) => Key.CompareTo(other.Key);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");
}

/// <summary>A quarter in JSON is its text, "2026-Q4", as in addresses and files.</summary>
public sealed class QuarterJson : JsonConverter<Quarter>
{
    public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Quarter.TryParse(reader.GetString(), out var quarter) ? quarter : throw new JsonException("A quarter is written 2026-Q4.");

    public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
