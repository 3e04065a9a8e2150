using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Rights;

public enum ErasureReason
{
    /// <summary>The person asked (law 09-08, right to erasure).</summary>
    PersonRequest,
    RetentionExpired,
    Other,
}

/// <summary>
/// The register of erasures: which file, why, when and by whom (nobody when the retention sweep did it).
/// The file number stays on the person, so the register names no one.
/// </summary>
public sealed class ErasureRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Not named PersonId on purpose: a merge moves every row that has one, and this record stays with its file.</summary>
    public Guid ErasedPersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public ErasureReason Reason { get; init; }

    /// <summary>Why, in the staff member's words (how the request came in); never the person's data.</summary>
    public string? Note { get; init; }
    public DateTimeOffset ErasedAt { get; init; }
    public Guid? ErasedBy { get; init; }
}

internal sealed class ErasureRecordConfiguration : IEntityTypeConfiguration<ErasureRecord>
{
    public void Configure(EntityTypeBuilder<ErasureRecord> builder)
    {
        builder.ToTable("person_erasures");
        builder.Property(e => e.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.ErasedPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ErasedPersonId);
    }
}

/// <summary>Erases a person's data in every area at once, shared by the erase request and the retention sweep.</summary>
public static class PersonErasure
{
    /// <summary>
    /// All areas or none: every section erases inside one transaction, then the file is marked anonymised.
    /// <paramref name="person"/> must be tracked by <paramref name="db"/>. Afterwards the erased bytes are purged
    /// from the database files (<see cref="ErasedDataPurge"/>), unless <paramref name="purge"/> is false: then the
    /// caller purges the tables returned, once for many erasures.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EraseAsync(
        AmudduDbContext db, IEnumerable<IPersonalDataSection> sections, AuditLog audit, Person person, ErasureReason reason, string? note,
        Guid? by, DateTimeOffset now, CancellationToken cancellationToken, bool purge = true)
    {
        IReadOnlyList<string> touched;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var section in sections)
            {
                await section.EraseAsync(person.Id, cancellationToken);
            }

            person.ErasedAt = now;
            person.ErasedBy = by;
            db.Add(new ErasureRecord
            {
                ErasedPersonId = person.Id, OrganisationId = person.OrganisationId, Reason = reason, Note = note, ErasedAt = now, ErasedBy = by,
            });
            audit.Add(db, RightsAudit.Erased, by, person.OrganisationId, PeopleAudit.Subject(person.Id), $"reason: {reason}");
            await db.SaveChangesAsync(cancellationToken);
            touched = await ErasedDataPurge.TouchedTablesAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (purge)
        {
            await ErasedDataPurge.PurgeAsync(db, touched);
        }

        return touched;
    }
}
