using System.Collections.Concurrent;
using System.Globalization;
using Amuddu.Linkage;
using Amuddu.Linkage.Online;
using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.People;

/// <summary>
/// The duplicate-detection index of everyone an organisation has on file, one per organisation, kept in
/// memory. Before each check it reads the people written since its last look, by the change number every
/// transaction writing people takes in commit order (<see cref="PeopleChangeSequence"/>), so an instance also
/// sees what other instances registered, nothing committed late is skipped, and a change of name replaces the
/// old one at once. Each organisation's index is built when the app starts (<see cref="PeopleIndexWarmUp"/>), so
/// the first registration does not wait for the whole registry to be read.
/// </summary>
public sealed class PeopleIndex(AmudduMetrics metrics)
{
    /// <summary>Candidates below this log2 Bayes factor (the batch clustering threshold) are not worth a counsellor's attention.</summary>
    public const double ShowFrom = 8;

    private readonly ConcurrentDictionary<Guid, OrganisationIndex> _indexes = new();

    public Task<IReadOnlyList<OnlineMatch>> FindAsync(
        AmudduDbContext db, Guid organisationId, Person candidate, CancellationToken cancellationToken) =>
        metrics.DuplicateCheckAsync(async () => (await CaughtUpAsync(db, organisationId, cancellationToken)).Find(candidate));

    /// <summary>The records every organisation's index holds (one per script of a name), for the metrics.</summary>
    public long Size => _indexes.Values.Sum(index => (long)index.Count);

    /// <summary>Reads the organisation's registry into its index, if it is not read yet.</summary>
    public Task WarmUpAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        CaughtUpAsync(db, organisationId, cancellationToken);

    /// <summary>Whether the organisation's index has read the registry at least once.</summary>
    public bool IsBuilt(Guid organisationId) => _indexes.TryGetValue(organisationId, out var index) && index.IsBuilt;

    /// <summary>How many records the index holds for the person once caught up: one per script their name is written in, whatever their history.</summary>
    public async Task<int> EntriesOfAsync(AmudduDbContext db, Guid organisationId, Guid personId, CancellationToken cancellationToken) =>
        (await CaughtUpAsync(db, organisationId, cancellationToken)).EntriesOf(personId);

    private async Task<OrganisationIndex> CaughtUpAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var index = _indexes.GetOrAdd(organisationId, _ => new OrganisationIndex());
        await index.CatchUpAsync(db, organisationId, cancellationToken);
        return index;
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
        private readonly SemaphoreSlim _gate = new(1, 1);

        // The last change number read (PeopleChangeSequence); rows written before any number carry 0.
        private long _watermark = -1;

        public bool IsBuilt { get; private set; }

        public async Task CatchUpAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                // Only what the engine compares, streamed: at a million people the whole rows would not fit the budget
                // of a start (and their protected fields would be decrypted for nothing).
                var changed = db.People.AsNoTracking()
                    .Where(p => p.OrganisationId == organisationId && p.ChangeSequence > _watermark)
                    .OrderBy(p => p.ChangeSequence)
                    .Select(p => new Person
                    {
                        Id = p.Id, FileNumber = p.FileNumber, OrganisationId = p.OrganisationId, FirstName = p.FirstName, LastName = p.LastName,
                        FirstNameArabic = p.FirstNameArabic, LastNameArabic = p.LastNameArabic, Sex = p.Sex, DateOfBirth = p.DateOfBirth,
                        BirthYear = p.BirthYear, NationalityCode = p.NationalityCode, Phone = p.Phone, RegionCode = p.RegionCode, City = p.City,
                        ErasedAt = p.ErasedAt, MergedIntoId = p.MergedIntoId, ChangeSequence = p.ChangeSequence,
                    })
                    .AsAsyncEnumerable();
                await foreach (var person in changed.WithCancellation(cancellationToken))
                {
                    // The person's current version replaces whatever was filed for them: an edit leaves no old
                    // spelling behind, and a file merged into another or anonymised leaves the index (a merge
                    // undone writes the file again, so it comes back).
                    _index.Replace(person.Id.ToString(), person.IsClosed ? [] : RecordsOf(person));
                    _watermark = Math.Max(_watermark, person.ChangeSequence);
                }

                IsBuilt = true;
            }
            finally
            {
                _gate.Release();
            }
        }

        public int Count => _index.Count;

        public int EntriesOf(Guid personId) => _index.CountOf(personId.ToString());

        public IReadOnlyList<OnlineMatch> Find(Person candidate) =>
            [.. RecordsOf(candidate)
                .SelectMany(record => _index.Query(record with { RecordId = "new" }, 11))
                .Where(m => m.PersonId != candidate.Id.ToString())
                .GroupBy(m => m.PersonId)
                .Select(g => g.MaxBy(m => m.Score)!)
                .OrderByDescending(m => m.Score)
                .Take(10)];
    }
}
