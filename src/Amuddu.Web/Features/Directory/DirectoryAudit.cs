namespace Amuddu.Web.Features.Directory;

/// <summary>Audit actions of the directory; the detail never carries the profile's words.</summary>
public static class DirectoryAudit
{
    public const string ProfileUpdated = "directory.profile-updated";
    public const string CapacityUpdated = "directory.capacity-updated";

    public static string Organisation(Guid organisationId) => $"organisation {organisationId}";
}
