using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

/// <summary>
/// The transfer file for the bank or the mobile-money operator: every order waiting to go out, in one batch
/// ("VIR-20261129-1"). The orders are marked sent in the same transaction; the batch can be downloaded again.
/// </summary>
public static class TransferFile
{
    public static readonly string[] Header = ["reference", "payee", "channel", "account", "amount", "currency", "label"];
    public const string ContentType = CsvFiles.ContentType;

    public sealed record Batch(string Name, int Count, byte[] Content);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var batch = await ExportAsync(db, staff, protector, audit, clock, cancellationToken);
        return batch is null
            ? Conflicts.Of(text["Payments.Export.Nothing"])
            : TypedResults.File(batch.Content, ContentType, $"{batch.Name}.csv");
    }

    /// <summary>Null when no order is waiting.</summary>
    public static async Task<Batch?> ExportAsync(AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Two officers exporting at once would number their batches alike; SQLite's IMMEDIATE transaction already serialises.
            var lockKey = BitConverter.ToInt64(organisationId.ToByteArray(), 0);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockKey})", cancellationToken);
        }

        var orders = await db.PaymentOrders.Where(o => o.OrganisationId == organisationId && o.Status == PaymentStatus.Ordered).ToListAsync(cancellationToken);
        if (orders.Count == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var prefix = $"VIR-{SiteTime.Today(clock):yyyyMMdd}-";
        var earlier = await db.PaymentOrders.Where(o => o.OrganisationId == organisationId && o.ExportBatch != null && o.ExportBatch.StartsWith(prefix))
            .Select(o => o.ExportBatch).Distinct().CountAsync(cancellationToken);
        var name = prefix + (earlier + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var order in orders)
        {
            order.Status = PaymentStatus.Exported;
            order.ExportBatch = name;
            order.ExportedAt = now;
            order.Version++;
        }

        audit.Add(db, ApplicationAudit.PaymentsExported, staff.UserId, organisationId, ApplicationAudit.PaymentsSubject(organisationId),
            $"batch {name}: {orders.Count} orders");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Batch(name, orders.Count, (await ContentAsync(db, organisationId, name, protector, cancellationToken))!);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> Download(
        string batch, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, CancellationToken cancellationToken)
    {
        var content = await ContentAsync(db, staff.OrganisationId!.Value, batch, protector, cancellationToken);
        if (content is null)
        {
            return TypedResults.NotFound();
        }

        // The file carries the payees' accounts in clear: each download is on record.
        await audit.RecordAsync(ApplicationAudit.PaymentsExported, staff.UserId, staff.OrganisationId,
            ApplicationAudit.PaymentsSubject(staff.OrganisationId!.Value), $"batch {batch}: downloaded again", cancellationToken);
        return TypedResults.File(content, ContentType, $"{batch}.csv");
    }

    /// <summary>The batch's file, or null when the organisation has no such batch.</summary>
    public static async Task<byte[]?> ContentAsync(AmudduDbContext db, Guid organisationId, string batch, FieldProtector protector,
        CancellationToken cancellationToken)
    {
        var lines = await (
            from o in db.PaymentOrders.AsNoTracking()
            join a in db.Applications on o.ApplicationId equals a.Id
            join p in db.Programmes on o.ProgrammeId equals p.Id
            join t in db.Tranches on o.TrancheId equals t.Id
            where o.OrganisationId == organisationId && o.ExportBatch == batch
            orderby o.Reference
            select new { o.Reference, o.PayeeName, o.Channel, o.PayeeAccountCipher, o.AmountCentimes, p.Code, Application = a.Reference, t.Number })
            .ToListAsync(cancellationToken);
        if (lines.Count == 0)
        {
            return null;
        }

        // Semicolons, as a spreadsheet in French reads them; the officer opens the file before the bank does, so a payee
        // name typed as a formula is written as text.
        return CsvFiles.Write(CsvFiles.Spreadsheet(';'), csv =>
        {
            csv.Row(Header);
            foreach (var l in lines)
            {
                csv.Row(l.Reference, l.PayeeName, l.Channel.ToString(), Account(l.Channel, protector.UnprotectText(l.PayeeAccountCipher)),
                    Money.Invariant(l.AmountCentimes), Money.Currency, $"{l.Code} {l.Application} T{l.Number}");
            }
        });
    }

    /// <summary>A RIB as it is; a mobile number as its MSISDN (212612345678), the form operators take, which no spreadsheet reads as a formula.</summary>
    private static string Account(PaymentChannel channel, string account) => channel switch
    {
        PaymentChannel.MobileMoney => account.TrimStart('+'),
        PaymentChannel.BankTransfer => account,
    };
}
