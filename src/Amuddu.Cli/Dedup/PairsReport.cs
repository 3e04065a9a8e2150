using Amuddu.Linkage;
using Amuddu.Linkage.Batch;
using Amuddu.Web.Infrastructure;
using CsvWriter = CsvHelper.CsvWriter;

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

    /// <summary>For a counsellor's spreadsheet (<see cref="CsvFiles.Spreadsheet"/>): record ids typed as formulas stay text.</summary>
    public static void Write(CsvWriter csv, DedupResult result)
    {
        var header = new List<string> { "record_id_a", "record_id_b", "score", "linked", "same_cluster", "names_swapped" };
        foreach (var (_, column) in Columns)
        {
            header.Add(column);
            header.Add(column + "_weight");
        }

        csv.Row([.. header]);
        foreach (var pair in result.Pairs.OrderByDescending(p => p.Score).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            var a = result.Records[pair.A];
            var b = result.Records[pair.B];
            var explanation = result.Scorer.Explain(a, b);
            csv.WriteField(a.RecordId);
            csv.WriteField(b.RecordId);
            csv.WriteField(pair.Score, "0.00");
            csv.WriteField(pair.Score >= result.Threshold ? 1 : 0, default);
            csv.WriteField(result.ClusterOf[pair.A] == result.ClusterOf[pair.B] ? 1 : 0, default);
            csv.WriteField(explanation.NamesSwapped ? 1 : 0, default);
            foreach (var (field, _) in Columns)
            {
                var reason = explanation.Reasons[(int)field];
                csv.WriteField(reason.Agreement);
                csv.WriteField(reason.Weight, "0.00");
            }

            csv.EndRecord();
        }
    }
}
