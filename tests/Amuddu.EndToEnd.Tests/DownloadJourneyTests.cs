using System.Text;
using System.Text.Json;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Platform;
using Microsoft.Playwright;
using static Amuddu.EndToEnd.Tests.JourneySteps;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// Each role, signed in through the pages, clicks every download link its pages offer (a scan, the rights export,
/// application documents, the CSV exports, the transfer file): Chromium downloads each file with the session alone.
/// </summary>
public sealed class DownloadJourneyTests
{
    [Fact]
    public async Task Every_role_downloads_every_file_its_pages_offer_in_Chromium()
    {
        await using var session = await BrowserSession.StartAsync(DownloadsSeed.Settings);
        var seed = await DownloadsSeed.CreateAsync(session.App);
        foreach (var role in seed.Offered().GroupBy(o => o.Who))
        {
            var page = await session.NewVisitorAsync("fr-FR", 1280, 900);
            if (role.Key == Demo.Analyst)
            {
                // Indicators only: no second factor.
                await page.GotoAsync("/account/sign-in");
                await page.GetByLabel("Adresse e-mail").FillAsync(role.Key);
                await page.GetByLabel("Mot de passe").FillAsync(Demo.Password);
                await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
                await page.WaitForURLAsync("**/home");
            }
            else
            {
                await SignInAsync(session, page, role.Key);
            }

            foreach (var offered in role)
            {
                await page.GotoAsync(offered.Page);
                await Expect(page.Locator("a[href^='/api'], a[href^='data:']")).ToHaveCountAsync(0);
                var link = page.Locator($"a[href=\"{offered.Link}\"]").First;
                IResponse? answer = null;
                void Seen(object? sender, IResponse response)
                {
                    if (response.Url.EndsWith(offered.Link, StringComparison.Ordinal))
                    {
                        answer = response;
                    }
                }

                page.Response += Seen;
                var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
                page.Response -= Seen;
                Assert.Equal(offered.FileName, download.SuggestedFilename);
                Assert.Null(await download.FailureAsync());
                var content = await File.ReadAllBytesAsync((await download.PathAsync())!);
                Check(offered, content);

                // The answer the browser got; when Chromium does not report the response of a navigation that became a
                // download, the same request again with the page's own cookies.
                var (status, type) = answer is not null
                    ? (answer.Status, answer.Headers.GetValueOrDefault("content-type", ""))
                    : await FetchAsync(page, offered.Link);
                Assert.Equal(200, status);
                Assert.StartsWith(offered.ContentType, type, StringComparison.Ordinal);
            }

            await page.Context.CloseAsync();
        }
    }

    private static async Task<(int Status, string ContentType)> FetchAsync(IPage page, string link)
    {
        var response = await page.Context.APIRequest.GetAsync(link);
        return (response.Status, response.Headers["content-type"]);
    }

    private static void Check(OfferedFile offered, byte[] content)
    {
        switch (offered.ContentType)
        {
            case "image/png":
                Assert.Equal(DownloadsSeed.Png, content);
                break;
            case "application/pdf":
                Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(content), StringComparison.Ordinal);
                break;
            case "application/json":
                Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(content).RootElement.GetProperty("sections").ValueKind);
                break;
            default:
                var csv = Encoding.UTF8.GetString(content);
                Assert.True(csv.Contains(',', StringComparison.Ordinal) || csv.Contains(';', StringComparison.Ordinal), csv);
                Assert.DoesNotContain("<html", csv, StringComparison.OrdinalIgnoreCase);
                break;
        }
    }
}
