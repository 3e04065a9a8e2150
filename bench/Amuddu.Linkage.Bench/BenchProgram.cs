using System.Diagnostics;
using System.Globalization;
using Amuddu.Linkage.Batch;
using Amuddu.Linkage.Bench.Generator;
using Amuddu.Linkage.Csv;

namespace Amuddu.Linkage.Bench;

public static class BenchProgram
{
    private const int Seed = 20260611;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is [BatchRun.ChildFlag, var childPath, var probability])
        {
            return BatchRun.Child(childPath, double.Parse(probability, CultureInfo.InvariantCulture));
        }

        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options.OnlineOnly)
        {
            OnlineRun.Run(options.Size, options.Queries, Seed);
            return 0;
        }

        Console.WriteLine($"# Amuddu.Linkage benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var postgres = options.PostgresConnection is { } cs ? new PostgresBaseline(cs) : null;
        if (postgres is null)
        {
            Console.WriteLine("PostgreSQL comparison skipped: no --pg connection string given (see bench/Amuddu.Linkage.Bench/README.md).");
        }

        Console.WriteLine();
        Console.WriteLine("| data | rows | method | time | precision | recall | F1 |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|");
        foreach (var labelled in LabelledFile.Known)
        {
            var (file, truth) = labelled.Load(options.DataDirectory);
            await Compare(labelled.Name, file.Records, truth, options, postgres);
        }

        if (!options.SkipLarge)
        {
            // Timed before the PostgreSQL run on generated data, so that the database's background work
            // (autovacuum after a million-row load) does not share the two cores with the measurement.
            Large(options);
        }

        if (postgres is not null && options.PostgresSubset > 0)
        {
            var path = Path.Combine(Path.GetTempPath(), $"amuddu-registry-{options.PostgresSubset}.csv");
            new RegistryGenerator(Seed).WriteRegistry(path, options.PostgresSubset);
            using var stream = File.OpenRead(path);
            var file = PersonCsvReader.Read(stream, keep: ["true_person"]);
            Console.WriteLine("| data | rows | method | time | precision | recall | F1 |");
            Console.WriteLine("|---|---:|---|---:|---:|---:|---:|");
            await Compare($"generated {options.PostgresSubset:N0}", file.Records, file.Kept["true_person"].ToArray(), options, postgres);
        }

        return 0;
    }

    private static void Large(BenchOptions options)
    {
        Console.WriteLine();
        var largePath = Path.Combine(Path.GetTempPath(), $"amuddu-registry-{options.Size}.csv");
        var watch = Stopwatch.StartNew();
        var persons = new RegistryGenerator(Seed).WriteRegistry(largePath, options.Size);
        Console.WriteLine($"generated {options.Size:N0} registrations of {persons:N0} true persons (seed {Seed}) in {watch.Elapsed.TotalSeconds:F1} s -> {largePath}");
        BatchRun.Run(largePath, options.MatchProbability);
        OnlineRun.Run(options.Size, options.Queries, Seed);
        Console.WriteLine();
    }

    private static async Task Compare(string name, IReadOnlyList<PersonRecord> records, string[] truth, BenchOptions options, PostgresBaseline? postgres)
    {
        void Row(string method, TimeSpan time, int[] clusters, string? note = null) =>
            Console.WriteLine($"| {name} | {records.Count:N0} | {method} | {time.TotalSeconds:F2} s{note} | {Format(PairwiseMetrics.Of(clusters, truth))} |");

        var watch = Stopwatch.StartNew();
        var result = Deduplicator.Run(records, new DedupOptions { MatchProbability = options.MatchProbability });
        Row("Amuddu.Linkage", watch.Elapsed, result.ClusterOf);
        if (Environment.GetEnvironmentVariable("LINKAGE_DIAG") == "1")
        {
            Diagnostics.Print(result, truth);
        }

        watch.Restart();
        var exact = ExactBaseline.Cluster(records);
        Row("exact first+last+dob (in memory)", watch.Elapsed, exact);
        if (postgres is null)
        {
            return;
        }

        var fuzzy = await postgres.FuzzyAsync(records);
        Row("PostgreSQL pg_trgm + dmetaphone + levenshtein, same dob", fuzzy.Query, fuzzy.Clusters, $" (+{fuzzy.Load.TotalSeconds:F2} s load)");
        var exactSql = await postgres.ExactAsync(records);
        Row("PostgreSQL exact lower(first,last)+dob", exactSql.Query, exactSql.Clusters, $" (+{exactSql.Load.TotalSeconds:F2} s load)");
    }

    private static string Format(PairwiseMetrics m) => string.Create(CultureInfo.InvariantCulture, $"{m.Precision:F4} | {m.Recall:F4} | {m.F1:F4}");
}
