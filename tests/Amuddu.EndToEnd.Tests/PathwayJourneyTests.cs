using System.Globalization;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Amuddu.EndToEnd.Tests.JourneySteps;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// A counsellor's whole journey with one person, through the pages only: reception, consent, documents,
/// positioning, action plan, appointment, outcome and the file's history.
/// </summary>
public sealed class PathwayJourneyTests
{
    // The smallest valid PNG (1×1 pixel): the server checks a scan's first bytes, not its extension.
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Counsellor_takes_a_person_from_reception_to_employment_and_its_follow_up()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var today = session.App.Today;
        await SignInAsync(session, Demo.Counsellor);

        // Reception: a registration in Arabic script, then the same person again under a variant spelling.
        await RegisterAsync(page, "مريم", "كوليبالي", "1996-03-14");
        var title = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(title).ToHaveTextAsync("مريم كوليبالي");
        await RegisterAsync(page, "مريام", "كوليبالي", "1996-03-14");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cette personne est peut-être déjà inscrite" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "مريم كوليبالي" }).ClickAsync();
        await Expect(title).ToHaveTextAsync("مريم كوليبالي");
        var stage = page.Locator("p.lead");
        await Expect(stage).ToContainTextAsync("Accueilli");

        // Consent to processing, which lifts the minimal record.
        var minimalRecord = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Dossier minimal" });
        await Expect(minimalRecord).ToBeVisibleAsync();
        await OpenSectionAsync(page, "Consentements");
        var consents = Section(page, "Consentements");
        await OpenFormAsync(consents, "Enregistrer un consentement");
        await consents.GetByLabel("Finalité").SelectOptionAsync("Traitement du dossier pour l'accompagnement vers l'emploi");
        await consents.GetByLabel("Recueilli par").SelectOptionAsync("Formulaire signé");
        await consents.GetByLabel("Valable jusqu'au").FillAsync(Iso(today.AddYears(2)));
        await consents.GetByRole(AriaRole.Button, new() { Name = "Enregistrer un consentement" }).ClickAsync();
        var processing = consents.GetByRole(AriaRole.Row).Filter(new() { HasText = "Traitement du dossier" });
        await Expect(processing).ToContainTextAsync("Formulaire signé");
        await Expect(processing).ToContainTextAsync(today.AddYears(2).ToString("d", French));
        await Expect(minimalRecord).ToHaveCountAsync(0);

