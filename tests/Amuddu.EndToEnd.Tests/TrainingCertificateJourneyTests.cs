using Amuddu.Web.Features.Training;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Training;
using Microsoft.Playwright;
using static Amuddu.EndToEnd.Tests.JourneySteps;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// A counsellor takes the post-test of a module from "Mes formations", the coordinator issues the certificates, the
/// counsellor downloads theirs, and a visitor who never signed in checks its code on the public page; axe-core
/// analyses every page, in French and in Arabic.
/// </summary>
public sealed class TrainingCertificateJourneyTests
{
    [Fact]
    public async Task A_counsellor_passes_the_post_test_downloads_the_certificate_and_anyone_verifies_it()
    {
        await using var session = await BrowserSession.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(session.App, "Cycle 2020 – accueil");
        var coordinatorApi = await session.App.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var module = seed.ModuleIds[0];
        await TrainingTestsSeed.ThreeQuestionsAsync(coordinatorApi, module, TestKind.Pre);
        var post = await TrainingTestsSeed.ThreeQuestionsAsync(coordinatorApi, module, TestKind.Post);
        var page = session.Page;

        // The counsellor, from the menu.
        await SignInAsync(session, Demo.Counsellor);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mes formations" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cycle 2020 – accueil" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Test de sortie – 1. Interculturalité" }).ClickAsync();
        await page.Locator($"#q-{post.Questions[0]}").GetByLabel("B", new() { Exact = true }).CheckAsync();
        await page.Locator($"#q-{post.Questions[1]}").GetByLabel("A", new() { Exact = true }).CheckAsync();
        await page.Locator($"#q-{post.Questions[1]}").GetByLabel("C", new() { Exact = true }).CheckAsync();
        await page.Locator($"#q-{post.Questions[2]}").GetByLabel("Vrai", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mes réponses" }).ClickAsync();
        await Expect(page.Locator("[data-score]")).ToContainTextAsync("Votre score : 100 % (3 sur 3).");

        // The coordinator issues the certificates, and looks over the cycle's pages.
        var coordinator = await session.NewVisitorAsync("fr-FR", 1280, 900);
        await SignInAsync(session, coordinator, TrainingTestsSeed.Coordinator);
        foreach (var path in new[] { "tests", "gains", "satisfaction" })
        {
            await coordinator.GotoAsync($"/training/cycles/{seed.CycleId}/{path}");
        }

        await coordinator.GotoAsync($"/training/cycles/{seed.CycleId}/certificates");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Délivrer les certificats" }).ClickAsync();
        await Expect(coordinator.Locator("p.notice")).ToContainTextAsync("1 certificat(s) délivré(s).");
        await DemoBrowser.SwitchLanguageAsync(coordinator, "ar", "العربية");
        foreach (var path in new[] { "tests", "gains", "satisfaction", "certificates" })
        {
            await coordinator.GotoAsync($"/training/cycles/{seed.CycleId}/{path}");
            await Expect(coordinator.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        }

        // The counsellor downloads it.
        await page.GotoAsync("/training/mine");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger en français" }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        var certificate = await File.ReadAllTextAsync((await download.PathAsync())!);
        var code = await session.App.QueryAsync(db => Task.FromResult(db.TrainingCertificates.Single().Code));
        Assert.Equal(CertificateDocument.FileName(code, "fr"), download.SuggestedFilename);
        Assert.Contains("Youssef El Amrani", certificate, StringComparison.Ordinal);
        Assert.Contains(CertificateCodes.Display(code), certificate, StringComparison.Ordinal);

        // The counsellor's pages in Arabic.
        await DemoBrowser.SwitchLanguageAsync(page, "ar", "العربية");
        await page.GotoAsync("/training/mine");
        await Expect(page.GetByText("شهادتك")).ToBeVisibleAsync();
        await page.GotoAsync($"/training/modules/{module}/tests/Post");
        await page.GotoAsync($"/training/sessions/{seed.SessionIds[0]}/satisfaction");

        // Anyone, without signing in: in French by typing the code, then in Arabic by the printed address.
        var visitor = await session.NewVisitorAsync("fr-FR", 390, 800, phone: true);
        await visitor.GotoAsync("/verify");
        await visitor.GetByLabel("Code de vérification").FillAsync(CertificateCodes.Display(code).ToLowerInvariant());
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Certificat valide" })).ToBeVisibleAsync();
        await Expect(visitor.Locator(".verify-result")).ToContainTextAsync("Youssef El Amrani");
        var arabic = await session.NewVisitorAsync("ar", 390, 800, phone: true);
        await arabic.GotoAsync($"/verify/{code}");
        await Expect(arabic.GetByRole(AriaRole.Heading, new() { Name = "شهادة صالحة" })).ToBeVisibleAsync();
        await arabic.GotoAsync($"/verify/{code[..11]}{(code[11] == 'Z' ? 'Y' : 'Z')}");
        await Expect(arabic.GetByRole(AriaRole.Heading, new() { Name = "لا توجد أي شهادة بهذا الرمز." })).ToBeVisibleAsync();

        await session.Accessibility.AssertNoSeriousViolationsAsync();
        Assert.True(AccessibilityWatch.WasAnalysed(key => key.StartsWith("ar ", StringComparison.Ordinal) && key.Contains("/verify/", StringComparison.Ordinal)));
    }
}
