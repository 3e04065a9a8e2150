using System.Diagnostics;
using System.Globalization;
using Amuddu.Linkage.Batch;
using Amuddu.Linkage.Csv;

namespace Amuddu.Linkage.Bench;

/// <summary>
/// The 1M batch measurement. It runs in a child process so that the peak memory reported is that of reading and
/// deduplicating the file, not of generating it.
/// </summary>
public static class BatchRun
{
    public const string ChildFlag = "--batch-child";

    public static int Child(string path, double probability)
    {
        var total = Stopwatch.StartNew();
        PersonFile file;
        using (var stream = File.OpenRead(path))
        {
            file = PersonCsvReader.Read(stream, keep: ["true_person"]);
        }

        var read = total.Elapsed;
        var result = Deduplicator.Run(file.Records, new DedupOptions { MatchProbability = probability });
        total.Stop();
        var metrics = PairwiseMetrics.Of(result.ClusterOf, file.Kept["true_person"]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"records={file.Records.Count} read_s={read.TotalSeconds:F1} dedup_s={(total.Elapsed - read).TotalSeconds:F1} total_s={total.Elapsed.TotalSeconds:F1} candidates={result.CandidatePairCount} large_blocks={result.LargeBlocks} people={result.ClusterCount} threshold={result.Threshold:F1} peak_mb={PeakMemoryMb():F0} {metrics} stages: {string.Join(", ", result.Stages.Select(s => $"{s.Name} {s.Elapsed.TotalSeconds:F1}s"))}"));
        return 0;
    }

    public static void Run(string path, double probability)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BatchRun).Assembly.Location);
        }

        start.ArgumentList.Add(ChildFlag);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(probability.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        Console.WriteLine($"batch (child process, wall clock from reading the CSV to clusters): {line}");
    }

    /// <summary>Peak resident memory of this process (VmHWM), in MB.</summary>
    public static double PeakMemoryMb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return double.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }
}
