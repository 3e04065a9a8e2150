using System.Threading.RateLimiting;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// The doors anyone can knock at, limited per client address: password guessing on every sign-in
/// door (page, two-factor page, API), on top of the per-account lockout; and the public session
/// registration, so that a script cannot fill the seats.
/// </summary>
public static class RateLimits
{
    private static readonly string[] Doors = [AccessPaths.SignIn, AccessPaths.TwoFactor, "/api/v1/auth/login"];

    /// <summary>
    /// An employer naming a hire by file number and surname (API and page): limited per employer organisation, so
    /// that no employer can try number after number to learn who is an agency client.
    /// </summary>
    public const string EmployerHires = "employer-hires";

    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        var hiresPerHour = configuration.GetValue("Amuddu:RateLimits:EmployerHiresPerHour", 30);
        options.AddPolicy(EmployerHires, context =>
            !HttpMethods.IsPost(context.Request.Method) || context.User.FindFirst(AmudduClaims.OrganisationId)?.Value is not { } organisation
                ? RateLimitPartition.GetNoLimiter("open")
                : RateLimitPartition.GetFixedWindowLimiter("employer " + organisation,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = hiresPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));

        var perMinute = configuration.GetValue("Amuddu:RateLimits:SignInPerMinute", 10);
        var registrationsPerMinute = configuration.GetValue("Amuddu:RateLimits:PublicRegistrationPerMinute", 5);
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            !HttpMethods.IsPost(context.Request.Method) ? RateLimitPartition.GetNoLimiter("open")
            : Doors.Any(d => context.Request.Path.Equals(d, StringComparison.OrdinalIgnoreCase))
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            // The public session registration: a form anyone can post, so a script must not fill the seats.
            : Sessions.PublicRegistrationPaths.Matches(context.Request.Path)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "registration " + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = registrationsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("open"));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            var http = context.HttpContext;
            var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            http.Response.Headers.RetryAfter = "60";
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = text["TooManyAttempts"],
                    Type = ProblemTypes.TooManyRequests,
                },
            });
        };
    }
}
