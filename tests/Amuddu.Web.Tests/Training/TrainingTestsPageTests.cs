using System.Net;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Training;

public sealed class TrainingTestsPageTests
{
    [Fact]
    public async Task The_coordinator_writes_a_question_on_the_page_and_a_refused_one_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app);
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, TrainingTestsSeed.Coordinator);
        var page = $"/training/cycles/{seed.CycleId}/tests";

        var refused = await (await browser.SubmitFormAsync(page, "add-question", ("ModuleId", seed.ModuleIds[1].ToString()), ("Test", "Post"),
            ("Kind", "TrueFalse"), ("TextFr", "L'accueil se fait sans rendez-vous."), ("Choice0Fr", "Vrai"), ("Choice1Fr", "Faux"),
            ("Choice2Fr", "Parfois"), ("Correct", "0"))).ReadHtmlAsync();
        var added = await (await browser.SubmitFormAsync(page, "add-question", ("ModuleId", seed.ModuleIds[1].ToString()), ("Test", "Post"),
            ("Kind", "TrueFalse"), ("TextFr", "L'accueil se fait sans rendez-vous."), ("TextAr", "الاستقبال يتم دون موعد."), ("Choice0Fr", "Vrai"),
            ("Choice0Ar", "صحيح"), ("Choice1Fr", "Faux"), ("Choice1Ar", "خطأ"), ("Correct", "0"))).ReadHtmlAsync();

        Assert.Contains("Choix : une question vrai/faux a exactement deux choix (3 donnés).", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Parfois\"", refused, StringComparison.Ordinal);
        Assert.Contains(">L'accueil se fait sans rendez-vous.</textarea>", refused, StringComparison.Ordinal);
        Assert.Contains("Question ajoutée.", added, StringComparison.Ordinal);
        var question = await app.QueryAsync(db => db.TestQuestions.SingleAsync());
        Assert.Equal((QuestionKind.TrueFalse, TestKind.Post, "الاستقبال يتم دون موعد."), (question.Kind, question.Test, question.TextAr));
        Assert.Equal([true, false], await app.QueryAsync(db => db.TestChoices.Where(c => c.QuestionId == question.Id).OrderBy(c => c.Number).Select(c => c.IsCorrect).ToListAsync()));

        // Not the coordinator's page for a counsellor, nor for another organisation's administrator.
        foreach (var email in new[] { Demo.Counsellor, Demo.NgoAdmin })
        {
            var other = app.CreateBrowser("fr");
            await app.WebSignInAsync(other, email);
            foreach (var path in new[] { page, $"/training/cycles/{seed.CycleId}/gains", $"/training/cycles/{seed.CycleId}/satisfaction", $"/training/cycles/{seed.CycleId}/certificates" })
            {
                var html = await (await other.GetAsync(path)).ReadHtmlAsync();
                Assert.DoesNotContain("Interculturalité", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_counsellor_takes_the_tests_answers_the_questionnaire_and_downloads_the_certificate_in_arabic_with_the_browser_session()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app, "Cycle 2020 – accueil");
        var coordinatorApi = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var module = seed.ModuleIds[0];
        var pre = await TrainingTestsSeed.ThreeQuestionsAsync(coordinatorApi, module, TestKind.Pre);
        var post = await TrainingTestsSeed.ThreeQuestionsAsync(coordinatorApi, module, TestKind.Post);
        var browser = app.CreateBrowser("ar");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var mine = await (await browser.GetAsync("/training/mine")).ReadHtmlAsync();
        Assert.Contains("Cycle 2020 – accueil", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"/training/modules/{module}/tests/Pre\"", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"/training/sessions/{seed.SessionIds[0]}/satisfaction\"", mine, StringComparison.Ordinal);
        var paper = await (await browser.GetAsync($"/training/modules/{module}/tests/Pre")).ReadHtmlAsync();
        Assert.Contains("سؤال Choix unique", paper, StringComparison.Ordinal);

        var preTaken = await (await browser.SubmitFormAsync($"/training/modules/{module}/tests/Pre", "take-test",
            ($"q.{pre.Questions[0]}", pre.Choices[0][1].ToString()))).ReadHtmlAsync();
        var postPage = $"/training/modules/{module}/tests/Post";
        var postTaken = await (await browser.SubmitFormAsync(postPage, "take-test", new[]
        {
            new KeyValuePair<string, string>($"q.{post.Questions[0]}", post.Choices[0][1].ToString()),
            new($"q.{post.Questions[1]}", post.Choices[1][0].ToString()),
            new($"q.{post.Questions[1]}", post.Choices[1][2].ToString()),
            new($"q.{post.Questions[2]}", post.Choices[2][0].ToString()),
        })).ReadHtmlAsync();
        var rated = await (await browser.SubmitFormAsync($"/training/sessions/{seed.SessionIds[0]}/satisfaction", "satisfaction",
            ("Rating", "4"), ("Comment", "مفيد جدا"))).ReadHtmlAsync();

        Assert.Contains("data-score=\"33\"", preTaken, StringComparison.Ordinal);
        Assert.Contains("data-score=\"100\"", postTaken, StringComparison.Ordinal);
        Assert.Contains("نتيجتك: 100٪ (3 من 3).", postTaken, StringComparison.Ordinal);
        Assert.Contains("شكرا، تم تسجيل جوابك دون اسمك.", rated, StringComparison.Ordinal);
        Assert.Equal(4, await app.QueryAsync(db => db.SatisfactionAnswers.Select(a => a.Rating).SingleAsync()));

        // The coordinator issues the certificates on the page.
        var coordinator = app.CreateBrowser("fr");
        await app.WebSignInAsync(coordinator, TrainingTestsSeed.Coordinator);
        var issued = await (await coordinator.SubmitFormAsync($"/training/cycles/{seed.CycleId}/certificates", "issue")).ReadHtmlAsync();
        Assert.Contains("1 certificat(s) délivré(s).", issued, StringComparison.Ordinal);
        var certificate = await app.QueryAsync(db => db.TrainingCertificates.SingleAsync());
        var gains = await (await coordinator.GetAsync($"/training/cycles/{seed.CycleId}/gains")).ReadHtmlAsync();
        Assert.Contains("<span dir=\"ltr\">33 → 100</span><strong> (<span dir=\"ltr\">+67</span>)</strong>", gains, StringComparison.Ordinal);
        var satisfaction = await (await coordinator.GetAsync($"/training/cycles/{seed.CycleId}/satisfaction")).ReadHtmlAsync();
        Assert.Contains("مفيد جدا", satisfaction, StringComparison.Ordinal);
        Assert.Contains("Moyenne 4,0 sur 5", satisfaction, StringComparison.Ordinal);
        Assert.DoesNotContain("Youssef", satisfaction, StringComparison.Ordinal);

        mine = await (await browser.GetAsync("/training/mine")).ReadHtmlAsync();
        Assert.Contains(CertificateDocument.Download(certificate.Id, "ar"), mine, StringComparison.Ordinal);
        var download = await browser.GetAsync(CertificateDocument.Download(certificate.Id, "ar"));
        var print = await browser.GetAsync(CertificateDocument.Print(certificate.Id, "fr"));
        var html = await download.ReadHtmlAsync();
        var printed = await print.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/html", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(CertificateDocument.FileName(certificate.Code, "ar"), download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4 landscape;", html, StringComparison.Ordinal);
        Assert.Contains("شهادة تكوين", html, StringComparison.Ordinal);
        Assert.Contains("Youssef El Amrani", html, StringComparison.Ordinal);
        Assert.Contains(CertificateCodes.Display(certificate.Code), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Null(print.Content.Headers.ContentDisposition);
        Assert.Contains("Certificat de formation", printed, StringComparison.Ordinal);
        Assert.Contains("style-src 'unsafe-inline'", string.Join(" ", print.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        // Another participant cannot open it; the coordinator can.
        var agent = app.CreateBrowser("fr");
        await app.WebSignInAsync(agent, TrainingTestsSeed.Agent);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync(CertificateDocument.Print(certificate.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(CertificateDocument.Print(certificate.Id))).StatusCode);
        var csv = await coordinator.GetAsync(ExportCycle.Csv(seed.CycleId));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("Youssef El Amrani", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(ExportCycle.Xlsx(seed.CycleId))).StatusCode);

        // Revoked on the page, with a reason: the holder is told, and the certificate is no longer served.
        var revoked = await (await coordinator.SubmitFormAsync($"/training/cycles/{seed.CycleId}/certificates", "revoke", ("Reason", "Erreur de saisie"))).ReadHtmlAsync();
        Assert.Contains("Certificat révoqué.", revoked, StringComparison.Ordinal);
        Assert.Contains("(Erreur de saisie)", revoked, StringComparison.Ordinal);
        Assert.Contains("ألغيت شهادتك بتاريخ", await (await browser.GetAsync("/training/mine")).ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(CertificateDocument.Download(certificate.Id, "ar"))).StatusCode);
    }
}
