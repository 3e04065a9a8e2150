namespace Amuddu.Matching;

/// <summary>How close two occupations are in the taxonomy, from their ISCO-08 unit groups.</summary>
public enum OccupationFit
{
    /// <summary>Not in the same ISCO-08 minor group.</summary>
    Unrelated,

    /// <summary>Same ISCO-08 minor group (first three digits).</summary>
    Near,

    /// <summary>Same ISCO-08 unit group (four digits).</summary>
    Related,

    /// <summary>The same occupation.</summary>
    Same,
}

/// <summary>The ISCO-08 unit group of each occupation code; read from the taxonomy once and shared.</summary>
public sealed class OccupationGroups(IReadOnlyDictionary<string, string> iscoGroupByCode)
{
    public static readonly OccupationGroups Empty = new(new Dictionary<string, string>());

    public string? IscoGroupOf(string occupationCode) => iscoGroupByCode.GetValueOrDefault(occupationCode);

    public IEnumerable<KeyValuePair<string, string>> All => iscoGroupByCode;

    public OccupationFit Fit(string wanted, string? wantedGroup, string held)
    {
        if (string.Equals(wanted, held, StringComparison.Ordinal))
        {
            return OccupationFit.Same;
        }

        if (wantedGroup is not { Length: 4 } || IscoGroupOf(held) is not { Length: 4 } heldGroup)
        {
            return OccupationFit.Unrelated;
        }

        if (string.Equals(wantedGroup, heldGroup, StringComparison.Ordinal))
        {
            return OccupationFit.Related;
        }

        return string.CompareOrdinal(wantedGroup, 0, heldGroup, 0, 3) == 0 ? OccupationFit.Near : OccupationFit.Unrelated;
    }

    /// <summary>The occupations of the taxonomy at least as close as <paramref name="atLeast"/> to <paramref name="code"/>.</summary>
    public List<string> Around(string code, OccupationFit atLeast)
    {
        var group = IscoGroupOf(code);
        var codes = new List<string> { code };
        if (group is not { Length: 4 } || atLeast == OccupationFit.Same)
        {
            return codes;
        }

        foreach (var (other, otherGroup) in iscoGroupByCode)
        {
            if (other != code && otherGroup.Length == 4
                && (otherGroup == group || (atLeast == OccupationFit.Near && string.CompareOrdinal(otherGroup, 0, group, 0, 3) == 0)))
            {
                codes.Add(other);
            }
        }

        return codes;
    }

    /// <summary>The occupations at exactly <paramref name="fit"/> from <paramref name="code"/>.</summary>
    public List<string> At(string code, OccupationFit fit)
    {
        var group = IscoGroupOf(code);
        return fit switch
        {
            OccupationFit.Same => [code],
            OccupationFit.Unrelated => [],
            OccupationFit.Related or OccupationFit.Near => group is not { Length: 4 }
                ? []
                : [.. iscoGroupByCode.Where(o => o.Key != code && o.Value.Length == 4 && Fit(code, group, o.Key) == fit).Select(o => o.Key)],
        };
    }
}
