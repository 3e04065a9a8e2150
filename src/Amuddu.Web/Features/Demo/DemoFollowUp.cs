using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.FollowUp;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Contact notes (some restricted) for the people being followed up, vulnerabilities for a few,
/// and outcomes for those at the outcome stage: jobs and activities with their checks (some done,
/// some due soon, some overdue), trainings and exits.
/// </summary>
public static class DemoFollowUp
{
    private static readonly (ContactKind Kind, string Text)[] Notes =
    [
        (ContactKind.AgencyVisit, "Entretien de suivi à l'agence. Point sur les candidatures envoyées cette semaine ; relance prévue auprès de deux employeurs du textile."),
        (ContactKind.Phone, "Appel pour confirmer le rendez-vous de jeudi. La personne sera accompagnée d'un interprète bénévole."),
        (ContactKind.WhatsApp, "Message WhatsApp : envoi de l'offre d'emploi de commis de cuisine à Maârif. Intéressé, CV mis à jour demain."),
        (ContactKind.FieldVisit, "Visite dans le quartier avec l'agent communautaire. Rencontre avec la famille ; besoin d'une solution de garde pour reprendre une formation."),
        (ContactKind.Email, "Envoi par e-mail de la liste des pièces pour l'inscription à la formation qualifiante (OFPPT)."),
        (ContactKind.Phone, "Pas de réponse au premier appel ; rappel l'après-midi. Disponible pour l'atelier CV de lundi."),
        (ContactKind.AgencyVisit, "Simulation d'entretien d'embauche pour un poste de vendeur. Bonne présentation, travailler la présentation de l'expérience au pays."),
        (ContactKind.Other, "Rencontre lors de la séance d'information collective ; souhaite se renseigner sur l'auto-entrepreneuriat."),
    ];

    private static readonly string[] SensitiveNotes =
    [
        "Évoque des difficultés de logement depuis l'expulsion du mois dernier ; orientée vers l'assistante sociale de l'Entraide Nationale.",
        "Suivi médical en cours (traitement long) ; préfère des horaires de travail le matin. Ne pas mentionner aux employeurs.",
        "Signale des violences subies pendant le parcours migratoire ; orientation vers l'association partenaire pour un soutien psychologique.",
    ];

    private static readonly (string Title, string Employer, string? Code)[] Jobs =
    [
        ("Opératrice de confection", "", "7531"), ("Commis de cuisine", "Restaurant Le Jardin, Maârif", "9412"),
        ("Agent de sécurité", "Gardiennage Atlas Services", "5414"), ("Vendeur en boutique", "Marjane Hay Hassani", "5223"),
        ("Ouvrier du bâtiment", "Chantier Bouskoura BTP", null), ("Téléconseiller francophone", "Centre d'appels Casanearshore", "4222"),
    ];

    private static readonly (string Activity, SelfEmploymentStatus Status, string? Cooperative)[] Activities =
    [
        ("Salon de coiffure et tresses africaines", SelfEmploymentStatus.AutoEntrepreneur, null),
        ("Couture et retouches à domicile", SelfEmploymentStatus.CooperativeMember, "Coopérative Nour de couture"),
        ("Vente de produits alimentaires d'Afrique de l'Ouest", SelfEmploymentStatus.Informal, null),
        ("Transformation de l'argan", SelfEmploymentStatus.CooperativeMember, "Coopérative Tifaout"),
        ("Réparation de téléphones", SelfEmploymentStatus.Company, null),
    ];

    private static readonly (string Title, string Provider)[] Trainings =
    [
        ("Aide-soignant", "Centre de formation Hay Mohammadi"), ("Cours de darija et de français professionnel", "Association Solidarité Migrants"),
        ("Soudure industrielle", "OFPPT Ain Sebaa"), ("Cuisine et pâtisserie", "Institut spécialisé de technologie hôtelière"),
    ];

