using System.Globalization;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Indicators;

/// <summary>A table of sums kept from a table of facts: its name, the key it groups by and the columns it sums (named alike in both).</summary>
public sealed record SumTable(string Name, IReadOnlyList<string> Key, IReadOnlyList<string> Values);

/// <summary>
/// A table of facts, one or more rows per subject (a person, a pre-registration, a referral...) of an organisation, and the
/// tables of sums the statistics pages read. <see cref="IndicatorFacts"/> keeps them all the same way: a rebuild empties
/// them and sums every fact once (<see cref="SumAllAsync"/>); a refresh takes a changed subject's old facts out of the sums
/// (<see cref="RemoveAsync"/>), saves the new ones and adds them in (<see cref="AddAsync"/>), so it costs what changed.
/// Every statement is the same SQL on SQLite and PostgreSQL (INSERT ... ON CONFLICT DO UPDATE, row values).
/// </summary>
public sealed record FactTable(string Name, string Subject, IReadOnlyList<SumTable> Sums)
{
    public static readonly FactTable Indicators = new("indicator_facts", "Subject",
    [
        new("indicator_cells",
            ["OrganisationId", "Measure", "Quarter", "First", "Sex", "AgeBand", "NationalityCode", "LegalStatus", "RegionCode", "SiteId", "PartnerId", "ProgrammeId"],
            ["People", "Events", "AmountCentimes"]),
        new("indicator_totals", ["OrganisationId", "Measure", "Quarter", "First", "Sex", "RegionCode", "SiteId", "PartnerId", "ProgrammeId"],
            ["People", "Events", "AmountCentimes"]),
    ]);

    /// <summary>Deletes the organisation's facts and sums.</summary>
    public async Task ClearAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        foreach (var table in Sums.Select(s => s.Name).Append(Name))
        {
            var sql = $"DELETE FROM {table} WHERE \"OrganisationId\" = {{0}}";
            await db.Database.ExecuteSqlRawAsync(sql, [organisationId], cancellationToken);
        }
    }

    /// <summary>Sums every fact of the organisation into its (emptied) sums: one INSERT ... SELECT ... GROUP BY each.</summary>
    public async Task SumAllAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        foreach (var sums in Sums)
        {
            var key = Columns(sums.Key);
            var sql = $"INSERT INTO {sums.Name} ({key}, {Columns(sums.Values)}) SELECT {key}, {Summed(sums, "")} "
                + $"FROM {Name} WHERE \"OrganisationId\" = {{0}} GROUP BY {key}";
            await db.Database.ExecuteSqlRawAsync(sql, [organisationId], cancellationToken);
        }
    }

    /// <summary>
    /// Adds the subjects' facts to the sums: the facts grouped by each table's key, then one upsert (INSERT ... ON CONFLICT
    /// DO UPDATE) per table.
    /// </summary>
    public async Task AddAsync(AmudduDbContext db, Guid organisationId, IReadOnlyCollection<Guid> subjects, CancellationToken cancellationToken)
    {
        if (subjects.Count > 0)
        {
            await MoveAsync(db, OfSubjects(organisationId, subjects), take: false, cancellationToken);
        }
    }

    /// <summary>Takes the subjects' facts out of the sums (a sum brought to zero is deleted), then deletes the facts.</summary>
    public async Task RemoveAsync(AmudduDbContext db, Guid organisationId, IReadOnlyCollection<Guid> subjects, CancellationToken cancellationToken)
    {
        if (subjects.Count == 0)
        {
            return;
        }

        var subjectsFilter = OfSubjects(organisationId, subjects);
        await MoveAsync(db, subjectsFilter, take: true, cancellationToken);
        var sql = $"DELETE FROM {Name} WHERE {subjectsFilter.Filter}";
        await db.Database.ExecuteSqlRawAsync(sql, subjectsFilter.Parameters, cancellationToken);
    }

    private async Task MoveAsync(AmudduDbContext db, (object[] Parameters, string Filter) subjects, bool take, CancellationToken cancellationToken)
    {
        var (parameters, filter) = subjects;
        foreach (var sums in Sums)
        {
            var key = Columns(sums.Key);
            var update = string.Join(", ", sums.Values.Select(v => $"\"{v}\" = {sums.Name}.\"{v}\" + excluded.\"{v}\""));
            // Made of column names and parameter placeholders: nothing from outside.
            var sql = $"INSERT INTO {sums.Name} ({key}, {Columns(sums.Values)}) SELECT {key}, {Summed(sums, take ? "-" : "")} "
                + $"FROM {Name} WHERE {filter} GROUP BY {key} ON CONFLICT ({key}) DO UPDATE SET {update}";
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
            if (take)
            {
                // The sums the subjects alone made go (found by their key, on the table's primary key).
                var zero = string.Join(" AND ", sums.Values.Select(v => $"\"{v}\" = 0"));
                var empty = $"DELETE FROM {sums.Name} WHERE ({key}) IN (SELECT {key} FROM {Name} WHERE {filter}) AND {zero}";
                await db.Database.ExecuteSqlRawAsync(empty, parameters, cancellationToken);
            }
        }
    }

    /// <summary>The organisation as {0}, the subjects as {1}...{n}: a slice is a few hundred at most.</summary>
    private (object[] Parameters, string Filter) OfSubjects(Guid organisationId, IReadOnlyCollection<Guid> subjects)
    {
        var list = string.Join(", ", Enumerable.Range(1, subjects.Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{{{i}}}")));
        return ([organisationId, .. subjects.Select(s => (object)s)], $"\"OrganisationId\" = {{0}} AND \"{Subject}\" IN ({list})");
    }

    private static string Columns(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    private static string Summed(SumTable sums, string sign) => string.Join(", ", sums.Values.Select(v => $"{sign}SUM(\"{v}\")"));
}
