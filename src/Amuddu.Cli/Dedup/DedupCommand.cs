using System.CommandLine;
using System.Globalization;
using Amuddu.Linkage;
using Amuddu.Linkage.Batch;
using Amuddu.Linkage.Csv;
using Amuddu.Web.Infrastructure;
using CsvWriter = CsvHelper.CsvWriter;
using CsvWriterOptions = CsvHelper.CsvWriterOptions;

namespace Amuddu.Cli.Dedup;

/// <summary><c>amuddu dedup</c>: finds the registrations of one person in a CSV file and writes a cluster per record.</summary>
public static class DedupCommand
{
    public const string Summary = "find duplicate registrations in a CSV file (batch duplicate detection)";

    public static Command Build()
    {
        var options = new DedupArguments.Options();
        var command = new Command("dedup", Summary);
        options.AddTo(command);
        command.SetAction(result => RunAsync(DedupArguments.From(result, options), AmudduCommandLine.Writers(result)));
        return command;
    }

    /// <summary>Runs <c>amuddu dedup args...</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("dedup", args, output, error);

    private static async Task<int> RunAsync(DedupArguments arguments, (TextWriter Output, TextWriter Error) writers)
    {
        var (output, error) = writers;
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
            // The clusters are joined back to the input by record id, so they are data, written as they are.
            WriteAtomically(arguments.Output, CsvFiles.Data(), csv => WriteClusters(csv, result));
            if (arguments.Pairs is { } pairsPath)
            {
                WriteAtomically(pairsPath, CsvFiles.Spreadsheet(), csv => PairsReport.Write(csv, result));
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

    private static void WriteClusters(CsvWriter csv, DedupResult result)
    {
        csv.Row("record_id", "cluster_id");
        for (var i = 0; i < result.Records.Count; i++)
        {
            csv.Row(result.Records[i].RecordId, result.Records[result.ClusterOf[i]].RecordId);
        }
    }

    /// <summary>Writes next to the target and renames, so a failed run never leaves a half-written file behind.</summary>
    private static void WriteAtomically(string path, CsvWriterOptions options, Action<CsvWriter> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            using (var file = File.Create(temporary))
            {
                CsvFiles.Write(file, options, write);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
