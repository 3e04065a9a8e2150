using Amuddu.Web.Data;
using Amuddu.Web.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ActionPlans;

/// <summary>Who carries a step: "person" (the person themself) or the id of a staff member of the organisation.</summary>
public static class StepOwner
{
    public const string Person = "person";

    public static string Of(Guid? userId) => userId?.ToString() ?? Person;

    /// <summary>
    /// Reads the owner sent by a client: the person (user id null), an active staff member of the organisation in a role
    /// that can carry a step (StaffPickers.StepOwnerRoles), the step's owner today (<paramref name="current"/>, kept
    /// when a step is edited), or not valid at all (another organisation's user is as unknown as a made-up id).
    /// </summary>
    public static async Task<(bool Valid, Guid? UserId)> ParseAsync(
        AmudduDbContext db, Guid organisationId, string? owner, CancellationToken cancellationToken, Guid? current = null)
    {
        if (owner == Person)
        {
            return (true, null);
        }

        return Guid.TryParse(owner, out var id)
            && (id == current || await StaffPickers.Holding(db, organisationId, StaffPickers.StepOwnerRoles).AnyAsync(u => u.Id == id, cancellationToken))
            ? (true, id)
            : (false, null);
    }
}
