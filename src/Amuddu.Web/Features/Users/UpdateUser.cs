using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Users;

/// <summary>
/// Changes a colleague's name, roles, site or whether the account may sign in. The caller sends
/// the concurrency stamp it read; a stale one is a 409, never a silent overwrite.
/// </summary>
public static class UpdateUser
{
    public sealed record Request(string? DisplayName, string[]? Roles, Guid? SiteId, bool IsActive, string? ConcurrencyStamp, Guid? ManagerId = null);

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, UserManager<StaffUser> users, ICurrentStaff staff,
        AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || user.OrganisationId != organisationId)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("displayName", request.DisplayName, "DisplayName")
            .MaxLength("displayName", request.DisplayName, 200, "DisplayName")
            .Required("concurrencyStamp", request.ConcurrencyStamp, "ConcurrencyStamp");
        await UserRules.CheckRolesAndSiteAsync(errors, request.Roles, request.SiteId, organisationId, db, text, cancellationToken);
        await UserRules.CheckManagerAsync(errors, request.ManagerId, id, organisationId, db, text, cancellationToken);
        if (id == staff.UserId && !request.IsActive)
        {
            errors.Add("isActive", text["CannotDemoteSelf"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var current = await users.GetRolesAsync(user);
        if (id == staff.UserId && !current.ToHashSet(StringComparer.Ordinal).SetEquals(request.Roles!))
        {
            // One administrator could otherwise make themself a programme officer or counsellor and,
            // with an account they open, be both approvers of a four-eyes decision.
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, type: ProblemTypes.OwnRolesUnchangeable,
                title: text["Users.OwnRolesUnchangeable"]);
        }

        if (user.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        user.DisplayName = request.DisplayName!.Trim();
        user.SiteId = request.SiteId;
        user.ManagerId = request.ManagerId;
        user.IsActive = request.IsActive;
        // The account, its roles, its sessions and the audit entry are one unit: all saved, or none.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            // Identity compares the stamp again on write: a change between our read and our write lands here.
            return Conflicts.Of(text["EditedByOther"]);
        }

        await users.RemoveFromRolesAsync(user, current.Except(request.Roles!));
        await users.AddToRolesAsync(user, request.Roles!.Distinct(StringComparer.Ordinal).Except(current));
        if (!request.IsActive || !current.ToHashSet().SetEquals(request.Roles!))
        {
            // A deactivated account or changed roles take effect now, not at the next sign-in.
            await users.UpdateSecurityStampAsync(user);
            var now = clock.GetUtcNow();
            await db.StaffSessions.Where(s => s.UserId == id && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, "account-changed"), cancellationToken);
        }

        audit.Add(db, AuditActions.UserUpdated, staff.UserId, organisationId, $"user {id}",
            $"roles={string.Join(",", request.Roles!)}; active={request.IsActive}");
        SensitiveRoles.AddGrants(db, audit, staff, user, request.Roles!.Except(current));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var response = await ListUsers.Query(db, organisationId, clock.GetUtcNow(), id, cancellationToken);
        return TypedResults.Ok(response.Single());
    }
}
