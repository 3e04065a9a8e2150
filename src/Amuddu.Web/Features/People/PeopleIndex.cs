using System.Collections.Concurrent;
using System.Globalization;
using Amuddu.Linkage;
using Amuddu.Linkage.Online;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.People;

/// <summary>
/// The duplicate-detection index of everyone an organisation has on file, one per organisation, kept in
/// memory. Before each check it reads the people added or changed since its last look, so an instance
/// also sees what other instances registered, and a change of name is searchable at once.
/// </summary>
public sealed class PeopleIndex
{
    /// <summary>Candidates below this log2 Bayes factor (the batch clustering threshold) are not worth a counsellor's attention.</summary>
    public const double ShowFrom = 8;

    private readonly ConcurrentDictionary<Guid, OrganisationIndex> _indexes = new();

    public async Task<IReadOnlyList<OnlineMatch>> FindAsync(
        AmudduDbContext db, Guid organisationId, Person candidate, CancellationToken cancellationToken)
    {
        var index = _indexes.GetOrAdd(organisationId, _ => new OrganisationIndex());
        await index.CatchUpAsync(db, organisationId, cancellationToken);
        return index.Find(candidate);
    }

    /// <summary>A person as the engine sees a registration: one record per script the name was written in.</summary>
    public static IEnumerable<PersonRecord> RecordsOf(Person person)
    {
        var birth = person.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            ?? person.BirthYear?.ToString(CultureInfo.InvariantCulture);
        var sex = person.Sex switch
        {
            Sex.Female => "F",
            Sex.Male => "M",
        };
        var id = person.Id.ToString();
        if (person.FirstName is not null || person.LastName is not null)
        {
            yield return new PersonRecord(id, person.FirstName, person.LastName, sex, birth, person.NationalityCode, person.Phone, null, person.City);
        }

        if (person.FirstNameArabic is not null || person.LastNameArabic is not null)
        {
            yield return new PersonRecord(id, person.FirstNameArabic ?? person.FirstName, person.LastNameArabic ?? person.LastName,
                sex, birth, person.NationalityCode, person.Phone, null, person.City);
        }
    }

    private sealed class OrganisationIndex
    {
        private readonly OnlineIndex _index = new(options: new OnlineIndexOptions { MinScore = ShowFrom });
        private readonly HashSet<(Guid, long)> _seen = [];

        // The engine cannot forget a record: a file merged into another, or anonymised, is left out of
        // the answers instead, and comes back when a merge is undone (its next version is read again).
        private readonly ConcurrentDictionary<string, bool> _hidden = new();
        private readonly SemaphoreSlim _gate = new(1, 1);
        private DateTimeOffset _watermark = DateTimeOffset.MinValue;

        public async Task CatchUpAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                var changed = await db.People.AsNoTracking()
                    .Where(p => p.OrganisationId == organisationId && p.UpdatedAt >= _watermark)
                    .ToListAsync(cancellationToken);
                foreach (var person in changed.Where(p => _seen.Add((p.Id, p.Version))))
                {
                    if (person.IsClosed)
                    {
                        _hidden[person.Id.ToString()] = true;
                    }
                    else
                    {
                        _hidden.TryRemove(person.Id.ToString(), out _);
                        foreach (var record in RecordsOf(person))
                        {
                            _index.Add(record, record.RecordId);
                        }
                    }

                    if (person.UpdatedAt > _watermark)
                    {
                        _watermark = person.UpdatedAt;
                    }
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public IReadOnlyList<OnlineMatch> Find(Person candidate) =>
            [.. RecordsOf(candidate)
                .SelectMany(record => _index.Query(record with { RecordId = "new" }, 10 + Math.Min(_hidden.Count, 40)))
                .Where(m => m.PersonId != candidate.Id.ToString() && !_hidden.ContainsKey(m.PersonId))
                .GroupBy(m => m.PersonId)
                .Select(g => g.MaxBy(m => m.Score)!)
                .OrderByDescending(m => m.Score)
                .Take(10)];
    }
}
