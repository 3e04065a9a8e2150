namespace Amuddu.Linkage.Blocking;

/// <summary>
/// Batch blocking: every pair of records sharing a key, each pair once. Keys are sorted rather than hashed into
/// dictionaries, which keeps a million records' keys in two flat arrays.
/// </summary>
public static class CandidatePairs
{
    /// <param name="maxBlockSize">Blocks up to this size are compared all against all. A larger block (a very common
    /// name pair in a large registry) would cost n² comparisons, so its records are sorted by date of birth and each
    /// is compared with its <paramref name="window"/> neighbours only (sorted neighbourhood), which keeps the pairs
    /// that matter (same names, same or close date) at a cost linear in n.</param>
    /// <returns>Pairs packed as (i &lt;&lt; 32) | j with i &lt; j, sorted and distinct.</returns>
    public static ulong[] Generate(IReadOnlyList<PreparedRecord> records, int maxBlockSize, out int largeBlocks, int window = DefaultWindow)
    {
        var keys = new List<ulong>(records.Count * 6);
        var owners = new List<int>(records.Count * 6);
        Span<ulong> buffer = stackalloc ulong[BlockingKeys.MaxKeysPerRecord];
        for (var i = 0; i < records.Count; i++)
        {
            var n = BlockingKeys.Fill(records[i], buffer);
            for (var k = 0; k < n; k++)
            {
                keys.Add(buffer[k]);
                owners.Add(i);
            }
        }

        var keyArray = keys.ToArray();
        var ownerArray = owners.ToArray();
        Array.Sort(keyArray, ownerArray);

        var pairs = new List<ulong>(records.Count * 4);
        largeBlocks = 0;
        for (var start = 0; start < keyArray.Length;)
        {
            var end = start + 1;
            while (end < keyArray.Length && keyArray[end] == keyArray[start])
            {
                end++;
            }

            var size = end - start;
            if (size > maxBlockSize)
            {
                largeBlocks++;
                SortedNeighbourhood(records, ownerArray.AsSpan(start, size), window, pairs);
            }
            else
            {
                for (var a = start; a < end; a++)
                {
                    for (var b = a + 1; b < end; b++)
                    {
                        var i = ownerArray[a];
                        var j = ownerArray[b];
                        if (i != j)
                        {
                            pairs.Add(i < j ? ((ulong)i << 32) | (uint)j : ((ulong)j << 32) | (uint)i);
                        }
                    }
                }
            }

            start = end;
        }

        var result = pairs.ToArray();
        Array.Sort(result);
        var distinct = 0;
        for (var k = 0; k < result.Length; k++)
        {
            if (k == 0 || result[k] != result[k - 1])
            {
                result[distinct++] = result[k];
            }
        }

        Array.Resize(ref result, distinct);
        return result;
    }

    public const int DefaultWindow = 4;

    private static void SortedNeighbourhood(IReadOnlyList<PreparedRecord> records, Span<int> members, int window, List<ulong> pairs)
    {
        var keys = new long[members.Length];
        for (var k = 0; k < members.Length; k++)
        {
            var dob = records[members[k]].DateOfBirth;
            keys[k] = ((long)dob.SwapInvariantKey << 32) | (uint)members[k];
        }

        Array.Sort(keys);
        for (var a = 0; a < keys.Length; a++)
        {
            var i = (int)(uint)keys[a];
            for (var b = a + 1; b < Math.Min(keys.Length, a + 1 + window); b++)
            {
                var j = (int)(uint)keys[b];
                if (i != j)
                {
                    pairs.Add(i < j ? ((ulong)i << 32) | (uint)j : ((ulong)j << 32) | (uint)i);
                }
            }
        }
    }
}
