using System.Globalization;
using Amuddu.Linkage;
using Amuddu.Linkage.Batch;
using Amuddu.Linkage.Csv;

namespace Amuddu.Cli.Dedup;

/// <summary><c>amuddu dedup</c>: finds the registrations of one person in a CSV file and writes a cluster per record.</summary>
public static class DedupCommand
{
    public const string Summary = "find duplicate registrations in a CSV file (batch duplicate detection)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["-h" or "--help"])
        {
            await output.WriteLineAsync(DedupArguments.Usage);
            return 0;
        }

        DedupArguments arguments;
        try
        {
            arguments = DedupArguments.Parse(args);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"amuddu dedup: {e.Message}");
            await error.WriteLineAsync(DedupArguments.Usage);
            return 2;
        }

        PersonFile file;
        try
        {
            await using var stream = File.OpenRead(arguments.Input);
            file = PersonCsvReader.Read(stream, arguments.Map);
        }
        catch (CsvFormatException e)
        {
            await error.WriteLineAsync($"amuddu dedup: {arguments.Input}: {e.Message}");
            return 1;
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"amuddu dedup: {e.Message}");
            return 2;
        }
        catch (IOException e)
        {
            await error.WriteLineAsync($"amuddu dedup: cannot read {arguments.Input}: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            await error.WriteLineAsync($"amuddu dedup: cannot read {arguments.Input}: {e.Message}");
            return 1;
        }

        var options = new DedupOptions
        {
            LearnWeights = arguments.LearnWeights,
            KeepPairs = arguments.Pairs is not null,
            MatchProbability = arguments.Threshold is < 1 and var p ? p : new DedupOptions().MatchProbability,
            ScoreThreshold = arguments.Threshold is >= 1 and var s ? s : null,
        };
        var result = Deduplicator.Run(file.Records, options);

        var unreadable = new UnreadableValues();
        for (var i = 0; i < result.Records.Count; i++)
        {
            unreadable.Record(result.Records[i].Unreadable, file.Lines[i]);
        }

        try
        {
            WriteAtomically(arguments.Output, writer => WriteClusters(writer, result));
            if (arguments.Pairs is { } pairsPath)
            {
                WriteAtomically(pairsPath, writer => PairsReport.Write(writer, result));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"amuddu dedup: cannot write output: {e.Message}");
            return 1;
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Records.Count} records, {result.CandidatePairCount} candidate pairs, {result.ClusterCount} people (threshold {result.Threshold:F1} bits) -> {arguments.Output}"));
        unreadable.WriteSummary(error);
        return 0;
    }

    private static void WriteClusters(TextWriter writer, DedupResult result)
    {
        CsvWriter.WriteRow(writer, "record_id", "cluster_id");
        for (var i = 0; i < result.Records.Count; i++)
        {
            CsvWriter.WriteRow(writer, result.Records[i].RecordId, result.Records[result.ClusterOf[i]].RecordId);
        }
    }

    /// <summary>Writes next to the target and renames, so a failed run never leaves a half-written file behind.</summary>
    private static void WriteAtomically(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
