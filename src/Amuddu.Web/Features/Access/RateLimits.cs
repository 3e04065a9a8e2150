using System.Security.Claims;
using System.Text.Json;
using System.Threading.RateLimiting;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// The doors anyone can knock at, limited per client address (the one the trusted proxy saw):
/// password guessing on the sign-in doors (page and API) per account and address, so that one address
/// cannot use up another's attempts and a whole agency behind one address does not share one small
/// budget; the two-factor step with a budget of its own, per pending account and address; a ceiling per
/// address over every account, against trying one password on many accounts; and the public session
/// registration, so that a script cannot fill the seats; and the public check of a certificate's code. The per-account lockout comes on top.
/// </summary>
public static class RateLimits
{
    private enum Door { None, SignIn, TwoFactor, Registration, Verification }

    /// <summary>
    /// An employer naming a hire by file number and surname (API and page): limited per employer organisation, so
    /// that no employer can try number after number to learn who is an agency client.
    /// </summary>
    public const string EmployerHires = "employer-hires";

    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Amuddu:RateLimits");
        var perAccount = limits.GetValue("SignInPerMinute", 10);
        var perAddress = limits.GetValue("SignInPerAddressPerMinute", 100);
        var twoFactor = limits.GetValue("TwoFactorPerMinute", 10);
        var registrations = limits.GetValue("PublicRegistrationPerMinute", 5);
        var hiresPerHour = limits.GetValue("EmployerHiresPerHour", 30);
        var verifications = limits.GetValue("CertificateVerificationPerMinute", 30);

        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var address = Address(context);
                var attempt = context.Features.Get<SignInAttempt>();
                return DoorOf(context) switch
                {
                    Door.SignIn => PerMinute($"sign-in {address} {attempt?.Account}", perAccount),
                    Door.TwoFactor => PerMinute($"two-factor {address} {attempt?.Account}", twoFactor),
                    Door.Registration => PerMinute($"registration {address}", registrations),
                    Door.Verification => PerMinute($"verification {address}", verifications),
                    Door.None => RateLimitPartition.GetNoLimiter(""),
                };
            }),
            PartitionedRateLimiter.Create<HttpContext, string>(context => DoorOf(context) switch
            {
                Door.SignIn => PerMinute($"sign-in {Address(context)}", perAddress),
                Door.TwoFactor => PerMinute($"two-factor {Address(context)}", perAddress),
                Door.Registration or Door.Verification or Door.None => RateLimitPartition.GetNoLimiter(""),
            }));
        options.AddPolicy(EmployerHires, context =>
            !HttpMethods.IsPost(context.Request.Method) || context.User.FindFirst(AmudduClaims.OrganisationId)?.Value is not { } organisation
                ? RateLimitPartition.GetNoLimiter("open")
                : RateLimitPartition.GetFixedWindowLimiter("employer " + organisation,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = hiresPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            var http = context.HttpContext;
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "60";
            if (!AmudduWeb.IsApi(http))
            {
                // No body: the status-code page shows the person a page in their language.
                return;
            }

            var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
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

    private static RateLimitPartition<string> PerMinute(string key, int limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static Door DoorOf(HttpContext context)
    {
        // The public check of a training certificate's code: against trying codes one after another.
        if (context.Request.Path.StartsWithSegments(Training.CertificateVerifyPaths.Page, StringComparison.OrdinalIgnoreCase))
        {
            return Door.Verification;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return Door.None;
        }

        var path = context.Request.Path;
        return path.Equals(AccessPaths.SignIn, StringComparison.OrdinalIgnoreCase)
            || path.Equals(AccessPaths.ApiLogin, StringComparison.OrdinalIgnoreCase) ? Door.SignIn
            : path.Equals(AccessPaths.TwoFactor, StringComparison.OrdinalIgnoreCase) ? Door.TwoFactor
            : Sessions.PublicRegistrationPaths.Matches(path) ? Door.Registration
            : Door.None;
    }

    /// <summary>
    /// Which account a sign-in request is about, read before the rate limiter (whose partitions are
    /// chosen synchronously): the e-mail of the page's form or the API's body, or the account waiting
    /// for its second factor.
    /// </summary>
    public static async Task ReadAttemptAsync(HttpContext context, RequestDelegate next)
    {
        var account = DoorOf(context) switch
        {
            Door.SignIn => await PostedEmailAsync(context),
            Door.TwoFactor => (await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme))
                .Principal?.FindFirstValue(ClaimTypes.Name),
            Door.Registration or Door.Verification or Door.None => null,
        };
        if (account is not null)
        {
            context.Features.Set(new SignInAttempt(Normalise(account)));
        }

        await next(context);
    }

    /// <summary>Long enough for any real sign-in body; a longer one (or one of unknown length) is not read here.</summary>
    private const int MaxBody = 16 * 1024;

    private static async Task<string?> PostedEmailAsync(HttpContext context)
    {
        var request = context.Request;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(context.RequestAborted);
                return form["Input.Email"].ToString();
            }

            if (request.HasJsonContentType() && request.ContentLength is > 0 and <= MaxBody)
            {
                request.EnableBuffering();
                try
                {
                    using var body = await JsonDocument.ParseAsync(request.Body, default, context.RequestAborted);
                    return body.RootElement.ValueKind == JsonValueKind.Object
                        && body.RootElement.EnumerateObject().FirstOrDefault(p => p.Name.Equals("email", StringComparison.OrdinalIgnoreCase))
                            .Value is { ValueKind: JsonValueKind.String } email
                        ? email.GetString()
                        : null;
                }
                finally
                {
                    request.Body.Position = 0;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException or BadHttpRequestException)
        {
            // A body the endpoint will refuse on its own; the attempt still counts for the address.
        }

        return null;
    }

    private static string Normalise(string account)
    {
        var trimmed = account.Trim().ToUpperInvariant();
        return trimmed.Length <= 256 ? trimmed : trimmed[..256];
    }

    private sealed record SignInAttempt(string Account);
}
