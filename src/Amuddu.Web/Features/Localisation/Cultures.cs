using System.Globalization;
using Amuddu.Web.Components.Shared;
using Microsoft.AspNetCore.Localization;

namespace Amuddu.Web.Features.Localisation;

/// <summary>
/// French first, then Arabic and English. Each language maps to a Moroccan (or British) culture so
/// that dates use the Gregorian calendar and numbers the Moroccan separators.
/// </summary>
public static class Cultures
{
    public const string CookieName = "amuddu.lang";

    public static readonly IReadOnlyDictionary<string, CultureInfo> ByLanguage = new Dictionary<string, CultureInfo>
    {
        ["fr"] = CultureInfo.GetCultureInfo("fr-MA"),
        ["ar"] = CultureInfo.GetCultureInfo("ar-MA"),
        ["en"] = CultureInfo.GetCultureInfo("en-GB"),
    };

    public static CultureInfo Default => ByLanguage["fr"];

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = ByLanguage.Values.ToList();
        options.DefaultRequestCulture = new RequestCulture(Default);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.RequestCultureProviders = [new LanguageProvider()];
    }

    /// <summary>The language chosen with the switcher (a cookie), else the browser's first supported language.</summary>
    private sealed class LanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var chosen = httpContext.Request.Cookies[CookieName];
            if (chosen is not null && ByLanguage.TryGetValue(chosen, out var culture))
            {
                return Task.FromResult<ProviderCultureResult?>(new(culture.Name));
            }

            var accepted = httpContext.Request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(h => h.Quality ?? 1)
                .Select(h => h.Value.Value?.Split('-')[0].ToLowerInvariant())
                .FirstOrDefault(l => l is not null && ByLanguage.ContainsKey(l));
            return Task.FromResult<ProviderCultureResult?>(accepted is null ? null : new(ByLanguage[accepted].Name));
        }
    }
}

public static class CultureEndpoints
{
    /// <summary>The language switcher: a plain link, so it works without JavaScript.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{language}", (string language, string? returnUrl, HttpContext http) =>
        {
            if (Cultures.ByLanguage.ContainsKey(language))
            {
                http.Response.Cookies.Append(Cultures.CookieName, language, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                    Secure = http.Request.IsHttps,
                });
            }

            return TypedResults.LocalRedirect(LocalRedirect.Safe(returnUrl, "/"));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
