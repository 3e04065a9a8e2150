using System.Globalization;
using Amuddu.Linkage;
using Amuddu.Linkage.Batch;
using Amuddu.Linkage.Csv;

namespace Amuddu.Cli.Dedup;

/// <summary>
/// The pairs file: one row per compared candidate pair, strongest first, with the agreement level and weight of
/// each field so that a counsellor can see why two registrations were (or were not) taken for one person.
/// </summary>
public static class PairsReport
{
    private static readonly (Field Field, string Column)[] Columns =
    [
        (Field.FirstName, "first_name"),
        (Field.LastName, "last_name"),
        (Field.DateOfBirth, "date_of_birth"),
        (Field.Sex, "sex"),
        (Field.Nationality, "nationality"),
        (Field.Phone, "phone"),
        (Field.Document, "document_number"),
        (Field.City, "city"),
    ];

    public static void Write(TextWriter writer, DedupResult result)
    {
        var header = new List<string> { "record_id_a", "record_id_b", "score", "linked", "same_cluster", "names_swapped" };
        foreach (var (_, column) in Columns)
        {
            header.Add(column);
            header.Add(column + "_weight");
        }

        CsvWriter.WriteRow(writer, [.. header]);
        foreach (var pair in result.Pairs.OrderByDescending(p => p.Score).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            var a = result.Records[pair.A];
            var b = result.Records[pair.B];
            var explanation = result.Scorer.Explain(a, b);
            var row = new List<string>
            {
                a.RecordId,
                b.RecordId,
                F(pair.Score),
                pair.Score >= result.Threshold ? "1" : "0",
                result.ClusterOf[pair.A] == result.ClusterOf[pair.B] ? "1" : "0",
                explanation.NamesSwapped ? "1" : "0",
            };
            foreach (var (field, _) in Columns)
            {
                var reason = explanation.Reasons[(int)field];
                row.Add(reason.Agreement);
                row.Add(F(reason.Weight));
            }

            CsvWriter.WriteRow(writer, [.. row]);
        }
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
