using Amuddu.Linkage.Clustering;

namespace Amuddu.Linkage.Tests;

public class ClusteringTests
{
    [Fact]
    public void Links_at_or_above_the_threshold_form_clusters()
    {
        var clusters = Clusterer.Cluster(5, [new(0, 1, 20), new(1, 2, 15), new(3, 4, 5)], (_, _) => 20, new ClusteringOptions { Threshold = 10 });
        Assert.Equal([0, 0, 0, 3, 4], clusters);
    }

    [Fact]
    public void A_weak_bridge_between_two_groups_does_not_chain_them()
    {
        // 0-1 and 2-3 are strong pairs; 1-2 is just over the threshold, but 0 and 3 have nothing in common.
        double Score(int a, int b) => (Math.Min(a, b), Math.Max(a, b)) switch
        {
            (0, 1) or (2, 3) => 30,
            (1, 2) => 11,
            _ => -20,
        };
        var links = new ScoredPair[] { new(0, 1, 30), new(2, 3, 30), new(1, 2, 11) };
        var clusters = Clusterer.Cluster(4, links, Score, new ClusteringOptions { Threshold = 10, MinAverageLinkScore = 0 });
        Assert.Equal(clusters[0], clusters[1]);
        Assert.Equal(clusters[2], clusters[3]);
        Assert.NotEqual(clusters[1], clusters[2]);
    }

    [Fact]
    public void Cluster_size_is_capped()
    {
        var links = Enumerable.Range(0, 9).Select(i => new ScoredPair(i, i + 1, 20)).ToArray();
        var clusters = Clusterer.Cluster(10, links, (_, _) => 20, new ClusteringOptions { Threshold = 10, MaxClusterSize = 4 });
        Assert.All(clusters.GroupBy(c => c), g => Assert.True(g.Count() <= 4));
    }

    [Fact]
    public void Cluster_ids_are_stable_whatever_the_order_of_the_links()
    {
        var forward = Clusterer.Cluster(3, [new(0, 1, 20), new(1, 2, 20)], (_, _) => 20, new ClusteringOptions());
        var backward = Clusterer.Cluster(3, [new(1, 2, 20), new(0, 1, 20)], (_, _) => 20, new ClusteringOptions());
        Assert.Equal(forward, backward);
    }
}
