using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Amuddu.EndToEnd.Tests.JourneySteps;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// A referral across the network, through the pages only: the employment agency's counsellor records
/// the person's consent to share with Entraide Nationale and refers her to its sewing training; the
/// training centre's caseworker reads what was shared, accepts, enrols and completes her; the counsellor
/// finds the outcome on the person's file.
/// </summary>
public sealed class ReferralJourneyTests
{
    [Fact]
    public async Task Counsellor_refers_a_person_to_a_training_centre_which_accepts_enrols_and_completes_her_and_the_outcome_comes_back()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        await app.SeedDemoCatalogueAsync();
        var counsellor = session.Page;
        await SignInAsync(session, counsellor, Demo.Counsellor);
        await RegisterAsync(counsellor, "فاطمة", "كامارا", "1994-07-02");
        await Expect(counsellor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("فاطمة كامارا");
        var file = counsellor.Url;

        // Consent to processing, then to sharing her identity and positioning with Entraide Nationale.
        await RecordConsentAsync(counsellor, "Traitement du dossier pour l'accompagnement vers l'emploi");
        await RecordConsentAsync(counsellor, "Partage avec un partenaire", "Entraide Nationale (démo)", "Positionnement et compétences");
        await Expect(Section(counsellor, "Consentements").GetByRole(AriaRole.Row).Filter(new() { HasText = "Partage avec un partenaire" }))
            .ToContainTextAsync("Entraide Nationale");

        // The referral: the service found in the directory, what the consent covers and nothing more.
        await OpenSectionAsync(counsellor, "Orientations");
        await Section(counsellor, "Orientations vers des partenaires").GetByRole(AriaRole.Link, new() { Name = "Orienter vers un partenaire" }).ClickAsync();
        await counsellor.GetByLabel("Mots").FillAsync("couture");
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        await counsellor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Coupe et couture traditionnelle" })
            .GetByRole(AriaRole.Link, new() { Name = "Choisir" }).ClickAsync();
        await Expect(counsellor.GetByLabel("Documents et statut légal")).ToBeDisabledAsync();
        await counsellor.GetByLabel("Motif de l'orientation").FillAsync("Couturière expérimentée en Guinée, souhaite une attestation pour travailler en atelier.");
        await counsellor.GetByLabel("Urgence").SelectOptionAsync("Soon");
        await counsellor.GetByLabel("Positionnement et compétences").CheckAsync();
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "Envoyer au partenaire" }).ClickAsync();
        await Expect(counsellor.GetByText("Envoyée").First).ToBeVisibleAsync();
        var referral = await app.QueryAsync(db => db.Referrals.AsNoTracking().SingleAsync());
        Assert.Equal((ReferralStatus.Sent, SharedData.Identity | SharedData.PositioningAndSkills), (referral.Status, referral.SharedData));

        // The training centre's caseworker: the referral in the inbox, the person as shared, then accept, enrol, complete.
        var caseworker = await session.NewVisitorAsync("fr-FR", 1280, 900);
        await SignInAsync(session, caseworker, Demo.Caseworker);
        await caseworker.GotoAsync("/referrals?box=received");
        await caseworker.GetByRole(AriaRole.Link, new() { Name = referral.Reference }).ClickAsync();
        var shared = caseworker.Locator("section").Filter(new() { Has = caseworker.GetByRole(AriaRole.Heading, new() { Name = "Données partagées de la personne" }) });
        await Expect(shared).ToContainTextAsync("فاطمة");
        await Expect(shared).Not.ToContainTextAsync("Documents");
        await Action(caseworker, "Accepter").GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Expect(caseworker.GetByText("Orientation mise à jour.")).ToBeVisibleAsync();
        await Action(caseworker, "Inscrit / pris en charge").GetByRole(AriaRole.Button, new() { Name = "Inscrit / pris en charge" }).ClickAsync();
        await Expect(caseworker.GetByText("Orientation mise à jour.")).ToBeVisibleAsync();
        var complete = Action(caseworker, "Terminer avec un résultat");
        await complete.GetByLabel("Résultat").SelectOptionAsync("TrainingCertified");
        await complete.GetByLabel("Note").FillAsync("Attestation obtenue avec mention ; elle cherche un atelier à Rabat.");
        await complete.GetByRole(AriaRole.Button, new() { Name = "Terminer avec un résultat" }).ClickAsync();
        await Expect(caseworker.GetByText("Orientation mise à jour.")).ToBeVisibleAsync();
        await session.ScreenshotAsync("referral-completed-by-the-partner");

        // Once completed, the centre no longer sees her data.
        await caseworker.GotoAsync(caseworker.Url);
        await Expect(caseworker.GetByText("Accès terminé")).ToBeVisibleAsync();

        // Back at the agency: the outcome and the partner's note are on the person's file.
        await counsellor.GotoAsync(file);
        await OpenSectionAsync(counsellor, "Historique");
        var timeline = Section(counsellor, "Historique du dossier");
        var completed = timeline.GetByRole(AriaRole.Row).Filter(new() { HasText = "Orientation : Terminée" });
        await Expect(completed).ToContainTextAsync("Formation achevée avec certificat");
        await Expect(completed).ToContainTextAsync("Attestation obtenue avec mention");
        await Expect(completed).ToContainTextAsync("Hind Mansouri");
        await OpenSectionAsync(counsellor, "Orientations");
        await Expect(Section(counsellor, "Orientations vers des partenaires").GetByRole(AriaRole.Row).Filter(new() { HasText = referral.Reference })).ToContainTextAsync("Terminée");
    }

    /// <summary>One of the referral page's action forms, found by its heading.</summary>
    private static ILocator Action(IPage page, string heading) =>
        page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 2 }) });
}
