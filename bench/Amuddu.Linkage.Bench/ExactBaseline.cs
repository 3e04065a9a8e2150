using Amuddu.Linkage.Normalisation;

namespace Amuddu.Linkage.Bench;

/// <summary>
/// What a registry does without a linkage engine: the same person only when first name, last name and date of
/// birth are equal after trimming and lower-casing. Records missing any of the three stay alone.
/// </summary>
public static class ExactBaseline
{
    public static int[] Cluster(IReadOnlyList<PersonRecord> records)
    {
        var firstOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var cluster = new int[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            cluster[i] = i;
            if (string.IsNullOrWhiteSpace(r.FirstName) || string.IsNullOrWhiteSpace(r.LastName) || !DateParser.TryParse(r.DateOfBirth, out var dob))
            {
                continue;
            }

            var key = $"{r.FirstName.Trim().ToLowerInvariant()}|{r.LastName.Trim().ToLowerInvariant()}|{dob}";
            if (firstOfKey.TryGetValue(key, out var first))
            {
                cluster[i] = first;
            }
            else
            {
                firstOfKey[key] = i;
            }
        }

        return cluster;
    }
}
