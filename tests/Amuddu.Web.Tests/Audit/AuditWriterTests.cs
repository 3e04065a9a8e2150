using System.Data.Common;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Audit;

/// <summary>The entries that go with no change (file reads) are saved together, chained, each caller answered once its entry is committed.</summary>
public sealed class AuditWriterTests
{
    private const string Refused = "test.refused";

    [Fact]
    public async Task Fifty_reads_at_once_are_kept_in_a_few_transactions_chained_and_one_refused_entry_fails_only_its_own_caller()
    {
        var transactions = new CountedTransactions();
        var refuse = new FailingSave(Refused, () => new InvalidOperationException("refused by the database"));
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(transactions).AddSingleton<IInterceptor>(refuse);
        var audit = app.Services.CreateScope().ServiceProvider.GetRequiredService<AuditLog>();
        var organisation = await app.QueryAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.AuditEvents.CountAsync(a => a.OrganisationId == organisation));
        transactions.Started = 0;

        var reads = Enumerable.Range(0, 50)
            .Select(i => audit.RecordAsync(AuditActions.PersonViewed, null, organisation, $"person:{i}", $"read {i}")).ToList();
        await Task.WhenAll(reads);

        Assert.Equal(before + 50, await app.QueryAsync(db => db.AuditEvents.CountAsync(a => a.OrganisationId == organisation)));
        // One transaction an entry would be 50.
        Assert.InRange(transactions.Started, 1, 10);

        // A group the database refuses is saved again entry by entry: only the refused one fails.
        var others = Enumerable.Range(50, 5)
            .Select(i => audit.RecordAsync(AuditActions.PersonViewed, null, organisation, $"person:{i}", $"read {i}")).ToList();
        var refused = audit.RecordAsync(Refused, null, organisation, "person:x", "refused");
        await Task.WhenAll(others);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => refused);

        Assert.Equal("refused by the database", failure.Message);
        Assert.Equal(before + 55, await app.QueryAsync(db => db.AuditEvents.CountAsync(a => a.OrganisationId == organisation)));
        Assert.Equal(0, await app.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == Refused)));
        var verification = await app.QueryAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        Assert.Empty(verification.Broken);
    }

    private sealed class CountedTransactions : DbTransactionInterceptor
    {
        private int _started;

        public int Started { get => _started; set => _started = value; }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _started);
            return base.TransactionStartedAsync(connection, eventData, result, cancellationToken);
        }
    }
}
