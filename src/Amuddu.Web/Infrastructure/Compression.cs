using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Pages, styles, scripts, SVG and JSON travel compressed (Brotli, else gzip, at their fastest levels: a page is
/// compressed on every request), https included, except in answer to a request another site started: that is how
/// BREACH would guess a secret of the page from the size of answers to requests it makes with text of its choosing
/// (docs/design.md, "Page weight"). The files of wwwroot are cached by browsers for an hour, then checked by ETag.
/// </summary>
public static class Compression
{
    /// <summary>What is worth compressing: text. Images other than SVG, PDFs and archives are compressed already.</summary>
    public static readonly string[] MimeTypes =
        [.. ResponseCompressionDefaults.MimeTypes, "text/javascript", "image/svg+xml", "application/manifest+json", "application/problem+json"];

    /// <summary>How long a browser keeps a style sheet, an icon or the manifest before checking it again.</summary>
    public const string StaticFileCaching = "public, max-age=3600";

    public static IServiceCollection AddAmudduCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // https too: the answers that could carry a guessed secret are not compressed (SameSiteOnly).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Compresses only what this site's own pages asked for (<c>Sec-Fetch-Site: same-origin</c>), what the person
    /// typed or bookmarked (<c>none</c>), and clients that do not say (not a browser, or one older than the header).
    /// A link, form, image or script on another site (<c>cross-site</c>, <c>same-site</c>) gets the answer uncompressed.
    /// </summary>
    public static IApplicationBuilder UseAmudduCompression(this IApplicationBuilder app) =>
        app.UseWhen(SameSiteOnly, compressed => compressed.UseResponseCompression());

    public static bool SameSiteOnly(HttpContext context) =>
        context.Request.Headers["Sec-Fetch-Site"].ToString() is "" or "same-origin" or "none";

    /// <summary>The files of wwwroot: cached for an hour by browsers and proxies (they hold nothing personal).</summary>
    public static StaticFileOptions StaticFiles() => new()
    {
        ContentTypeProvider = ContentTypes(),
        OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = StaticFileCaching,
    };

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        return types;
    }
}
