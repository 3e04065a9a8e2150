using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Users;

/// <summary>Administrators manage the staff accounts of their own organisation, and no other.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Administrator);
        group.MapGet("/", ListUsers.Handle);
        group.MapGet("/{id:guid}", GetUser.Handle);
        group.MapPost("/", CreateUser.Handle);
        group.MapPut("/{id:guid}", UpdateUser.Handle);
        return api;
    }
}

public sealed record UserResponse(
    Guid Id, string Email, string DisplayName, Guid OrganisationId, Guid? SiteId, string[] Roles,
    bool IsActive, bool TwoFactorEnabled, bool IsLockedOut, string ConcurrencyStamp, Guid? ManagerId = null);
