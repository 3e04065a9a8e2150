using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Users;

/// <summary>An administrator opens a staff account in their own organisation.</summary>
public static class CreateUser
{
    public sealed record Request(string? Email, string? DisplayName, string[]? Roles, Guid? SiteId, string? Password, Guid? ManagerId = null);

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, AmudduDbContext db, UserManager<StaffUser> users, ICurrentStaff staff, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var errors = new ValidationErrors(text)
            .Required("email", request.Email, "Email")
            .Email("email", request.Email, "Email")
            .MaxLength("email", request.Email, 256, "Email")
            .Required("displayName", request.DisplayName, "DisplayName")
            .MaxLength("displayName", request.DisplayName, 200, "DisplayName")
            .Required("password", request.Password, "Password");
        await UserRules.CheckRolesAndSiteAsync(errors, request.Roles, request.SiteId, organisationId, db, text, cancellationToken);
        await UserRules.CheckManagerAsync(errors, request.ManagerId, null, organisationId, db, text, cancellationToken);

        var user = new StaffUser
        {
            Email = request.Email?.Trim(),
            UserName = request.Email?.Trim(),
            DisplayName = request.DisplayName?.Trim() ?? "",
            OrganisationId = organisationId,
            SiteId = request.SiteId,
            ManagerId = request.ManagerId,
            CreatedAt = clock.GetUtcNow(),
        };
        if (!string.IsNullOrEmpty(request.Password))
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, request.Password);
                foreach (var error in result.Errors)
                {
                    errors.Add("password", error.Description);
                }
            }
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (await users.FindByEmailAsync(user.Email!) is not null)
        {
            return Conflicts.Of(text["EmailTaken", user.Email!]);
        }

        // The account, its roles and the audit entry are one unit: all saved, or none.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["email"] = [.. created.Errors.Select(e => e.Description)] },
                title: text["ValidationTitle"]);
        }

        await users.AddToRolesAsync(user, request.Roles!.Distinct(StringComparer.Ordinal));
        audit.Add(db, AuditActions.UserCreated, staff.UserId, organisationId, $"user {user.Id}", string.Join(",", request.Roles!));
        SensitiveRoles.AddGrants(db, audit, staff, user, request.Roles!);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var response = await ListUsers.Query(db, organisationId, clock.GetUtcNow(), user.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/users/{user.Id}", response.Single());
    }
}

internal static class UserRules
{
    public static async Task CheckRolesAndSiteAsync(
        ValidationErrors errors, string[]? roles, Guid? siteId, Guid organisationId, AmudduDbContext db,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (roles is not { Length: > 0 })
        {
            errors.Add("roles", text["FieldRequired", text["Roles"]]);
        }
        else if (roles.Any(r => !Roles.IsKnown(r)))
        {
            errors.Add("roles", text["FieldNotAllowed", text["Roles"]]);
        }

        if (siteId is { } site
            && !await db.Sites.AnyAsync(s => s.Id == site && s.OrganisationId == organisationId, cancellationToken))
        {
            errors.Add("siteId", text["FieldNotAllowed", text["Site"]]);
        }
    }

    /// <summary>A manager is an active colleague of the same organisation, and not the user themself.</summary>
    public static async Task CheckManagerAsync(
        ValidationErrors errors, Guid? managerId, Guid? userId, Guid organisationId, AmudduDbContext db,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (managerId is { } manager
            && (manager == userId || !await db.Users.AnyAsync(u => u.Id == manager && u.OrganisationId == organisationId && u.IsActive, cancellationToken)))
        {
            errors.Add("managerId", text["FieldNotAllowed", text["ReferralLife.Manager"]]);
        }
    }
}
