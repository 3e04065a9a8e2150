namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Headers every response carries: no framing, no MIME sniffing, no referrer leaving the site,
/// a content policy that allows only our own scripts and styles, and no caching of pages
/// shown to a signed-in user (they may hold personal data).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ContentPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // The API reference page brings its own inline script; everything else is ours alone.
            // A self-contained document (a printable certificate) sets a stricter policy of its own, which stands.
            if (!context.Request.Path.StartsWithSegments("/api/docs") && string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentPolicy;
            }

            if (context.User.Identity?.IsAuthenticated == true)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
