using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Directory;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// A service its organisation marked full (no seat left) can still receive a referral (the person waits, or the partner
/// finds a place), but never by surprise: sending one asks the sender to confirm (<c>confirmFull</c>), else answers
/// 409 <see cref="ProblemTypes.ServiceFull"/> and keeps nothing.
/// </summary>
public static class FullService
{
    public const string ConfirmField = "confirmFull";

    /// <summary>The service's capacity as its organisation last gave it; null for an unknown offer.</summary>
    public static Task<Capacity?> CapacityAsync(AmudduDbContext db, Guid offerId, CancellationToken cancellationToken) =>
        db.Offers.AsNoTracking().Where(o => o.Id == offerId)
            .Select(o => new Capacity(o.SeatsLeft, o.WaitingWeeks, o.CapacityUpdatedAt)).SingleOrDefaultAsync(cancellationToken);

    public static bool IsFull(Capacity? capacity) => capacity is { SeatsLeft: 0 };

    /// <summary>The refusal to send to a full service without the sender's confirmation; null when it may go.</summary>
    public static async Task<ProblemHttpResult?> UnconfirmedAsync(AmudduDbContext db, IStringLocalizer text, Guid offerId, bool confirmed,
        CancellationToken cancellationToken)
    {
        if (confirmed)
        {
            return null;
        }

        var capacity = await CapacityAsync(db, offerId, cancellationToken);
        if (!IsFull(capacity))
        {
            return null;
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.ServiceFull, title: Warning(capacity!, text),
            extensions: new Dictionary<string, object?>
            {
                ["seatsLeft"] = 0,
                ["waitingWeeks"] = capacity!.WaitingWeeks,
                ["capacityUpdatedAt"] = capacity.UpdatedAt,
                ["confirmWith"] = ConfirmField,
            });
    }

    /// <summary>"Ce service est complet (à jour du 12/11/2026)…": what the sender reads before sending, on the page and in the API's answer.</summary>
    public static string Warning(Capacity capacity, IStringLocalizer text)
    {
        var asOf = capacity.UpdatedAt is { } at ? SiteTime.ToLocal(at).ToString("d", CultureInfo.CurrentCulture) : "—";
        return capacity.WaitingWeeks is > 0 and var weeks
            ? text["Honest.ServiceFullWaiting", asOf, weeks!]
            : text["Honest.ServiceFull", asOf];
    }
}