    public static async Task SeedAsync(AmudduDbContext db, IReadOnlyList<(Person Person, DemoStage Stage)> people, FieldProtector protector,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var random = new Random(3612);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // Only employment counsellors write restricted notes and vulnerabilities.
        var counsellors = await (from ur in db.UserRoles
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where r.Name == Roles.Counsellor
                                 select ur.UserId).ToListAsync(cancellationToken);
        var employer = await db.Organisations.Where(o => o.Kind == OrganisationKind.Employer).Select(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        var index = 0;
        var outcomes = 0;
        foreach (var (person, stage) in people.Where(p => p.Stage >= DemoStage.FollowedUp))
        {
            index++;
            var author = person.CounsellorId!.Value;
            var restricts = counsellors.Contains(author);
            var count = 1 + random.Next(4);
            for (var n = 0; n < count; n++)
            {
                var sensitive = restricts && random.Next(6) == 0;
                var (kind, text) = Notes[random.Next(Notes.Length)];
                db.ContactNotes.Add(new ContactNote
                {
                    PersonId = person.Id,
                    OrganisationId = person.OrganisationId,
                    Kind = sensitive ? ContactKind.AgencyVisit : kind,
                    ContactedAt = now.AddDays(-random.Next(1, 200)).AddHours(-random.Next(8)),
                    TextCipher = protector.ProtectText(sensitive ? SensitiveNotes[random.Next(SensitiveNotes.Length)] : text),
                    Sensitive = sensitive,
                    AuthorId = author,
                });
            }

            if (restricts && index % 7 == 0)
            {
                VulnerabilityCategory[][] sets =
                [
                    [VulnerabilityCategory.SingleParent], [VulnerabilityCategory.ChronicIllness],
                    [VulnerabilityCategory.WithoutHousing, VulnerabilityCategory.SingleParent], [VulnerabilityCategory.Pregnancy],
                    [VulnerabilityCategory.ViolenceSurvivor],
                ];
                var categories = sets[random.Next(sets.Length)];
                db.Vulnerabilities.Add(new VulnerabilityRecord
                {
                    PersonId = person.Id,
                    OrganisationId = person.OrganisationId,
                    Cipher = VulnerabilityRecord.Protect(protector, new VulnerabilityRecord.Content(categories,
                        "Situation évoquée en entretien individuel ; à prendre en compte pour les horaires et le lieu de travail.")),
                });
            }

            if (stage == DemoStage.Outcome)
            {
                var outcome = OutcomeFor(outcomes++, person, today, employer, protector, random, now);
                db.Outcomes.Add(outcome);
                await CheckSchedule.ApplyAsync(db, person, [outcome], cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // Most checks already due were done; a few are left overdue for the counsellor's home page.
        var due = await db.FollowUpChecks.Where(c => c.DueOn < today).OrderBy(c => c.DueOn).ToListAsync(cancellationToken);
        foreach (var check in due.Where((_, i) => i % 4 != 0))
        {
            var result = (CheckResult)(random.Next(10) switch { < 6 => 0, < 7 => 1, < 9 => 2, _ => 3 });
            var doneOn = check.DueOn.AddDays(random.Next(0, 10));
            check.Result = result;
            check.Status = result == CheckResult.Unreachable ? CheckStatus.Missed : CheckStatus.Done;
            check.DoneOn = doneOn > today ? today : doneOn;
            check.DoneAt = now;
            check.DoneBy = await db.People.Where(p => p.Id == check.PersonId).Select(p => p.CounsellorId).SingleAsync(cancellationToken);
            check.NoteCipher = result == CheckResult.StillInJob ? protector.ProtectText("Appel de suivi : satisfait du poste, horaires stables.") : null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Outcome OutcomeFor(int index, Person person, DateOnly today, Guid employer, FieldProtector protector, Random random, DateTimeOffset now)
    {
        var outcome = new Outcome { PersonId = person.Id, OrganisationId = person.OrganisationId, RecordedBy = person.CounsellorId, RecordedAt = now };
        switch (index % 8)
        {
            case 0 or 1 or 2 or 3:
                // Started between 13 months and a week ago (a few exactly so that a check falls due in 5 days).
                var job = Jobs[random.Next(Jobs.Length)];
                outcome.Kind = OutcomeKind.Employed;
                outcome.StartsOn = index % 16 == 0 ? today.AddDays(5).AddMonths(-3) : today.AddDays(-(7 + random.Next(390)));
                outcome.EmployerOrganisationId = job.Employer.Length == 0 && employer != Guid.Empty ? employer : null;
                outcome.EmployerName = outcome.EmployerOrganisationId is null ? (job.Employer.Length == 0 ? "Atlas Textile SARL" : job.Employer) : null;
                outcome.OccupationTitle = job.Title;
                outcome.OccupationCode = job.Code;
                outcome.ContractType = (ContractType)random.Next(Enum.GetValues<ContractType>().Length);
                outcome.WageBand = (WageBand)random.Next(4);
                outcome.WorkingTime = random.Next(4) == 0 ? WorkingTime.PartTime : WorkingTime.FullTime;
                break;
            case 4 or 5:
                var activity = Activities[random.Next(Activities.Length)];
                outcome.Kind = OutcomeKind.SelfEmployed;
                outcome.StartsOn = today.AddDays(-(20 + random.Next(300)));
                outcome.Activity = activity.Activity;
                outcome.SelfEmploymentStatus = activity.Status;
                outcome.CooperativeName = activity.Cooperative;
                break;
            case 6:
                var training = Trainings[random.Next(Trainings.Length)];
                outcome.Kind = OutcomeKind.InTraining;
                outcome.StartsOn = today.AddDays(-random.Next(90));
                outcome.TrainingTitle = training.Title;
                outcome.ProviderName = training.Provider;
                outcome.ExpectedEndOn = outcome.StartsOn.AddMonths(6 + random.Next(6));
                break;
            default:
                outcome.Kind = OutcomeKind.Exited;
                outcome.StartsOn = today.AddDays(-random.Next(120));
                outcome.ExitReason = (ExitReason)random.Next(Enum.GetValues<ExitReason>().Length);
                outcome.NoteCipher = outcome.ExitReason == ExitReason.Other
                    ? protector.ProtectText("A trouvé un emploi par ses propres moyens à Agadir ; ne souhaite plus de suivi.") : null;
                break;
        }

        return outcome;
    }
}
