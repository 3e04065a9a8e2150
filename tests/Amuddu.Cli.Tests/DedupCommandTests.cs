using System.Text;
using Amuddu.Cli.Dedup;

namespace Amuddu.Cli.Tests;

public sealed class DedupCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("amuddu-dedup-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private const string Header = "record_id,first_name,last_name,sex,date_of_birth,nationality,phone,document_number,city";

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await DedupCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private Dictionary<string, string> Clusters(string path) =>
        File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);

    [Fact]
    public async Task Writes_one_cluster_row_per_record_and_links_the_same_person()
    {
        var input = Write("people.csv", $"""
            {Header},extra
            a1,Mohamed,El Amrani,M,1985-03-02,SY,0612345678,P1234567,Rabat,x
            a2,محمد,Amrani,M,02/03/1985,SY,+212 6 12 34 56 78,,Casablanca,y
            a3,Mahmoud,El Amrani,M,1985-03-02,SY,0698765432,P7654321,Rabat,z
            a4,Fatoumata,Diallo,F,19900714,GN,,A5555555,Tanger,
            a5,Diallo,Fatima,F,1990-07-14,GN,07 11 11 11 11,A5555555,Tanger,

            """);
        var output = Path.Combine(directory, "clusters.csv");
        var (code, stdout, stderr) = await Run("--input", input, "--output", output);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("5 records", stdout);
        Assert.Equal("record_id,cluster_id", File.ReadLines(output).First());
        var clusters = Clusters(output);
        Assert.Equal(5, clusters.Count);
        Assert.Equal(clusters["a1"], clusters["a2"]);
        Assert.NotEqual(clusters["a1"], clusters["a3"]);
        Assert.Equal(clusters["a4"], clusters["a5"]);
    }

    [Fact]
    public async Task Pairs_file_gives_the_agreement_of_every_field()
    {
        var input = Write("people.csv", $"{Header}\n1,Salima,Keita,F,1963-07-09,ML,0745380522,,Rabat\n2,Keïta,Salima,F,1963-09-07,ML,00212 745 380522,,Rabat\n");
        var pairs = Path.Combine(directory, "pairs.csv");
        var (code, _, _) = await Run("--input", input, "--output", Path.Combine(directory, "c.csv"), "--pairs", pairs);

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(pairs);
        Assert.StartsWith("record_id_a,record_id_b,score,linked,same_cluster,names_swapped,first_name,first_name_weight,last_name", lines[0]);
        var row = lines[1].Split(',');
        Assert.Equal(["1", "2"], row[..2]);
        Assert.Equal("1", row[5]);
        Assert.Contains("day/month swapped", lines[1]);
        Assert.Contains(",exact,", lines[1]);
    }

    [Fact]
    public async Task Map_lets_other_files_be_used()
    {
        var input = Write("febrl.csv", "rec_id, given_name, surname, date_of_birth, soc_sec_id\nrec-1-org, mitchell, green, 19560409, 1804974\nrec-1-dup-0, mitchel, green, 19560409, 1804974\nrec-2-org, harley, mccarthy, 19080419, 6089216\n");
        var output = Path.Combine(directory, "c.csv");
        var (code, _, stderr) = await Run("--input", input, "--output", output, "--map", "rec_id=record_id", "given_name=first_name", "surname=last_name", "soc_sec_id=document_number");

        Assert.True(code == 0, stderr);
        var clusters = Clusters(output);
        Assert.Equal(clusters["rec-1-org"], clusters["rec-1-dup-0"]);
        Assert.NotEqual(clusters["rec-1-org"], clusters["rec-2-org"]);
    }

    [Fact]
    public async Task Unreadable_values_are_missing_and_summarised_with_their_lines()
    {
        var input = Write("people.csv", $"{Header}\n1,Ana,Sow,F,19560431,SN,06 12 AB 56 78,,Rabat\n2,Ana,Sow,F,1956-04-30,SN,,,Rabat\n3,Ali,Ba,M,31/02/1990,SN,0612345678,,Fès\n");
        var output = Path.Combine(directory, "c.csv");
        var (code, _, stderr) = await Run("--input", input, "--output", output);

        Assert.Equal(0, code);
        Assert.Contains("warning: 3 unreadable value(s)", stderr);
        Assert.Contains("date_of_birth: 2 (lines 2, 4)", stderr);
        Assert.Contains("phone: 1 (line 2)", stderr);
        Assert.Equal(3, Clusters(output).Count);
    }

    [Fact]
    public async Task A_missing_required_column_stops_with_the_line_and_column_name()
    {
        var input = Write("people.csv", "record_id,first_name,sex\n1,Ana,F\n");
        var output = Path.Combine(directory, "c.csv");
        var (code, _, stderr) = await Run("--input", input, "--output", output);

        Assert.Equal(1, code);
        Assert.Contains("line 1", stderr);
        Assert.Contains("last_name", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Broken_quoting_stops_with_line_and_column()
    {
        var input = Write("people.csv", $"{Header}\n1,Ana,Sow,F,,,,,\n2,\"Ali,Ba,M,,,,,\n");
        var (code, _, stderr) = await Run("--input", input, "--output", Path.Combine(directory, "c.csv"));

        Assert.Equal(1, code);
        Assert.Contains("line 3, column 2", stderr);
        Assert.Contains("never closed", stderr);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_rejected_with_its_line()
    {
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\n1,Ana,Sow,F,,,,,Rabat\n2,Ali,Koné,M,,,,,Fès\n");
        var input = Write("people.csv", latin1);
        var (code, _, stderr) = await Run("--input", input, "--output", Path.Combine(directory, "c.csv"));

        Assert.Equal(1, code);
        Assert.Contains("UTF-8", stderr);
        Assert.Contains("line 3, column 3", stderr);
    }

    [Fact]
    public async Task A_row_with_too_few_fields_is_an_error()
    {
        var input = Write("people.csv", $"{Header}\n1,Ana,Sow,F,,,,,Rabat\n2,Ali\n");
        var (code, _, stderr) = await Run("--input", input, "--output", Path.Combine(directory, "c.csv"));

        Assert.Equal(1, code);
        Assert.Contains("line 3", stderr);
        Assert.Contains("expected 9 fields", stderr);
    }

    [Theory]
    [InlineData("--input", "a.csv")]
    [InlineData("--input", "a.csv", "--output", "b.csv", "--threshold", "abc")]
    [InlineData("--input", "a.csv", "--output", "b.csv", "--map", "nonsense")]
    [InlineData("--input", "a.csv", "--output", "b.csv", "--frobnicate")]
    [InlineData("--input", "a.csv", "--output", "b.csv", "--weights", "magic")]
    public async Task Bad_usage_exits_with_2_and_the_usage(params string[] args)
    {
        var (code, _, stderr) = await Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("amuddu dedup: ", stderr, StringComparison.Ordinal);
        Assert.Contains("amuddu dedup [options]", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_to_an_unknown_field_is_a_usage_error()
    {
        var input = Write("people.csv", $"{Header}\n1,Ana,Sow,F,,,,,Rabat\n");
        var (code, _, stderr) = await Run("--input", input, "--output", Path.Combine(directory, "c.csv"), "--map", "city=town");
        Assert.Equal(2, code);
        Assert.Contains("'town' is not a field", stderr);
    }

    [Fact]
    public async Task A_missing_input_file_is_reported()
    {
        var (code, _, stderr) = await Run("--input", Path.Combine(directory, "nope.csv"), "--output", Path.Combine(directory, "c.csv"));
        Assert.Equal(1, code);
        Assert.Contains("cannot read", stderr);
    }

    [Fact]
    public async Task Threshold_accepts_a_probability_or_a_score()
    {
        var input = Write("people.csv", $"{Header}\n1,Ana,Sow,F,1990-01-01,SN,,,Rabat\n2,Ana,Sow,F,1990-01-01,SN,,,Rabat\n");
        var output = Path.Combine(directory, "c.csv");
        Assert.Equal(0, (await Run("--input", input, "--output", output, "--threshold", "0.5")).Code);
        Assert.Equal("1", Clusters(output)["2"]);
        Assert.Equal(0, (await Run("--input", input, "--output", output, "--threshold", "200")).Code);
        Assert.Equal("2", Clusters(output)["2"]);
    }
}
