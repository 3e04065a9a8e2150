using Amuddu.Linkage.Csv;

namespace Amuddu.Linkage.Bench;

/// <summary>A labelled dataset: how to map its columns and how to read the true person of each row.</summary>
public sealed record LabelledFile(string Name, Dictionary<string, string> Map, string TruthColumn, Func<string, string> TruthOf)
{
    public static readonly LabelledFile[] Known =
    [
        new("registry_10k.csv", [], "true_person", t => t),
        new(
            "febrl3.csv",
            new() { ["rec_id"] = "record_id", ["given_name"] = "first_name", ["surname"] = "last_name", ["soc_sec_id"] = "document_number", ["suburb"] = "city" },
            "rec_id",
            id => id.Split('-')[1]),
        new(
            "fake_1000.csv",
            new() { ["unique_id"] = "record_id", ["surname"] = "last_name", ["dob"] = "date_of_birth", ["email"] = "document_number" },
            "cluster",
            t => t),
    ];

    public (PersonFile File, string[] Truth) Load(string directory)
    {
        using var stream = File.OpenRead(Path.Combine(directory, Name));
        var file = PersonCsvReader.Read(stream, Map, [TruthColumn]);
        return (file, file.Kept[TruthColumn].Select(TruthOf).ToArray());
    }
}
