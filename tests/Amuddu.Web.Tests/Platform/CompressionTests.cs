using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Platform;

/// <summary>Pages and styles travel compressed, except in answer to another site's request (BREACH); wwwroot is cached.</summary>
public sealed partial class CompressionTests
{
    [Fact]
    public async Task Pages_travel_compressed_with_brotli_or_gzip_but_not_to_a_request_another_site_started()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var brotli = await GetAsync(browser, "/home", "br, gzip", "same-origin");
        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
        var compressed = await brotli.Content.ReadAsByteArrayAsync();
        var page = Brotli(compressed);
        Assert.Contains("<html lang=\"fr\"", page, StringComparison.Ordinal);
        Assert.InRange(compressed.Length, 1, Encoding.UTF8.GetByteCount(page) / 2);

        var gzip = await GetAsync(browser, "/home", "gzip", "none");
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Contains("<html lang=\"fr\"", Gzip(await gzip.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        // Another site's link or form, the way BREACH makes a page reflect its guesses: the answer is not compressed.
        foreach (var site in new[] { "cross-site", "same-site" })
        {
            var foreign = await GetAsync(browser, "/people?q=guess", "br, gzip", site);
            Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
            Assert.Empty(foreign.Content.Headers.ContentEncoding);
            Assert.Contains("<html lang=\"fr\"", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The API's JSON too, and a style sheet.
        var api = await app.ApiClientAsync(Demo.Counsellor);
        api.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
        var people = await api.GetAsync("/api/v1/people");
        Assert.Equal("gzip", Assert.Single(people.Content.Headers.ContentEncoding));
        var css = await GetAsync(browser, "/app.css", "br", "same-origin");
        Assert.Equal("br", Assert.Single(css.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task The_antiforgery_token_of_a_page_differs_on_every_answer()
    {
        // What a compression side channel could guess a byte at a time; it is encrypted afresh for every answer.
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var first = Token().Match(await browser.GetStringAsync("/people/new")).Groups["token"].Value;
        var second = Token().Match(await browser.GetStringAsync("/people/new")).Groups["token"].Value;

        Assert.NotEmpty(first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Files_of_wwwroot_are_cached_an_hour_and_revalidated_by_etag()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();

        var css = await client.GetAsync("/app.css");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.True(css.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromHours(1), css.Headers.CacheControl?.MaxAge);
        Assert.False(css.Headers.CacheControl?.NoStore);
        var again = new HttpRequestMessage(HttpMethod.Get, "/app.css");
        again.Headers.IfNoneMatch.Add(css.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string encodings, string site)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encodings);
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", site);
        return client.SendAsync(request);
    }

    private static string Brotli(byte[] body)
    {
        using var stream = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Gzip(byte[] body)
    {
        using var stream = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
