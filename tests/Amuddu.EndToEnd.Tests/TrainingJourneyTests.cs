using System.Text.RegularExpressions;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// The coordinator sets up a cycle delivered by VDAB with its three modules, plans a session given by VDAB's expert,
/// nominates two counsellors and records who came; the pages are checked by axe in French and in Arabic.
/// </summary>
public sealed class TrainingJourneyTests
{
    private const string Title = "Cycle de formation – accueil et accompagnement des migrants";

    [Fact]
    public async Task The_coordinator_creates_a_cycle_with_three_modules_a_session_nominations_and_attendance()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        var page = session.Page;
        await JourneySteps.SignInAsync(session, page, $"trainer@{DemoAccounts.Domain}");

        await page.GotoAsync("/training");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau cycle" }).First.ClickAsync();
        await page.GetByLabel(new Regex("^Intitulé")).FillAsync(Title);
        await page.GetByLabel("Dispensé par").SelectOptionAsync(new SelectOptionValue { Label = DemoOrganisations.Vdab });
        await page.GetByLabel("Début").FillAsync(FormDates.Display(app.Today.AddDays(-7)));
        // A mistake first: the end before the start.
        await page.GetByLabel(new Regex(@"^Fin\b")).FillAsync(FormDates.Display(app.Today.AddDays(-8)));
        await page.GetByLabel(new Regex(@"^Places\b")).FillAsync("2");
        await page.GetByLabel("Statut").SelectOptionAsync("Open");
        await page.GetByLabel("Conseiller emploi").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le cycle" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("La fin du cycle ne peut pas précéder son début.");
        await Expect(page.GetByLabel(new Regex("^Intitulé"))).ToHaveValueAsync(Title);
        await page.GetByLabel(new Regex(@"^Fin\b")).FillAsync(FormDates.Display(app.Today.AddDays(60)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le cycle" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);

        // The three modules.
        (string Title, string Theme)[] modules =
        [
            ("Interculturalité et inclusion sociale des migrants et des réfugiés", "Interculturality"),
            ("Développer le système multi-acteurs pour les populations migrantes", "MultiActorSystem"),
            ("Services en face à face : accueil, positionnement et suivi", "FaceToFaceServices"),
        ];
        var modulesCard = JourneySteps.Section(page, "Modules");
        foreach (var (title, theme) in modules)
        {
            await JourneySteps.OpenFormAsync(modulesCard, "Ajouter un module");
            await modulesCard.GetByLabel("Intitulé du module").FillAsync(title);
            await modulesCard.GetByLabel("Durée (heures)").FillAsync("12");
            await modulesCard.GetByLabel("Thème").SelectOptionAsync(theme);
            await modulesCard.GetByRole(AriaRole.Button, new() { Name = "Ajouter un module" }).ClickAsync();
            await Expect(JourneySteps.Section(page, "Modules").GetByRole(AriaRole.Heading, new() { Level = 3, NameRegex = new(Regex.Escape(title)) }))
                .ToBeVisibleAsync();
        }

        // A session of module 3, yesterday, given by VDAB's expert.
        var sessions = JourneySteps.Section(page, "Sessions");
        await JourneySteps.OpenFormAsync(sessions, "Ajouter une session");
        await sessions.GetByLabel("Module", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Module 3 : {modules[2].Title}" });
        await sessions.GetByLabel(new Regex(@"^Date\b")).FillAsync(FormDates.Display(app.Today.AddDays(-1)));
        await sessions.GetByLabel("Heure").FillAsync("09:30");
        await sessions.GetByLabel("Lieu", new() { Exact = true }).FillAsync("Agence Casablanca Maârif, salle de formation");
        await sessions.GetByLabel("Pieter Janssens").CheckAsync();
        await sessions.GetByRole(AriaRole.Button, new() { Name = "Ajouter une session" }).ClickAsync();
        await Expect(page.GetByText("Enregistré.")).ToBeVisibleAsync();

        // Two counsellors nominated: both get a seat.
        var participants = JourneySteps.Section(page, "Participants");
        foreach (var name in new[] { "Youssef El Amrani", "Nadia Tazi" })
        {
            await JourneySteps.OpenFormAsync(participants, "Proposer un participant");
            await participants.GetByLabel("Membre du personnel").SelectOptionAsync(new SelectOptionValue { Label = name });
            await participants.GetByRole(AriaRole.Button, new() { Name = "Proposer un participant" }).ClickAsync();
            await Expect(JourneySteps.Section(page, "Participants").Locator("tbody")).ToContainTextAsync(name);
        }

        // Arabic, right to left, on the cycle's page.
        await DemoBrowser.SwitchLanguageAsync(page, "ar", "العربية");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await DemoBrowser.SwitchLanguageAsync(page, "fr", "Français");

        // Attendance: Youssef came, Nadia was excused.
        await JourneySteps.Section(page, "Sessions").Locator("tbody a").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Module 3");
        await page.Locator("fieldset").Filter(new() { HasText = "Youssef El Amrani" }).GetByLabel("Présent", new() { Exact = true }).CheckAsync();
        var nadia = page.Locator("fieldset").Filter(new() { HasText = "Nadia Tazi" });
        await nadia.GetByLabel("Absence excusée", new() { Exact = true }).CheckAsync();
        await nadia.GetByLabel("Motif de l'absence excusée").FillAsync("Mission à Oujda");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la présence" }).ClickAsync();
        await Expect(page.GetByText("Présence enregistrée")).ToBeVisibleAsync();
        await DemoBrowser.SwitchLanguageAsync(page, "ar", "العربية");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        var youssef = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync());
        var completion = await app.QueryAsync(db => db.ModuleCompletions.Join(db.TrainingModules, c => c.ModuleId, m => m.Id, (c, m) => new { c, m })
            .SingleAsync(x => x.c.UserId == youssef));
        Assert.Equal((3, ModuleTheme.FaceToFaceServices, app.Today.AddDays(-1)), (completion.m.Number, completion.m.Theme, completion.c.CompletedOn));
        var excused = await app.QueryAsync(db => db.TrainingAttendance.SingleAsync(a => a.Status == AttendanceStatus.Excused));
        Assert.Equal("Mission à Oujda", excused.ExcuseReason);
        await session.Accessibility.AssertNoSeriousViolationsAsync();
    }
}
