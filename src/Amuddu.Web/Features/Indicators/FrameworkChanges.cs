using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>Audit actions of the framework, and the saving of a change against the version the caller read.</summary>
internal static class FrameworkChanges
{
    public const string Saved = "indicators.framework.saved";
    public const string NarrativeSaved = "indicators.narrative.saved";

    public static string Subject(string kind, Guid id) => $"{kind} {id}";

    /// <summary>Saves <paramref name="entity"/> if nobody saved it since <paramref name="version"/>; null when they did (the caller answers 409).</summary>
    public static async Task<bool> TrySaveAsync<T>(
        AmudduDbContext db, T entity, long version, AuditLog audit, ICurrentStaff staff, string action, string subject, string detail,
        CancellationToken cancellationToken) where T : class, IAudited
    {
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        audit.Add(db, action, staff.UserId, staff.OrganisationId, subject, detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    public static ValidationProblem Invalid(ValidationErrors errors, IStringLocalizer text) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
}
