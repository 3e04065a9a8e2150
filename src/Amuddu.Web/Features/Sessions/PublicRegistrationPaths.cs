namespace Amuddu.Web.Features.Sessions;

/// <summary>Where the public registration is posted: the session's page and the public API.</summary>
public static class PublicRegistrationPaths
{
    public static bool Matches(PathString path) =>
        path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["sessions", var id] && Guid.TryParse(id, out _)
        || path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["api", "v1", "public", "sessions", var apiId, "registrations"]
            && Guid.TryParse(apiId, out _);
}
