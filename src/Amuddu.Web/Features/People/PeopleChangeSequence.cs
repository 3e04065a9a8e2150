using System.Runtime.CompilerServices;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace Amuddu.Web.Features.People;

/// <summary>
/// One row per organisation: the number of the last transaction that wrote its people. See <see cref="PeopleChangeSequence"/>.
/// </summary>
public sealed class PeopleChangeCounter
{
    public Guid OrganisationId { get; init; }
    public long Sequence { get; set; }
}

internal sealed class PeopleChangeCounterConfiguration : IEntityTypeConfiguration<PeopleChangeCounter>
{
    public void Configure(EntityTypeBuilder<PeopleChangeCounter> builder)
    {
        builder.ToTable("people_changes");
        builder.HasKey(c => c.OrganisationId);
    }
}

/// <summary>
/// Numbers every transaction that writes people, in commit order, so the duplicate index (<see cref="PeopleIndex"/>)
/// can catch up on "everything after the last number I read" and lose nothing.
/// <para>
/// A timestamp cannot do that: a row is stamped when its request saves, not when its transaction commits, so a
/// row stamped earlier can become visible after a later one has already been read, and a reader that remembers the
/// latest stamp it saw never reads it (nor can clocks of several instances be trusted to agree). Here, each saving
/// of people increments the organisation's counter row inside the writing transaction and stamps the people with
/// the new value. The increment locks the counter row until the transaction ends, so the next writer of that
/// organisation waits and reads the value only after this one committed (or rolled back, leaving a gap): numbers
/// are handed out in commit order. A reader that sees number n has therefore seen every committed number below n,
/// and "ChangeSequence &gt; last number read" is exact on SQLite (one writer at a time anyway) and on PostgreSQL
/// (row lock; READ COMMITTED re-reads the counter once the lock is free). The price: writers of people of one
/// organisation queue from their first saving of a person to their commit, which is short.
/// </para>
/// A bulk <c>ExecuteUpdate</c> on people bypasses this: only ones that change nothing the index reads (the stage) may.
/// </summary>
public sealed class PeopleChangeSequence : SaveChangesInterceptor
{
    // The transaction this interceptor began because the saving had none, committed or rolled back with the saving.
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _own = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Changed(context) is { Count: > 0 } people)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _own.AddOrUpdate(context, await context.Database.BeginTransactionAsync(cancellationToken));
            }

            foreach (var organisation in people.GroupBy(p => p.OrganisationId))
            {
                var next = await context.Database.SqlQuery<long>(Increment(organisation.Key)).ToListAsync(cancellationToken);
                foreach (var person in organisation)
                {
                    person.ChangeSequence = next[0];
                }
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _own.TryGetValue(context, out var transaction))
        {
            _own.Remove(context);
            await using (transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await RollBackAsync(eventData.Context);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => RollBackAsync(eventData.Context).GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await RollBackAsync(eventData.Context);

    private async Task RollBackAsync(DbContext? context)
    {
        if (context is not null && _own.TryGetValue(context, out var transaction))
        {
            _own.Remove(context);
            await using (transaction)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
    }

    private static List<Person> Changed(DbContext context) =>
        [.. context.ChangeTracker.Entries<Person>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity)];

    private static FormattableString Increment(Guid organisationId) => $"""
        INSERT INTO people_changes ("OrganisationId", "Sequence") VALUES ({organisationId}, 1)
        ON CONFLICT ("OrganisationId") DO UPDATE SET "Sequence" = people_changes."Sequence" + 1
        RETURNING "Sequence" AS "Value"
        """;
}
