using System.Security.Cryptography;
using System.Text;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

/// <summary>
/// Orders the payment of one due tranche, under the caller's idempotency key. A retried, duplicated or
/// concurrent request with the same key gets the same order; another key for a tranche already ordered is
/// refused. Two unique indexes (key per organisation, tranche in force) make this hold under concurrency
/// and across a crash: a request that loses the race reads the winner's order instead of making a second.
/// </summary>
public static class OrderPayment
{
    public const string Header = "Idempotency-Key";
    public const int KeyMax = 100;

    /// <summary>Attempts when a concurrent request for the same key or tranche wins the race (each retry reads its result).</summary>
    private const int Attempts = 5;

    public sealed record Request(Guid? TrancheId);

    public static async Task<Results<Created<PaymentOrderResponse>, Ok<PaymentOrderResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        [FromHeader(Name = Header)] string? idempotencyKey, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            errors.Add(Header, text["Payments.Key.Missing", Header]);
        }
        else if (idempotencyKey.Length > KeyMax)
        {
            errors.Add(Header, text["Payments.Key.TooLong", Header, KeyMax]);
        }

        if (request.TrancheId is null)
        {
            errors.Add("trancheId", text["FieldRequired", text["Payments.Tranche"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var key = idempotencyKey!;
        var hash = RequestHash(request.TrancheId!.Value);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(key, hash, request.TrancheId.Value, db, staff, audit, clock, text, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A concurrent request took the key or the tranche first: the next attempt finds what it made.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return PaymentProblems.NotPayable(text, "Payments.NotPayable.Ordered");
            }
        }
    }

    /// <summary>A 64-bit advisory lock number for a name (a hash collision only makes two requests wait for each other).</summary>
    private static long LockOf(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);

    /// <summary>SHA-256 of the canonical request: what the key was used for.</summary>
    public static string RequestHash(Guid trancheId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"POST /api/v1/payments\ntrancheId={trancheId:D}")));

    private static async Task<Results<Created<PaymentOrderResponse>, Ok<PaymentOrderResponse>, ValidationProblem, NotFound, ProblemHttpResult>> AttemptAsync(
        string key, string hash, Guid trancheId, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        // On SQLite the transaction begins IMMEDIATE, so requests are taken one at a time. On PostgreSQL, requests
        // for one key or one tranche queue on transaction-scoped advisory locks (always key first, then tranche, so
        // two requests never wait on each other), and each reads what the one before it committed. The unique
        // indexes stay the last word: a writer they stop retries and reads the first one's order.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockOf($"payment-key:{staff.OrganisationId}:{key}")})", cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockOf($"payment-tranche:{trancheId}")})", cancellationToken);
        }

        var existing = await db.PaymentOrders.AsNoTracking()
            .SingleOrDefaultAsync(o => o.OrganisationId == staff.OrganisationId && o.IdempotencyKey == key, cancellationToken);
        if (existing is not null)
        {
            return existing.RequestHash == hash ? TypedResults.Ok(PaymentOrderResponse.From(existing)) : PaymentProblems.KeyReused(text);
        }

        var tranche = await db.Tranches.SingleOrDefaultAsync(t => t.Id == trancheId && t.OrganisationId == staff.OrganisationId, cancellationToken);
        var application = tranche is null ? null : await ApplicationAccess.FindAsync(db, staff, tranche.ApplicationId, cancellationToken);
        if (tranche is null || application is null)
        {
            return TypedResults.NotFound();
        }

        if (await Disbursement.WhyNotPayableAsync(db, tranche, application, cancellationToken) is { } reason)
        {
            return PaymentProblems.NotPayable(text, reason);
        }

        // Four eyes on money going out: who vouched for the condition does not also order the payment.
        // (A signed agreement's tranche is due by the contract itself, which two approvers already passed.)
        if (tranche.Condition != TrancheCondition.ContractSigned && tranche.ConditionMetBy == staff.UserId)
        {
            return PaymentProblems.NotPayable(text, "Payments.NotPayable.SamePerson");
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var order = new PaymentOrder
        {
            Id = id,
            Reference = $"PAY-{id.ToString("N")[^10..].ToUpperInvariant()}",
            IdempotencyKey = key,
            RequestHash = hash,
            OrganisationId = application.OrganisationId,
            ProgrammeId = application.ProgrammeId,
            ApplicationId = application.Id,
            TrancheId = tranche.Id,
            ActiveTrancheId = tranche.Id,
            AmountCentimes = tranche.AmountCentimes,
            Channel = application.PayeeChannel!.Value,
            PayeeName = application.PayeeName!,
            PayeeAccountCipher = application.PayeeAccountCipher!,
            Status = PaymentStatus.Ordered,
            CreatedAt = now,
            CreatedBy = staff.UserId!.Value,
            Version = 1,
        };
        db.PaymentOrders.Add(order);
        tranche.Status = TrancheStatus.Ordered;
        if (application.Status == ApplicationStatus.Contracted)
        {
            ApplicationMoves.TryMove(db, application, ApplicationStatus.InPayment, staff, now);
        }

        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.PaymentOrdered, note: order.Reference,
            amountCentimes: order.AmountCentimes));
        audit.Add(db, ApplicationAudit.PaymentOrdered, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"order {order.Reference}: {Money.Invariant(order.AmountCentimes)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return TypedResults.Created($"/api/v1/payments/{order.Id}", PaymentOrderResponse.From(order));
    }
}
