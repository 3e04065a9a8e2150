using System.Globalization;
using System.Text;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Amuddu.EndToEnd.Tests.JourneySteps;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// Support measures through the pages only: a counsellor applies for a training grant for a person she
/// registered; two programme officers review and approve it (four eyes); the agreement is signed, the first
/// tranche ordered, sent to the bank and reconciled as paid, and the payment shows on the person's file. And an
/// employer applies for a hiring incentive for a person it hired, from the employer view.
/// </summary>
public sealed class SupportJourneyTests
{
    [Fact]
    public async Task Counsellor_applies_for_a_training_grant_two_officers_approve_and_the_first_tranche_paid_shows_on_the_file()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        await app.SeedProgrammeAsync(ProgrammeKind.TrainingGrant, p =>
        {
            p.Name = "Bourses de formation qualifiante";
            p.RequiredDocuments = [ApplicationDocumentKind.TrainingEnrolment];
        });
        var counsellor = session.Page;
        await SignInAsync(session, counsellor, Demo.Counsellor);
        await RegisterAsync(counsellor, "عائشة", "توري", "1996-03-11");
        var file = counsellor.Url;
        await RecordConsentAsync(counsellor, "Traitement du dossier pour l'accompagnement vers l'emploi");

        // The application: the programme, its terms, the enrolment certificate, then submitted and checked.
        await OpenSectionAsync(counsellor, "Aides et sessions");
        await Section(counsellor, "Demandes d'aide").GetByRole(AriaRole.Link, new() { Name = "Nouvelle demande d'aide" }).ClickAsync();
        await counsellor.GetByLabel("Bourses de formation qualifiante").CheckAsync();
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await counsellor.GetByLabel("Objet de la demande").FillAsync("Formation d'aide-cuisinière, Institut hôtelier de Casablanca");
        await counsellor.GetByLabel("Date de début").FillAsync(app.Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await counsellor.GetByLabel("Mode de paiement").SelectOptionAsync("MobileMoney");
        await counsellor.GetByLabel("Titulaire du compte").FillAsync("Aïcha Touré");
        await counsellor.GetByLabel("RIB (24 chiffres) ou numéro de mobile").FillAsync("06 61 22 33 44");
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await counsellor.GetByLabel("Type de document").SelectOptionAsync(nameof(ApplicationDocumentKind.TrainingEnrolment));
        await counsellor.GetByLabel("Fichier").SetInputFilesAsync(new FilePayload
        {
            Name = "attestation-inscription.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
        });
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "Joindre le document" }).ClickAsync();
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "Déposer la demande" }).ClickAsync();
        await Expect(counsellor.GetByText("Demande déposée. Elle est éligible : toutes les règles sont remplies.")).ToBeVisibleAsync();
        var application = await app.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync());
        Assert.Equal(ApplicationStatus.EligibilityChecked, application.Status);

        // Four eyes: the first officer puts it under review and approves; the second approves and commits the amount.
        var officer = await session.NewVisitorAsync("fr-FR", 1280, 900);
        await SignInAsync(session, officer, Demo.Officer);
        await officer.GotoAsync("/applications");
        await officer.GetByRole(AriaRole.Link, new() { Name = application.Reference }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Mettre en examen" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Donner la première approbation" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Button, new() { Name = "Donner la seconde approbation et engager le montant" })).ToHaveCountAsync(0);

        var second = await session.NewVisitorAsync("fr-FR", 1280, 900);
        await SignInAsync(session, second, Demo.Officer2);
        await second.GotoAsync($"/applications/{application.Id}");
        await second.GetByRole(AriaRole.Button, new() { Name = "Donner la seconde approbation et engager le montant" }).ClickAsync();
        await Expect(second.GetByText("Approuvée").First).ToBeVisibleAsync();
        Assert.Equal(5_000_00, await app.QueryAsync(db => db.Programmes.Select(p => p.CommittedCentimes).SingleAsync()));

        // The agreement, the first tranche ordered, sent to the bank and reconciled from its return file.
        await second.GetByRole(AriaRole.Button, new() { Name = "Signer la convention" }).ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Ordonner le paiement" }).First.ClickAsync();
        await Expect(second.GetByText("Ordre de paiement émis.")).ToBeVisibleAsync();
        var order = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().SingleAsync());
        await second.GotoAsync("/payments");
        await second.GetByRole(AriaRole.Button, new() { Name = "Exporter le fichier de virements" }).ClickAsync();
        await Expect(second.GetByText("exporté : 1 ordre(s)")).ToBeVisibleAsync();
        var returned = $"reference;amount;status;date;bankReference;reason\n{order.Reference};2500.00;PAID;{app.Today:yyyy-MM-dd};BMCE-778812;\n";
        await second.GetByLabel("Fichier retour de la banque").SetInputFilesAsync(new FilePayload
        {
            Name = "retour.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(returned),
        });
        await second.GetByRole(AriaRole.Button, new() { Name = "Rapprocher le fichier retour" }).ClickAsync();
        await Expect(second.GetByText("Payés : 1")).ToBeVisibleAsync();
        Assert.Equal(PaymentStatus.Paid, (await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().SingleAsync())).Status);

        // Back on the person's file: the application in payment, the first tranche paid on the timeline.
        await counsellor.GotoAsync(file);
        await OpenSectionAsync(counsellor, "Aides et sessions");
        await Expect(Section(counsellor, "Demandes d'aide")).ToContainTextAsync("En paiement");
        await OpenSectionAsync(counsellor, "Historique");
        await Expect(counsellor.GetByText("Tranche 1 payée : 2.500,00 MAD")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_employer_applies_for_a_hiring_incentive_for_the_person_it_hired_from_the_employer_view()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, p =>
        {
            p.Name = "Incitation Tahfiz – entreprises nouvelles";
            p.Tranches = [new() { Number = 1, Condition = TrancheCondition.EmploymentConfirmed, Percent = 100, Month = 1 }];
            p.Rules = [new() { Kind = EligibilityRuleKind.PermanentContract }];
            p.RequiredDocuments = [ApplicationDocumentKind.EmploymentContract];
        });
        var (_, personId) = await app.RegisterSomeoneAsync("Aminata", "Koné", "ML");
        var fileNumber = await app.QueryAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FileNumber).SingleAsync());

        var employer = session.Page;
        await SignInAsync(session, employer, Demo.Employer);
        await employer.GotoAsync("/employer");
        await employer.GetByRole(AriaRole.Link, new() { Name = "Demander une incitation à l'embauche" }).ClickAsync();
        await employer.GetByLabel("Incitation Tahfiz – entreprises nouvelles").CheckAsync();
        await employer.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await employer.Locator("#fileNumber").FillAsync(fileNumber);
        await employer.Locator("#lastName").FillAsync("KONE");
        await employer.GetByLabel("Poste occupé").FillAsync("Opératrice de confection");
        await employer.GetByLabel("Date de début").FillAsync(app.Today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await employer.Locator("#contractType").SelectOptionAsync("Cdi");
        await employer.GetByLabel("Date d'immatriculation de l'entreprise").FillAsync("2024-02-01");
        await employer.GetByLabel("Titulaire du compte").FillAsync("Atlas Textile SARL");
        const string bank = "0117800000123456789012";
        await employer.GetByLabel("RIB de l'entreprise (24 chiffres)").FillAsync(bank + Payee.RibKey(bank));
        await employer.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(employer.GetByText("Nom communiqué après confirmation de l'agence")).ToBeVisibleAsync();

        await employer.GetByLabel("Type de document").SelectOptionAsync(nameof(ApplicationDocumentKind.EmploymentContract));
        await employer.GetByLabel("Fichier").SetInputFilesAsync(new FilePayload
        {
            Name = "contrat-cdi.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
        });
        await employer.GetByRole(AriaRole.Button, new() { Name = "Joindre le document" }).ClickAsync();
        await employer.GetByRole(AriaRole.Button, new() { Name = "Déposer la demande" }).ClickAsync();

        var application = await app.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync());
        Assert.Equal((ApplicationStatus.EligibilityChecked, true, personId), (application.Status, application.IsEligible, application.PersonId));
        await employer.GotoAsync("/employer");
        await Expect(employer.GetByRole(AriaRole.Row).Filter(new() { HasText = application.Reference })).ToContainTextAsync("Éligibilité vérifiée");
        // The employer view never opens the person's file.
        await employer.GotoAsync($"/people/{personId}");
        await Expect(employer.Locator("main")).Not.ToContainTextAsync("Koné");
    }
}
