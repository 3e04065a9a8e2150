using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Audit;

/// <summary>
/// The audit trail is a hash chain per organisation (and one more for the entries without organisation, such
/// as a failed sign-in for an unknown account): each entry carries its place in the chain, the hash of the
/// entry before it and its own hash, so an entry edited or deleted in the database breaks a link that
/// <c>amuddu audit verify</c> finds.
/// <para>
/// The hash is SHA-256, written as 64 lowercase hexadecimal digits, over this canonical encoding: the fields
/// below in this order, each as its UTF-8 byte length in decimal, a colon, its UTF-8 bytes and a comma
/// (<c>5:login,</c>); a field without value is written <c>-,</c>. Guids are lowercase with hyphens
/// (<c>0193…-…</c>), numbers decimal without sign or leading zeros, the time in whole milliseconds since
/// 1970-01-01T00:00:00Z.
/// </para>
/// <list type="number">
/// <item>the format, <c>amuddu-audit-1</c></item>
/// <item>OrganisationId (none for the chain without organisation)</item>
/// <item>Sequence: 1 for the first entry of a chain, then 2, 3…</item>
/// <item>PreviousHash (none for the first entry)</item>
/// <item>Id</item>
/// <item>OccurredAt</item>
/// <item>Action, UserId, Subject, Detail, IpAddress, UserAgent</item>
/// </list>
/// <para>
/// The links are made when the entries are saved (<see cref="LinkAsync"/>, called by
/// <see cref="AmudduDbContext.SaveChangesAsync(bool, CancellationToken)"/> inside the saving transaction):
/// on PostgreSQL the chain is taken with a transaction-scoped advisory lock on a key derived from the
/// organisation, after any lock the use case took before; on SQLite the write transaction is already
/// exclusive (BEGIN IMMEDIATE). The previous hash is read after that, so concurrent requests and several
/// instances queue on the chain and never fork it. (That read must see the last commit: the saving transaction
/// stays at PostgreSQL's default READ COMMITTED, never a snapshot taken before the lock.)
/// </para>
/// </summary>
public static class AuditChain
{
    public const string Format = "amuddu-audit-1";

    /// <summary>SQLite keeps a time to a tenth of a millisecond: the trail keeps it to the millisecond on both engines.</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    public static string HashOf(AuditEvent entry)
    {
        var text = new StringBuilder();
        Field(text, Format);
        Field(text, Id(entry.OrganisationId));
        Field(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, entry.PreviousHash);
        Field(text, Id(entry.Id));
        Field(text, entry.OccurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Field(text, entry.Action);
        Field(text, Id(entry.UserId));
        Field(text, entry.Subject);
        Field(text, entry.Detail);
        Field(text, entry.IpAddress);
        Field(text, entry.UserAgent);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string? Id(Guid? id) => id?.ToString("D", CultureInfo.InvariantCulture);

    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-,");
            return;
        }

        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(',');
    }

    /// <summary>The advisory lock of an organisation's chain (a hash collision only makes two chains wait for each other).</summary>
    public static long LockOf(Guid? organisationId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"audit-chain:{Id(organisationId) ?? "none"}")), 0);

    /// <summary>Gives each new entry its place, the previous hash and its hash. Runs inside the saving transaction.</summary>
    internal static async Task LinkAsync(AmudduDbContext db, IReadOnlyList<AuditEvent> added, CancellationToken cancellationToken)
    {
        // Always in the same order of locks, so two saves that touch two chains never wait on each other.
        foreach (var chain in added.GroupBy(e => e.OrganisationId).OrderBy(g => LockOf(g.Key)))
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockOf(chain.Key)})", cancellationToken);
            }

            var last = await Chain(db, chain.Key).OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
            var sequence = last?.Sequence ?? 0;
            var previous = last?.Hash;
            foreach (var entry in chain)
            {
                entry.Sequence = ++sequence;
                entry.PreviousHash = previous;
                entry.Hash = HashOf(entry);
                previous = entry.Hash;
            }
        }
    }

    private static IQueryable<AuditEvent> Chain(AmudduDbContext db, Guid? organisationId) =>
        organisationId is { } id
            ? db.AuditEvents.AsNoTracking().Where(a => a.OrganisationId == id)
            : db.AuditEvents.AsNoTracking().Where(a => a.OrganisationId == null);

    public sealed record BrokenLink(Guid? OrganisationId, long Sequence, Guid Id, string Reason);

    public sealed record Verification(long Entries, int Chains, List<BrokenLink> Broken);

    /// <summary>
    /// Walks every chain from its first entry and reports, for each chain, the first link that does not hold:
    /// an entry whose hash is not that of its fields (edited), a place out of order (an entry deleted
    /// before it) or a previous hash that is not the hash of the entry before.
    /// </summary>
    public static async Task<Verification> VerifyAsync(AmudduDbContext db, CancellationToken cancellationToken)
    {
        var chains = await db.AuditEvents.AsNoTracking().Select(a => a.OrganisationId).Distinct().ToListAsync(cancellationToken);
        var broken = new List<BrokenLink>();
        long entries = 0;
        foreach (var organisationId in chains.OrderBy(c => c))
        {
            long expected = 1;
            string? previous = null;
            await foreach (var entry in Chain(db, organisationId).OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                entries++;
                if (expected == 0)
                {
                    continue; // this chain is already reported broken: count the rest only
                }

                var reason = entry.Sequence != expected ? $"expected entry {expected} of the chain, found {entry.Sequence}: an entry is missing"
                    : entry.PreviousHash != previous ? "the previous hash is not that of the entry before"
                    : entry.Hash != HashOf(entry) ? "the entry does not match its hash: it was changed"
                    : null;
                if (reason is not null)
                {
                    broken.Add(new BrokenLink(organisationId, entry.Sequence, entry.Id, reason));
                    expected = 0;
                    continue;
                }

                expected++;
                previous = entry.Hash;
            }
        }

        return new Verification(entries, chains.Count, broken);
    }
}
