namespace Amuddu.Cli.Tests;

/// <summary>Every command parses its options strictly: a misspelt option is a usage error that names it, never ignored.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("amuddu-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await AmudduCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("seed-demo")]
    [InlineData("retention")]
    [InlineData("dedup")]
    public async Task An_unknown_option_is_a_usage_error_naming_it_and_nothing_is_done(string command)
    {
        var database = Path.Combine(directory, "amuddu.db");
        string[] rest = command == "dedup"
            ? ["--input", Path.Combine(directory, "people.csv"), "--output", Path.Combine(directory, "clusters.csv"), "--conection", "x"]
            : ["--provider", "Sqlite", "--conection", $"Data Source={database}"];

        var (code, output, error) = await Run([command, .. rest]);

        Assert.Equal(2, code);
        Assert.Contains($"amuddu {command}:", error, StringComparison.Ordinal);
        Assert.Contains("'--conection'", error, StringComparison.Ordinal);
        Assert.Contains("--help", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(File.Exists(database));
        Assert.False(File.Exists(Path.Combine(directory, "clusters.csv")));
        Assert.False(File.Exists(Path.Combine("data", "amuddu.db")));
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var (code, _, error) = await Run("migrat");

        Assert.Equal(2, code);
        Assert.Contains("'migrat'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_each_commands_options()
    {
        var root = await Run("--help");
        var migrate = await Run("migrate", "--help");
        var none = await Run();

        Assert.Equal(0, root.Code);
        foreach (var command in new[] { "migrate", "seed-demo", "dedup", "retention" })
        {
            Assert.Contains(command, root.Out, StringComparison.Ordinal);
        }

        Assert.Equal(0, migrate.Code);
        Assert.Contains("--provider", migrate.Out, StringComparison.Ordinal);
        Assert.Contains("--connection", migrate.Out, StringComparison.Ordinal);
        Assert.Equal(2, none.Code);
        Assert.Contains("migrate", none.Out, StringComparison.Ordinal);
    }
}
