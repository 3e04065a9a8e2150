using System.CommandLine;
using System.Globalization;

namespace Amuddu.Cli.Dedup;

/// <summary>The options of <c>amuddu dedup</c>.</summary>
public sealed record DedupArguments(
    string Input,
    string Output,
    string? Pairs,
    IReadOnlyDictionary<string, string> Map,
    double? Threshold,
    bool LearnWeights)
{
    /// <summary>The options as System.CommandLine reads them; <see cref="From"/> checks what it cannot.</summary>
    public sealed class Options
    {
        public Option<string> Input { get; } = new("--input")
        {
            Required = true,
            HelpName = "people.csv",
            Description = "CSV (UTF-8, RFC 4180) with a header. Fields: record_id, first_name, last_name (required), sex, date_of_birth, "
                + "nationality, phone, document_number, city (optional). Other columns are ignored.",
        };

        public Option<string> Output { get; } = new("--output")
        {
            Required = true,
            HelpName = "clusters.csv",
            Description = "written with one row per input record: record_id,cluster_id",
        };

        public Option<string?> Pairs { get; } = new("--pairs")
        {
            HelpName = "pairs.csv",
            Description = "also write every scored candidate pair with the agreement level and weight of each field",
        };

        public Option<string[]> Map { get; } = new("--map")
        {
            HelpName = "source_column=field",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Description = "use a column of the file for a field, e.g. --map given_name=first_name surname=last_name",
        };

        public Option<double?> Threshold { get; } = new("--threshold")
        {
            HelpName = "T",
            Description = "below 1: minimum match probability (default 0.8); 1 or more: minimum score in bits",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && t > 0 && double.IsFinite(t))
                {
                    return t;
                }

                result.AddError($"--threshold '{text}' is not a positive number (a probability below 1, or a score of 1 or more)");
                return null;
            },
        };

        public Option<string> Weights { get; } = new("--weights")
        {
            HelpName = "learn|default",
            DefaultValueFactory = _ => "learn",
            Description = "learn (default): chance agreement and the share of duplicates are measured on the file; "
                + "default: the documented configured weights are used as they are",
        };

        public Options()
        {
            Weights.AcceptOnlyFromAmong("learn", "default");
            Map.Validators.Add(result =>
            {
                foreach (var pair in result.GetValueOrDefault<string[]>() ?? [])
                {
                    var eq = pair.IndexOf('=');
                    if (eq <= 0 || eq == pair.Length - 1)
                    {
                        result.AddError($"--map '{pair}' must look like source_column=field");
                    }
                }
            });
        }

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Input, Output, Pairs, Map, Threshold, Weights })
            {
                command.Options.Add(option);
            }
        }
    }

    public static DedupArguments From(ParseResult result, Options options)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in result.GetValue(options.Map) ?? [])
        {
            var eq = pair.IndexOf('=');
            map[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }

        return new DedupArguments(
            result.GetRequiredValue(options.Input), result.GetRequiredValue(options.Output), result.GetValue(options.Pairs), map,
            result.GetValue(options.Threshold), result.GetValue(options.Weights) != "default");
    }
}
