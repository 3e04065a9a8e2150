using System.Globalization;

namespace Amuddu.Cli.Dedup;

/// <summary>The options of <c>amuddu dedup</c>, parsed strictly: an unknown option is a usage error, not ignored.</summary>
public sealed record DedupArguments(
    string Input,
    string Output,
    string? Pairs,
    IReadOnlyDictionary<string, string> Map,
    double? Threshold,
    bool LearnWeights)
{
    public const string Usage = """
        usage: amuddu dedup --input people.csv --output clusters.csv [--pairs pairs.csv]
                            [--map source_column=field ...] [--threshold T] [--weights learn|default]

          --input      CSV (UTF-8, RFC 4180) with a header. Fields: record_id, first_name, last_name (required),
                       sex, date_of_birth, nationality, phone, document_number, city (optional). Other columns are ignored.
          --output     written with one row per input record: record_id,cluster_id
          --pairs      also write every scored candidate pair with the agreement level and weight of each field
          --map        use a column of the file for a field, e.g. --map given_name=first_name surname=last_name
          --threshold  below 1: minimum match probability (default 0.8); 1 or more: minimum score in bits
          --weights    learn (default): chance agreement and the share of duplicates are measured on the file;
                       default: the documented configured weights are used as they are
        """;

    /// <exception cref="UsageException">The arguments do not make a valid command.</exception>
    public static DedupArguments Parse(IReadOnlyList<string> args)
    {
        string? input = null, output = null, pairs = null;
        double? threshold = null;
        var learn = true;
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            string? Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            switch (option)
            {
                case "--input":
                    input = Value() ?? throw new UsageException("--input needs a file name");
                    break;
                case "--output":
                    output = Value() ?? throw new UsageException("--output needs a file name");
                    break;
                case "--pairs":
                    pairs = Value() ?? throw new UsageException("--pairs needs a file name");
                    break;
                case "--threshold":
                    var text = Value() ?? throw new UsageException("--threshold needs a number");
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) || t <= 0 || double.IsNaN(t) || double.IsInfinity(t))
                    {
                        throw new UsageException($"--threshold '{text}' is not a positive number (a probability below 1, or a score of 1 or more)");
                    }

                    threshold = t;
                    break;
                case "--weights":
                    learn = (Value() ?? string.Empty) switch
                    {
                        "learn" => true,
                        "default" => false,
                        var other => throw new UsageException($"--weights '{other}': use learn or default"),
                    };
                    break;
                case "--map":
                    var any = false;
                    while (Value() is { } pair)
                    {
                        var eq = pair.IndexOf('=');
                        if (eq <= 0 || eq == pair.Length - 1)
                        {
                            throw new UsageException($"--map '{pair}' must look like source_column=field");
                        }

                        map[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
                        any = true;
                    }

                    if (!any)
                    {
                        throw new UsageException("--map needs at least one source_column=field");
                    }

                    break;
                default:
                    throw new UsageException($"unknown option '{option}'");
            }
        }

        if (input is null || output is null)
        {
            throw new UsageException("--input and --output are required");
        }

        return new DedupArguments(input, output, pairs, map, threshold, learn);
    }
}

public sealed class UsageException(string message) : Exception(message);
