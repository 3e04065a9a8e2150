namespace Amuddu.Linkage.Clustering;

/// <summary>
/// Groups records into people: connected components of the pairs scoring at or above the threshold, built
/// strongest link first. Plain connected components let one bad link chain two families of records together
/// (A~B, B~C, so A~C even when A and C share nothing); so when a link would join two groups that each hold more
/// than one record, the average score over every cross pair must also clear <see cref="ClusteringOptions.MinAverageLinkScore"/>,
/// and no group may exceed <see cref="ClusteringOptions.MaxClusterSize"/>.
/// </summary>
public static class Clusterer
{
    /// <param name="score">Scores any two records, for the average-link check between groups.</param>
    /// <returns>For each record, the position of the first record of its cluster (a stable cluster id).</returns>
    public static int[] Cluster(int count, IEnumerable<ScoredPair> links, Func<int, int, double> score, ClusteringOptions options)
    {
        var parent = new int[count];
        var members = new List<int>?[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
        }

        foreach (var link in links.Where(l => l.Score >= options.Threshold).OrderByDescending(l => l.Score).ThenBy(l => l.A).ThenBy(l => l.B))
        {
            var ra = Find(parent, link.A);
            var rb = Find(parent, link.B);
            if (ra == rb)
            {
                continue;
            }

            var sa = members[ra]?.Count ?? 1;
            var sb = members[rb]?.Count ?? 1;
            if (sa + sb > options.MaxClusterSize)
            {
                continue;
            }

            if (sa > 1 || sb > 1)
            {
                var total = 0.0;
                foreach (var x in members[ra] ?? [ra])
                {
                    foreach (var y in members[rb] ?? [rb])
                    {
                        total += score(x, y);
                    }
                }

                if (total / (sa * sb) < options.MinAverageLinkScore)
                {
                    continue;
                }
            }

            // Union by size keeps the member lists short to copy.
            var (big, small) = sa >= sb ? (ra, rb) : (rb, ra);
            parent[small] = big;
            var list = members[big] ??= [big];
            list.AddRange(members[small] ?? [small]);
            members[small] = null;
        }

        var clusterOf = new int[count];
        var firstOfRoot = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var root = Find(parent, i);
            if (!firstOfRoot.TryGetValue(root, out var first))
            {
                first = i;
                firstOfRoot[root] = i;
            }

            clusterOf[i] = first;
        }

        return clusterOf;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}

public sealed record ClusteringOptions
{
    /// <summary>Minimum pair score (log2 Bayes factor) for a link.</summary>
    public double Threshold { get; init; } = 8;

    /// <summary>Minimum average score over all cross pairs when joining two groups of several records.</summary>
    public double MinAverageLinkScore { get; init; } = 0;

    /// <summary>No person registers this many times; a bigger group is a chain of errors.</summary>
    public int MaxClusterSize { get; init; } = 50;
}
