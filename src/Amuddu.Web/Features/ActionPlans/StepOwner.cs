using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ActionPlans;

/// <summary>Who carries a step: "person" (the person themself) or the id of a staff member of the organisation.</summary>
public static class StepOwner
{
    public const string Person = "person";

    public static string Of(Guid? userId) => userId?.ToString() ?? Person;

    /// <summary>
    /// Reads the owner sent by a client: the person (user id null), an active staff member of the
    /// organisation, or not valid at all (another organisation's user is as unknown as a made-up id).
    /// </summary>
    public static async Task<(bool Valid, Guid? UserId)> ParseAsync(AmudduDbContext db, Guid organisationId, string? owner, CancellationToken cancellationToken)
    {
        if (owner == Person)
        {
            return (true, null);
        }

        return Guid.TryParse(owner, out var id)
            && await db.Users.AnyAsync(u => u.Id == id && u.OrganisationId == organisationId && u.IsActive, cancellationToken)
            ? (true, id)
            : (false, null);
    }
}
