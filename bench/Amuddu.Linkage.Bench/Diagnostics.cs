using Amuddu.Linkage.Batch;
using Amuddu.Linkage.Comparison;

namespace Amuddu.Linkage.Bench;

/// <summary>Set LINKAGE_DIAG=1 to see the learned weights and the worst mistakes, for tuning the engine.</summary>
public static class Diagnostics
{
    public static void Print(DedupResult result, string[] truth)
    {
        Console.WriteLine($"  prior={result.Model.Prior:F4}");
        foreach (var f in result.Model.Fields)
        {
            var names = AgreementLevels.Names(f.Field);
            Console.WriteLine("  " + f.Field + ": " + string.Join(" | ", Enumerable.Range(1, names.Count - 1).Select(l => $"{names[l]} m={f.M[l]:F4} u={f.U[l]:F5} w={result.Model.Weight(f.Field, (byte)l):F1}")));
        }

        var sizes = result.ClusterOf.GroupBy(c => c).Select(g => g.Count()).GroupBy(n => n).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine("  cluster sizes " + string.Join(" ", sizes));
        var r = result.Records;
        var shown = 0;
        foreach (var group in Enumerable.Range(0, r.Count).GroupBy(i => result.ClusterOf[i]).Where(g => g.Select(i => truth[i]).Distinct().Count() > 1).Take(6))
        {
            Console.WriteLine("  -- false merge");
            foreach (var i in group.Take(8))
            {
                Console.WriteLine($"     {truth[i],6} {Show(r[i])}");
            }

            shown++;
        }

        foreach (var group in Enumerable.Range(0, r.Count).GroupBy(i => truth[i]).Where(g => g.Select(i => result.ClusterOf[i]).Distinct().Count() > 1).Take(12))
        {
            Console.WriteLine("  -- missed");
            var items = group.ToArray();
            foreach (var i in items)
            {
                Console.WriteLine($"     {result.ClusterOf[i],6} {Show(r[i])}");
            }

            var v = RecordComparer.Compare(r[items[0]], r[items[1]], out var swapped);
            Console.WriteLine($"     {result.Model.Explain(v, swapped)} => {result.Model.Score(v):F1}");
        }
    }

    private static string Show(PreparedRecord p) =>
        $"{p.First.Full}/{p.First.Canonical}/{p.First.Phonetic} {p.Last.Full}/{p.Last.Canonical}/{p.Last.Phonetic} {p.DateOfBirth} {p.Sex} {p.Nationality} {p.Phone} {p.Document} {p.City}";
}
