using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

public sealed record PaymentTotal(PaymentStatus Status, int Count, decimal Amount);

public sealed record PaymentList(IReadOnlyList<PaymentOrderResponse> Items, int Page, int PageSize, int Total, IReadOnlyList<PaymentTotal> Totals,
    IReadOnlyList<string> Batches);

/// <summary>The organisation's payment orders, newest first, with the count and amount per status. The API pages them
/// <see cref="PageSize"/> at a time; the /payments page <see cref="Amuddu.Web.Features.Home.WorkLists.PageSize"/> at a time, as the other lists.</summary>
public static class ListPayments
{
    public const int PageSize = 50;

    public static Task<Results<Ok<PaymentList>, ValidationProblem>> Handle(
        string? status, Guid? programmeId, int? page, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken) =>
        ListAsync(status, programmeId, page, PageSize, db, staff, text, cancellationToken);

    public static async Task<Results<Ok<PaymentList>, ValidationProblem>> ListAsync(
        string? status, Guid? programmeId, int? page, int pageSize, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        PaymentStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<PaymentStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("status", text["FieldNotAllowed", text["Payments.Status"]]);
            }
        }

        if (page is < 1)
        {
            errors.Add("page", text["FieldNotAllowed", text["Payments.Page"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var orders = db.PaymentOrders.AsNoTracking().Where(o => o.OrganisationId == staff.OrganisationId);
        if (programmeId is { } programme)
        {
            orders = orders.Where(o => o.ProgrammeId == programme);
        }

        var totals = (await orders.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(o => o.AmountCentimes) })
                .ToListAsync(cancellationToken))
            .OrderBy(t => t.Key).Select(t => new PaymentTotal(t.Key, t.Count, Money.ToDirhams(t.Sum))).ToList();
        if (wanted is { } only)
        {
            orders = orders.Where(o => o.Status == only);
        }

        var number = page ?? 1;
        var total = await orders.CountAsync(cancellationToken);
        var items = await orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var batches = await db.PaymentOrders.AsNoTracking().Where(o => o.OrganisationId == staff.OrganisationId && o.ExportBatch != null)
            .Select(o => o.ExportBatch!).Distinct().ToListAsync(cancellationToken);
        return TypedResults.Ok(new PaymentList(items.Select(PaymentOrderResponse.From).ToList(), number, pageSize, total, totals,
            batches.OrderByDescending(b => b, StringComparer.Ordinal).ToList()));
    }
}
