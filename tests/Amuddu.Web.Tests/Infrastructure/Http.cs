using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Amuddu.Web.Tests.Infrastructure;

public sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn);

public static partial class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string? password, string? code) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = code });

    /// <summary>Signs in through the API and returns a client that sends the bearer token.</summary>
    public static async Task<HttpClient> ApiClientAsync(this AmudduApp app, string email, string? language = null)
    {
        var client = app.CreateClient();
        var response = await client.LoginAsync(email, Demo.Password, Totp.Next(app, email));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(Json);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    /// <summary>
    /// Opens a page, fills a form as a person would, and submits it: the Blazor form named
    /// <paramref name="form"/>, or, when it starts with '/', the form that posts to that path.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string pageUrl, string form, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var byAction = form.StartsWith('/');
        var marker = byAction ? $"action=\"{form}\"" : $"name=\"_handler\" value=\"{form}\"";
        var markup = Forms().Matches(html).Select(m => m.Value).FirstOrDefault(f => f.Contains(marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form '{form}' on {pageUrl}.");
        var values = HiddenInputs().Matches(markup).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        var posted = values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value))
            .Where(v => !fields.Any(f => f.Key == v.Key))
            .Concat(fields);
        return await client.PostAsync(byAction ? form : pageUrl, new FormUrlEncodedContent(posted));
    }

    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string form, params (string Name, string Value)[] fields) =>
        client.SubmitFormAsync(pageUrl, form, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static Task<HttpResponseMessage> SignOutAsync(this HttpClient browser) => browser.SubmitFormAsync("/home", "/account/sign-out");

    /// <summary>Signs in through the pages: password, then the authenticator code.</summary>
    public static async Task WebSignInAsync(this AmudduApp app, HttpClient browser, string email)
    {
        var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", email), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var twoFactor = password.Target();
        Assert.StartsWith("/account/two-factor", twoFactor, StringComparison.Ordinal);
        var code = await browser.SubmitFormAsync(twoFactor, "two-factor", ("Input.Code", Totp.Next(app, email)));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/home", code.Target());
    }

    /// <summary>Where a redirect goes, as a local path and query, whether the app wrote it absolute or relative.</summary>
    public static string Target(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The page's markup with entities decoded, so tests can look for the text a person reads.</summary>
    public static async Task<string> ReadHtmlAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInputs();
}