        // A residence card with its scan gives the legal status and the right to work.
        var scan = Path.Combine(Path.GetTempPath(), $"carte-sejour-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(scan, OnePixelPng);
        try
        {
            await OpenSectionAsync(page, "Documents");
            var documents = Section(page, "Documents et situation administrative");
            await OpenFormAsync(documents, "Ajouter un document");
            await documents.GetByLabel("Type de document").SelectOptionAsync("Carte de séjour");
            await documents.GetByLabel("Numéro").FillAsync("MA-CS-2024-118233");
            await documents.GetByLabel("Délivré par").FillAsync("DGSN Casablanca");
            await documents.GetByLabel("Délivré le").FillAsync(Iso(today.AddMonths(-6)));
            await documents.GetByLabel("Expire le").FillAsync(Iso(today.AddYears(2)));
            await documents.GetByLabel("Copie numérisée").SetInputFilesAsync(scan);
            await documents.GetByRole(AriaRole.Button, new() { Name = "Ajouter un document" }).ClickAsync();
            await Expect(documents.GetByRole(AriaRole.Status)).ToHaveTextAsync("Enregistré.");
            await Expect(documents.GetByRole(AriaRole.Row).Filter(new() { HasText = "Carte de séjour" })).ToContainTextAsync("MA-CS-2024-118233");
            await Expect(documents.GetByRole(AriaRole.Link, new() { Name = "ouvrir" })).ToBeVisibleAsync();
            await Expect(documents.Locator(".legal-status")).ToContainTextAsync("Migrant régularisé");
            await Expect(documents.Locator(".legal-status")).ToContainTextAsync("Droit de travailler : oui");
        }
        finally
        {
            File.Delete(scan);
        }

        await session.ScreenshotAsync("journey-consent-and-documents");

        // Positioning: the interview, a language with its CEFR levels and a target occupation, then the printable profile.
        await OpenSectionAsync(page, "Positionnement");
        await Expect(title).ToContainTextAsync("Positionnement");
        var interview = Section(page, "Entretien de positionnement");
        await interview.GetByLabel("Niveau d'études").SelectOptionAsync("Lycée");
        await interview.GetByLabel("Disponibilité").SelectOptionAsync("Temps plein");
        await interview.GetByLabel("Points forts").FillAsync("Accueil du public, parle français, arabe et peul.");
        await interview.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'entretien" }).ClickAsync();
        await Expect(Section(page, "Entretien de positionnement").GetByRole(AriaRole.Status)).ToHaveTextAsync("Enregistré.");

        var languages = Section(page, "Langues");
        await languages.GetByLabel("Langue", new() { Exact = true }).SelectOptionAsync("français");
        await languages.GetByLabel("Compréhension").SelectOptionAsync("B2");
        await languages.GetByLabel("Expression orale").SelectOptionAsync("B1");
        await languages.GetByLabel("Expression écrite").SelectOptionAsync("A2");
        await languages.GetByLabel("Évaluation").SelectOptionAsync("Déclaré");
        await languages.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Expect(Section(page, "Langues").GetByRole(AriaRole.Row).Filter(new() { HasText = "français" })).ToContainTextAsync("B2");

        var targets = Section(page, "Métiers visés");
        await targets.GetByLabel("Métier").SelectOptionAsync("Téléconseiller / Téléconseillère");
        await targets.GetByLabel("Priorité").SelectOptionAsync("1");
        await targets.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Expect(Section(page, "Métiers visés").GetByRole(AriaRole.Row).Filter(new() { HasText = "Téléconseiller" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Profil imprimable" }).ClickAsync();
        await Expect(title).ToHaveTextAsync("مريم كوليبالي");
        await Expect(page.Locator("article.profile")).ToContainTextAsync("Lycée");
        await Expect(Section(page, "Métiers visés")).ToContainTextAsync("Téléconseiller / Téléconseillère");
        await Expect(Section(page, "Langues").GetByRole(AriaRole.Row).Filter(new() { HasText = "français" })).ToContainTextAsync("B1");
        await session.ScreenshotAsync("journey-profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour au dossier" }).ClickAsync();
        await Expect(Section(page, "Positionnement")).ToContainTextAsync("métiers visés : 1");
        await Expect(stage).ToContainTextAsync("Positionné");

        // The action plan: the person's signed agreement, then a first step.
        await OpenSectionAsync(page, "Plan d'action");
        var plan = Section(page, "Plan d'action individuel");
        await OpenFormAsync(plan, "Objectif et accord");
        await plan.GetByLabel("Objectif").FillAsync("Obtenir un poste de téléconseillère à Casablanca d'ici six mois.");
        await plan.GetByLabel("Statut").SelectOptionAsync("En cours");
        await plan.GetByLabel("Accord donné le").FillAsync(Iso(today));
        await plan.GetByLabel("Forme de l'accord").SelectOptionAsync("signé");
        await plan.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Expect(plan.GetByRole(AriaRole.Status)).ToHaveTextAsync("Enregistré.");
        await Expect(plan.Locator("dl")).ToContainTextAsync("signé");
        await Expect(stage).ToContainTextAsync("En plan d'action");

        await OpenFormAsync(plan, "Ajouter une étape");
        await plan.GetByLabel("Type d'étape").SelectOptionAsync("Cours de langue");
        await plan.GetByLabel("Intitulé").FillAsync("Cours de français professionnel B2");
        await plan.GetByLabel("Responsable").SelectOptionAsync("La personne elle-même");
        await plan.GetByLabel("Échéance").FillAsync(Iso(today.AddDays(30)));
        await plan.GetByRole(AriaRole.Button, new() { Name = "Ajouter une étape" }).ClickAsync();
        var step = plan.GetByRole(AriaRole.Row).Filter(new() { HasText = "Cours de français professionnel B2" });
        await Expect(step).ToContainTextAsync("Cours de langue");
        await Expect(step).ToContainTextAsync(today.AddDays(30).ToString("d", French));
        await Expect(stage).ToContainTextAsync("En plan d'action");

        // An appointment tomorrow morning, found again on the counsellor's calendar.
        var tomorrow = SiteTime.Today(session.App.Clock).AddDays(1);
        await OpenSectionAsync(page, "Rendez-vous");
        var appointments = Section(page, "Rendez-vous");
        await OpenFormAsync(appointments, "Prendre un rendez-vous");
        await appointments.GetByLabel("Date", new() { Exact = true }).FillAsync(Iso(tomorrow));
        await appointments.GetByLabel("Heure").FillAsync("10:00");
        await appointments.GetByLabel("Objet").FillAsync("Bilan du cours de français");
        await appointments.GetByRole(AriaRole.Button, new() { Name = "Prendre un rendez-vous" }).ClickAsync();
        await Expect(appointments.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rendez-vous pris.");
        await Expect(appointments.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bilan du cours de français" })).ToContainTextAsync("Prévu");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" })
            .GetByRole(AriaRole.Link, new() { Name = "Rendez-vous" }).ClickAsync();
        await page.WaitForURLAsync("**/appointments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine" }).ClickAsync();
        await page.WaitForURLAsync("**view=week**");
        if (tomorrow.DayOfWeek == DayOfWeek.Monday)
        {
            // The week shown runs Monday to Sunday and holds today: tomorrow is in the next one.
            await page.GetByRole(AriaRole.Link, new() { Name = "Suivant" }).ClickAsync();
        }

        var day = page.Locator("section.calendar-day").Filter(new() { HasText = tomorrow.ToString("dddd d MMMM yyyy", French) });
        var booked = day.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bilan du cours de français" });
        await Expect(booked).ToContainTextAsync("10:00–10:30");
        await Expect(booked).ToContainTextAsync("مريم كوليبالي");
        await session.ScreenshotAsync("journey-calendar-week");
        await booked.GetByRole(AriaRole.Link, new() { Name = "مريم كوليبالي" }).ClickAsync();
        await Expect(title).ToHaveTextAsync("مريم كوليبالي");

        // The outcome: she is employed, which starts the follow-up at 3, 6 and 12 months.
        var startsOn = today.AddDays(-1);
        await OpenSectionAsync(page, "Sorties");
        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer une sortie" }).ClickAsync();
        await Expect(title).ToHaveTextAsync("Enregistrer une sortie");
        await page.GetByLabel("Type de sortie").SelectOptionAsync("En emploi salarié");
        await page.GetByLabel("Date (début, ou sortie du programme)").FillAsync(Iso(startsOn));
        await page.GetByLabel("Nom de l'employeur").FillAsync("Atlantic Contact Center");
        await page.GetByLabel("Métier ou poste").FillAsync("Téléconseillère");
        await page.GetByLabel("Type de contrat").SelectOptionAsync("CDD");
        await page.GetByLabel("Salaire mensuel").SelectOptionAsync("Du SMIG à 3 000 MAD");
        await page.GetByLabel("Temps de travail").SelectOptionAsync("Temps plein");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();

        await Expect(title).ToHaveTextAsync("مريم كوليبالي");
        await Expect(stage).ToContainTextAsync("En emploi");
        var outcomes = Section(page, "Sorties et suivi dans l'emploi");
        await Expect(outcomes.GetByRole(AriaRole.Row).Filter(new() { HasText = "En emploi salarié" }))
            .ToContainTextAsync(new Regex("Atlantic Contact Center.*CDD.*Du SMIG à 3 000 MAD"));
        foreach (var months in new[] { 3, 6, 12 })
        {
            await Expect(outcomes.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Suivi à {months} mois" }))
                .ToContainTextAsync(startsOn.AddMonths(months).ToString("d", French));
        }

        // The file's history and who read or changed it.
        await OpenSectionAsync(page, "Historique");
        var timeline = Section(page, "Historique du dossier");
        foreach (var (area, what) in new[]
                 {
                     ("Identité", "Inscription"), ("Consentements", "Consentement donné"), ("Documents et situation administrative", "Document ajouté"),
                     ("Documents et situation administrative", "Scan du document déposé"), ("Positionnement", "Entretien de positionnement"),
                     ("Plan d'action individuel", "Plan d'action accepté par la personne"), ("Plan d'action individuel", "Étape ajoutée au plan"),
                     ("Rendez-vous", "Rendez-vous pris"), ("Sorties et suivi dans l'emploi", "En emploi salarié"),
                 })
        {
            await Expect(timeline.GetByRole(AriaRole.Row).Filter(new() { HasText = what })).ToContainTextAsync(area);
        }

        await OpenSectionAsync(page, "Consultations");
        var accessLog = Section(page, "Qui a consulté ou modifié ce dossier");
        foreach (var action in new[] { "Personne inscrite", "Dossier consulté", "Consentement enregistré", "Document ajouté", "Copie de document déposée",
                     "Entretien de positionnement enregistré", "Positionnement : ligne ajoutée", "Profil professionnel consulté", "Accord au plan d'action enregistré",
                     "Étape du plan ajoutée", "Rendez-vous pris", "Sortie enregistrée" })
        {
            await Expect(accessLog).ToContainTextAsync(action);
        }

        await Expect(accessLog).ToContainTextAsync("Youssef El Amrani");
        await session.ScreenshotAsync("journey-outcome-and-history");
    }

    // The French interface formats dates as in Morocco.
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-MA");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
