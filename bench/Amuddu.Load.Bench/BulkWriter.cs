using System.Data.Common;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

/// <summary>
/// Writes entities of the product's model straight into their tables, bypassing the change tracker: on SQLite a
/// prepared INSERT in one transaction per flush, on PostgreSQL a binary COPY. The columns, their names and each
/// value's conversion (enums as text, times as ticks on SQLite, lists as JSON or arrays) come from the EF model,
/// so the rows are those the app itself would write. The caller flushes the writers of a batch parents first, so that
/// every foreign key holds when its row is written.
/// </summary>
internal interface IBulkWriter
{
    string Table { get; }

    Task FlushAsync();
}

internal sealed class BulkWriter<T>(AmudduDbContext db) : IBulkWriter where T : class
{
    private readonly IEntityType _entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not in the model.");
    private readonly List<T> _buffer = [];

    public string Table => _entity.GetTableName()!;

    public void Add(T row) => _buffer.Add(row);

    public async Task FlushAsync()
    {
        if (_buffer.Count == 0)
        {
            return;
        }

        var table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        var columns = _entity.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .Where(c => c.Column is not null && !c.Property.IsShadowProperty())
            .ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        if (connection is NpgsqlConnection npgsql)
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c.Column}\""));
            await using var import = await npgsql.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in _buffer)
            {
                await import.StartRowAsync();
                foreach (var (property, _, mapping) in columns)
                {
                    var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
                    if (value is not null && mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    // A list of enums kept as an array of names (a primitive collection with an element conversion).
                    if (value is System.Collections.IList list && value.GetType().IsGenericType && value.GetType().GetGenericArguments()[0].IsEnum)
                    {
                        value = list.Cast<object>().Select(e => e.ToString()!).ToArray();
                    }

                    if (value is null)
                    {
                        await import.WriteNullAsync();
                    }
                    else
                    {
                        await import.WriteAsync(value, StoreTypeName(mapping.StoreType));
                    }
                }
            }

            await import.CompleteAsync();
        }
        else
        {
            // One prepared INSERT, its parameters made once by the columns' mappings (so they bind as the app's
            // would) and given each row's values, in one transaction per flush.
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) "
                + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            var parameters = columns.Select((c, i) => (c.Property, c.Mapping, Parameter: c.Mapping.CreateParameter(command, $"@p{i}", null, c.Property.IsNullable))).ToList();
            foreach (var (_, _, parameter) in parameters)
            {
                command.Parameters.Add(parameter);
            }

            await command.PrepareAsync();
            foreach (var row in _buffer)
            {
                foreach (var (property, mapping, parameter) in parameters)
                {
                    var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
                    parameter.Value = value switch
                    {
                        null => DBNull.Value,
                        _ when mapping.Converter is { } converter => converter.ConvertToProvider(value) ?? DBNull.Value,
                        Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture),
                        _ => value,
                    };
                }

                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        _buffer.Clear();
    }

    /// <summary>"character varying(100)" → "character varying": Npgsql names the type without its facets.</summary>
    private static string StoreTypeName(string storeType)
    {
        var open = storeType.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return storeType;
        }

        var close = storeType.IndexOf(')', open);
        return (storeType[..open] + storeType[(close + 1)..]).Trim();
    }
}
