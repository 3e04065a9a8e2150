using Microsoft.Data.Sqlite;

namespace Amuddu.Cli.Tests;

/// <summary>A folder of its own for one command-line test, with the SQLite database the commands are pointed at.</summary>
public abstract class CliTestFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("amuddu-cli-").FullName;

    protected string Connection => $"Data Source={Path.Combine(Folder, "amuddu.db")}";

    protected string[] Database => ["--provider", "Sqlite", "--connection", Connection];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static async Task<(int Code, string Out, string Err)> Run(
        Func<string[], TextWriter, TextWriter, Task<int>> command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await command(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    protected long Scalar(string sql)
    {
        using var command = Open().CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    protected void Execute(string sql)
    {
        using var command = Open().CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(Connection);
        connection.Open();
        return connection;
    }
}
