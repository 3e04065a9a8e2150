using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Payments;

public static class GetPayment
{
    public static async Task<Results<Ok<PaymentOrderResponse>, NotFound>> Handle(Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var order = await db.PaymentOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.OrganisationId == staff.OrganisationId, cancellationToken);
        return order is null ? TypedResults.NotFound() : TypedResults.Ok(PaymentOrderResponse.From(order));
    }
}
