using System.Diagnostics;
using Amuddu.Linkage.Bench.Generator;
using Amuddu.Linkage.Online;

namespace Amuddu.Linkage.Bench;

/// <summary>
/// The online measurement: an index of N people (one careful registration each), then new, damaged registrations
/// of people picked at random, each timed on its own. Recall@10: the person is among the ten returned.
/// </summary>
public static class OnlineRun
{
    public static void Run(int people, int queries, int seed)
    {
        var generator = new RegistryGenerator(seed);
        var index = new OnlineIndex();
        var build = Stopwatch.StartNew();
        for (var i = 0; i < people; i++)
        {
            var person = generator.MakePerson(i);
            index.Add(generator.Register(person, $"P{i}", repeat: false, new Random(i)), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        build.Stop();
        var random = new Random(seed + 1);
        var probes = Enumerable.Range(0, queries).Select(q =>
        {
            var id = random.Next(people);
            return (Id: id, Record: generator.Register(generator.MakePerson(id), $"Q{q}", repeat: true, new Random(seed + 1000 + q)));
        }).ToArray();

        // Warm-up so that the JIT is not in the timings.
        foreach (var (_, record) in probes.Take(200))
        {
            index.Query(record);
        }

        var latencies = new double[probes.Length];
        var top1 = 0;
        var top10 = 0;
        for (var q = 0; q < probes.Length; q++)
        {
            var watch = Stopwatch.StartNew();
            var matches = index.Query(probes[q].Record, 10);
            latencies[q] = watch.Elapsed.TotalMilliseconds;
            var expected = probes[q].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (matches.Count > 0 && matches[0].PersonId == expected)
            {
                top1++;
            }

            if (matches.Any(m => m.PersonId == expected))
            {
                top10++;
            }
            else if (Environment.GetEnvironmentVariable("LINKAGE_DIAG") == "1")
            {
                var truth = generator.Register(generator.MakePerson(probes[q].Id), "t", repeat: false, new Random(probes[q].Id));
                var scorer = new Scoring.PairScorer(Scoring.LinkageModel.Default, null);
                Console.WriteLine($"  missed: {probes[q].Record}\n     on file: {truth}\n     {scorer.Explain(RecordPreparer.Prepare(probes[q].Record), RecordPreparer.Prepare(truth))}; best returned {(matches.Count > 0 ? matches[0].Score : double.NaN):F1}");
            }
        }

        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
        Console.WriteLine($"online: index of {people:N0} people built in {build.Elapsed.TotalSeconds:F1} s (peak so far {BatchRun.PeakMemoryMb():F0} MB); {queries} checks: p50={P(0.5):F2} ms p95={P(0.95):F2} ms p99={P(0.99):F2} ms max={latencies[^1]:F2} ms; recall@1={(double)top1 / queries:F4} recall@10={(double)top10 / queries:F4}");
    }
}
