using System.Globalization;

namespace Amuddu.Linkage.Bench;

public sealed record BenchOptions
{
    public const string Usage = """
        usage: Amuddu.Linkage.Bench [--data DIR] [--size N] [--queries N] [--pg CONNECTION_STRING] [--pg-subset N] [--skip-large] [--online-only] [--threshold P]
          --data        directory of the labelled files (default /work/shared/data/linkage)
          --size        registrations in the generated registry (default 1000000)
          --queries     online checks to time (default 2000)
          --pg          Npgsql connection string of a throwaway PostgreSQL; without it the PostgreSQL comparison is skipped
          --pg-subset   generated registrations to send through PostgreSQL as well (default 0: labelled files only)
          --skip-large  skip the generated 1M registry (labelled files and PostgreSQL only)
          --online-only only the online measurement (index of --size people)
          --threshold   match probability for linking (default 0.8)
        """;

    public string DataDirectory { get; init; } = "/work/shared/data/linkage";
    public int Size { get; init; } = 1_000_000;
    public int Queries { get; init; } = 2000;
    public string? PostgresConnection { get; init; }
    public int PostgresSubset { get; init; }
    public bool SkipLarge { get; init; }
    public bool OnlineOnly { get; init; }
    public double MatchProbability { get; init; } = new Batch.DedupOptions().MatchProbability;

    public static BenchOptions? Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--data": o = o with { DataDirectory = Next() }; break;
                case "--size": o = o with { Size = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                case "--queries": o = o with { Queries = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                case "--pg": o = o with { PostgresConnection = Next() }; break;
                case "--pg-subset": o = o with { PostgresSubset = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                case "--skip-large": o = o with { SkipLarge = true }; break;
                case "--online-only": o = o with { OnlineOnly = true }; break;
                case "--threshold": o = o with { MatchProbability = double.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                default: return null;
            }
        }

        return o;
    }
}
