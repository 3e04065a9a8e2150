namespace Amuddu.Web.Features.Access;

/// <summary>Session lifetimes, from configuration section <c>Amuddu:Sessions</c>.</summary>
public sealed class StaffSessionOptions
{
    /// <summary>A session with no request for this long is over (ASVS 3.3.2 asks for at most 30 minutes at L2).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>A session is over this long after sign-in, however busy it is.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How stale <see cref="StaffSession.LastSeenAt"/> may get before a request writes it again.</summary>
    public TimeSpan TouchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
