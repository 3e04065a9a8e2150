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

public enum MismatchKind
{
    /// <summary>The line cannot be read (fields missing, amount, status or date not understood).</summary>
    BadLine,
    UnknownReference,
    AmountDiffers,

    /// <summary>The order was never in a transfer file (still waiting, or cancelled before it went).</summary>
    NotExported,

    /// <summary>The order was already settled, and the line says otherwise.</summary>
    SettledDifferently,
}

public sealed record Mismatch(int Line, string? Reference, MismatchKind Kind, string Message);

public sealed record ReconcileResult(int Paid, int Failed, int Unchanged, IReadOnlyList<Mismatch> Mismatches);

/// <summary>
/// Reads the bank's return file (reference;amount;status;date;bankReference;reason): PAID lines settle their
/// orders and tranches, REJECTED lines fail them so the tranche can be ordered again. A line that does not match
/// what was sent is listed and left alone; a line already applied the same way is harmless, so a file read twice
/// pays nothing twice.
/// </summary>
public static class ReconcilePayments
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static async Task<Results<Ok<ReconcileResult>, ValidationProblem, ProblemHttpResult>> Handle(
        HttpRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        IFormFile? file = null;
        try
        {
            file = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files["file"] : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A broken or empty multipart body: the same answer as no file.
        }

        var errors = new ValidationErrors(text);
        if (file is null || file.Length == 0)
        {
            errors.Add("file", text["FieldRequired", text["Payments.ReturnFile"]]);
        }
        else if (file.Length > MaxBytes)
        {
            errors.Add("file", text["Payments.ReturnFile.TooBig", MaxBytes / 1024 / 1024]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        using var reader = new StreamReader(file!.OpenReadStream());
        var content = await reader.ReadToEndAsync(cancellationToken);
        var result = await ReconcileAsync(content, db, staff, audit, clock, text, cancellationToken);
        return result is null ? Conflicts.Of(text["EditedByOther"]) : TypedResults.Ok(result);
    }

    /// <summary>Null when another reconciliation changed the same orders at the same moment (nothing applied: read the file again).</summary>
    public static async Task<ReconcileResult?> ReconcileAsync(string content, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var now = clock.GetUtcNow();
        var mismatches = new List<Mismatch>();
        int paid = 0, failed = 0, unchanged = 0;
        var settled = new HashSet<Guid>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || (number == 1 && line.StartsWith("reference", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split(';', 6).Select(f => f.Trim()).ToArray();
            void Mismatch(MismatchKind kind, string message) =>
                mismatches.Add(new Mismatch(number, fields.Length > 0 && fields[0].Length > 0 ? fields[0] : null, kind, message));

            if (!TryRead(fields, out var reference, out var amount, out var isPaid, out var date, out var bankReference, out var reason))
            {
                Mismatch(MismatchKind.BadLine, text["Payments.Mismatch.BadLine"]);
                continue;
            }

            var order = await db.PaymentOrders.SingleOrDefaultAsync(o => o.OrganisationId == organisationId && o.Reference == reference, cancellationToken);
            if (order is null)
            {
                Mismatch(MismatchKind.UnknownReference, text["Payments.Mismatch.UnknownReference"]);
                continue;
            }

            if (order.AmountCentimes != amount)
            {
                Mismatch(MismatchKind.AmountDiffers, text["Payments.Mismatch.AmountDiffers", Money.Invariant(amount), Money.Invariant(order.AmountCentimes)]);
                continue;
            }

            switch (order.Status)
            {
                case PaymentStatus.Ordered:
                case PaymentStatus.Cancelled:
                    Mismatch(MismatchKind.NotExported, text["Payments.Mismatch.NotExported", text[$"Payment.Status.{order.Status}"]]);
                    continue;
                case PaymentStatus.Paid when isPaid && (bankReference is null || bankReference == order.BankReference):
                case PaymentStatus.Failed when !isPaid:
                    unchanged++;
                    continue;
                case PaymentStatus.Paid:
                case PaymentStatus.Failed:
                    Mismatch(MismatchKind.SettledDifferently, text["Payments.Mismatch.SettledDifferently", text[$"Payment.Status.{order.Status}"]]);
                    continue;
                case PaymentStatus.Exported:
                    break;
            }

            var application = await db.Applications.SingleAsync(a => a.Id == order.ApplicationId, cancellationToken);
            var tranche = await db.Tranches.SingleAsync(t => t.Id == order.TrancheId, cancellationToken);
            order.Version++;
            if (isPaid)
            {
                order.Status = PaymentStatus.Paid;
                order.SettledOn = date;
                order.BankReference = bankReference;
                tranche.Status = TrancheStatus.Paid;
                db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.PaymentSettled, note: order.Reference,
                    amountCentimes: order.AmountCentimes));
                settled.Add(application.Id);
                paid++;
            }
            else
            {
                // The order stays, failed; the tranche is due again and takes a new order under a new key.
                order.Status = PaymentStatus.Failed;
                order.FailureReason = reason ?? text["Payments.RejectedByBank"];
                order.BankReference = bankReference;
                order.ActiveTrancheId = null;
                tranche.Status = TrancheStatus.Due;
                db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.PaymentFailed,
                    note: $"{order.Reference} — {order.FailureReason}", amountCentimes: order.AmountCentimes));
                failed++;
            }
        }

        audit.Add(db, ApplicationAudit.PaymentsReconciled, staff.UserId, organisationId, ApplicationAudit.PaymentsSubject(organisationId),
            $"paid {paid}, failed {failed}, unchanged {unchanged}, mismatches {mismatches.Count}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var applicationId in settled)
            {
                var application = await db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken);
                if (await Disbursement.CompleteIfPaidAsync(db, application, staff, now, cancellationToken))
                {
                    audit.Add(db, ApplicationAudit.StatusChanged, staff.UserId, organisationId, ApplicationAudit.Subject(application.PersonId),
                        $"application {application.Id}: {ApplicationStatus.Completed}");
                    await db.SaveChangesAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }

        return new ReconcileResult(paid, failed, unchanged, mismatches);
    }

    private static bool TryRead(string[] fields, out string reference, out long amount, out bool isPaid, out DateOnly? date,
        out string? bankReference, out string? reason)
    {
        reference = fields.Length > 0 ? fields[0] : "";
        amount = 0;
        isPaid = false;
        date = null;
        bankReference = fields.Length > 4 ? FreeText.Clean(fields[4]) : null;
        reason = fields.Length > 5 ? FreeText.Clean(fields[5]) : null;
        if (fields.Length < 4 || reference.Length is 0 or > 32 || bankReference?.Length > 64 || reason?.Length > 500
            || !decimal.TryParse(fields[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dirhams)
            || Money.ToCentimes(dirhams) is not { } centimes)
        {
            return false;
        }

        amount = centimes;
        switch (fields[2].ToUpperInvariant())
        {
            case "PAID":
                isPaid = true;
                break;
            case "REJECTED":
                break;
            default:
                return false;
        }

        if (DateOnly.TryParseExact(fields[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
        {
            date = on;
        }
        else if (isPaid || fields[3].Length > 0)
        {
            // A payment's settlement day is what the accounts need; a rejection may come without one.
            return false;
        }

        return true;
    }
}
