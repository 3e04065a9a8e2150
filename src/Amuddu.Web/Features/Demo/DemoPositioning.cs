using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Positioning for the demo people who are positioned or further: each follows one of a few
/// trades migrants often come with (building, garment, call centre, kitchen, farm, care...),
/// varied in languages, diplomas, tests and tryouts, so the profile page has something to show.
/// </summary>
public static class DemoPositioning
{
    private sealed record Trade(
        string Experience, string Title, string[] Targets, (string Skill, SkillLevel Level)[] Skills,
        (string Title, EducationLevel Level, string? Field)? Diploma, string Strengths, string TryoutEmployer);

    private static readonly Trade[] Trades =
    [
        new("OCC-BRICKLAYER", "Maçon sur chantiers de logements", ["OCC-BRICKLAYER", "OCC-CONSTRUCTION-LABOURER", "OCC-TILER"],
            [("SK-BRICKLAYING", SkillLevel.Advanced), ("SK-CONCRETE", SkillLevel.Intermediate), ("SK-HEALTH-SAFETY", SkillLevel.Basic), ("SK-PHYSICAL-STAMINA", SkillLevel.Advanced)],
            null, "Robuste et régulier, habitué au travail d'équipe sur chantier ; sait lire un plan simple.", "Chantier Résidence Les Orangers"),
        new("OCC-SEWING-OPERATOR", "Couturière en atelier", ["OCC-SEWING-OPERATOR", "OCC-TAILOR"],
            [("SK-SEWING-MACHINE", SkillLevel.Advanced), ("SK-TAILORING", SkillLevel.Intermediate), ("SK-FABRIC-CUTTING", SkillLevel.Intermediate), ("SK-ATTENTION-DETAIL", SkillLevel.Advanced)],
            ("CAP Couture", EducationLevel.Vocational, "Couture et habillement"), "Travail soigné et rapide sur piqueuse et surjeteuse ; a tenu son propre atelier de retouches.", DemoOrganisations.Employer),
        new("OCC-CALL-CENTRE-AGENT", "Conseiller clientèle en centre d'appels", ["OCC-CALL-CENTRE-AGENT", "OCC-TELESALES"],
            [("SK-PHONE-SERVICE", SkillLevel.Advanced), ("SK-CRM", SkillLevel.Intermediate), ("SK-COMPUTER-BASICS", SkillLevel.Advanced), ("SK-CUSTOMER-RELATIONS", SkillLevel.Advanced)],
            ("Licence en lettres modernes", EducationLevel.Bachelor, "Lettres"), "Très à l'aise à l'oral en français et en anglais ; calme face aux clients mécontents.", "Centre d'appels Atlantic Contact"),
        new("OCC-COOK", "Cuisinier en restaurant", ["OCC-COOK", "OCC-KITCHEN-HELPER", "OCC-FAST-FOOD"],
            [("SK-COOKING", SkillLevel.Advanced), ("SK-FOOD-PREP", SkillLevel.Advanced), ("SK-FOOD-SAFETY", SkillLevel.Basic), ("SK-MOROCCAN-CUISINE", SkillLevel.Intermediate)],
            null, "Cuisine africaine et marocaine ; organisé en service, tient le rythme du coup de feu.", "Restaurant Dar Zitoune"),
        new("OCC-FARM-WORKER", "Ouvrier agricole saisonnier", ["OCC-FARM-WORKER", "OCC-PACKER"],
            [("SK-HARVESTING", SkillLevel.Advanced), ("SK-CROP-CARE", SkillLevel.Intermediate), ("SK-IRRIGATION", SkillLevel.Basic)],
            ("Certificat d'études primaires", EducationLevel.Primary, null), "Connaît le maraîchage et la cueillette ; disponible pour les saisons dans le Souss.", "Domaine agricole Oulad Teima"),
        new("OCC-HOME-CARER", "Aide à domicile auprès de personnes âgées", ["OCC-HOME-CARER", "OCC-CHILDCARE", "OCC-DOMESTIC-WORKER"],
            [("SK-ELDERLY-CARE", SkillLevel.Advanced), ("SK-PERSONAL-CARE", SkillLevel.Intermediate), ("SK-DOMESTIC-WORK", SkillLevel.Advanced), ("SK-CHILDCARE", SkillLevel.Intermediate)],
            ("Diplôme d'aide-soignante", EducationLevel.Vocational, "Santé"), "Patiente et digne de confiance ; références de familles à Casablanca.", "Association Bayti Services"),
        new("OCC-BRAIDER", "Coiffeuse afro indépendante", ["OCC-BRAIDER", "OCC-HAIRDRESSER", "OCC-BEAUTICIAN"],
            [("SK-BRAIDING", SkillLevel.Advanced), ("SK-HAIRCUT", SkillLevel.Basic), ("SK-CUSTOMER-RELATIONS", SkillLevel.Advanced), ("SK-SOCIAL-MEDIA", SkillLevel.Intermediate)],
            null, "Clientèle fidèle, travail rapide et précis ; projet de salon à moyen terme.", "Salon Élégance Maârif"),
        new("OCC-CAR-MECHANIC", "Mécanicien automobile en garage", ["OCC-CAR-MECHANIC", "OCC-AUTO-ELECTRICIAN"],
            [("SK-VEHICLE-SERVICING", SkillLevel.Advanced), ("SK-ENGINE-DIAGNOSIS", SkillLevel.Intermediate), ("SK-LICENCE-B", SkillLevel.Advanced)],
            ("Diplôme de technicien en mécanique automobile", EducationLevel.Vocational, "Mécanique automobile"), "Diagnostic sûr sur moteurs diesel ; habitué aux véhicules anciens.", "Garage Auto Atlas"),
        new("OCC-IT-REPAIR", "Réparateur de téléphones et d'ordinateurs", ["OCC-IT-REPAIR", "OCC-IT-SUPPORT", "OCC-WEB-DEV"],
            [("SK-HARDWARE-REPAIR", SkillLevel.Advanced), ("SK-USER-SUPPORT", SkillLevel.Intermediate), ("SK-WEB-DEV", SkillLevel.Basic), ("SK-COMPUTER-BASICS", SkillLevel.Advanced)],
            ("Licence en informatique", EducationLevel.Bachelor, "Informatique"), "Curieux et autodidacte ; explique simplement aux clients.", "Boutique Tech Derb Ghallef"),
        new("OCC-FORKLIFT-OPERATOR", "Cariste en entrepôt", ["OCC-FORKLIFT-OPERATOR", "OCC-FREIGHT-HANDLER", "OCC-ORDER-PICKER"],
            [("SK-FORKLIFT", SkillLevel.Advanced), ("SK-LOADING", SkillLevel.Advanced), ("SK-WMS", SkillLevel.Basic), ("SK-HEALTH-SAFETY", SkillLevel.Intermediate)],
            ("Baccalauréat série D", EducationLevel.UpperSecondary, "Sciences expérimentales"), "Rigoureux sur la sécurité ; habitué aux horaires postés.", "Plateforme logistique Zenata"),
        new("OCC-CLEANER", "Agent d'entretien de bureaux", ["OCC-CLEANER", "OCC-ROOM-ATTENDANT"],
            [("SK-CLEANING", SkillLevel.Advanced), ("SK-CLEANING-PRODUCTS", SkillLevel.Intermediate), ("SK-PUNCTUALITY", SkillLevel.Advanced)],
            ("BEPC", EducationLevel.LowerSecondary, null), "Ponctuelle et discrète ; travaille vite et bien, y compris tôt le matin.", "Hôtel Farah Casablanca"),
    ];

    private static readonly string[] Assessors = ["Centre de langues Hay Hassani", "Conseillère ANAPEC", "Association Solidarité Migrants"];

    public static async Task SeedAsync(AmudduDbContext db, IReadOnlyList<(Person Person, DemoStage Stage)> people, TimeProvider clock,
        CancellationToken cancellationToken, FieldProtector protector)
    {
        var random = new Random(4242);
        var today = SiteTime.Today(clock);
        var employer = await db.Organisations.Where(o => o.Name == DemoOrganisations.Employer && o.Kind == OrganisationKind.Employer)
            .Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);
        foreach (var (person, stage) in people.Where(p => p.Stage >= DemoStage.Positioned))
        {
            var trade = Trades[random.Next(Trades.Length)];
            var interviewed = today.AddDays(-random.Next(10, 240));
            var constraints = (PersonConstraints)(random.Next(4) == 0 ? 1 << random.Next(5) : 0);
            db.PositioningRecords.Add(new PositioningRecord
            {
                PersonId = person.Id,
                OrganisationId = person.OrganisationId,
                InterviewedOn = interviewed,
                CounsellorId = person.CounsellorId,
                EducationLevel = trade.Diploma?.Level ?? (EducationLevel)random.Next(3),
                Constraints = constraints,
                ConstraintNoteCipher = constraints.HasFlag(PersonConstraints.Childcare)
                    ? protector.ProtectText("Deux enfants en bas âge, pas de place en crèche avant la rentrée.")
                    : constraints.HasFlag(PersonConstraints.Health) ? protector.ProtectText("Douleurs au dos : éviter le port de charges lourdes.") : null,
                Availability = random.Next(4) == 0 ? Availability.PartTime : Availability.FullTime,
                AvailableFrom = random.Next(3) == 0 ? interviewed.AddDays(random.Next(7, 60)) : null,
                Strengths = trade.Strengths,
            });

            var arabicSpeaker = person.Languages.Contains("ar");
            // French learnt at school, alongside a mother tongue (Wolof, Bambara or Arabic).
            db.PositioningLanguages.AddRange(person.Languages.Select(code => new PositioningLanguage
            {
                PersonId = person.Id, OrganisationId = person.OrganisationId, LanguageCode = code,
                MotherTongue = code != "fr",
                Understanding = code == "fr" ? (CefrLevel)random.Next(2, 6) : null,
                Speaking = code == "fr" ? (CefrLevel)random.Next(2, 6) : null,
                Writing = code == "fr" ? (CefrLevel)random.Next(0, 5) : null,
                Assessment = LanguageAssessment.SelfDeclared,
            }));
            if (!person.Languages.Contains("ary"))
            {
                db.PositioningLanguages.Add(new PositioningLanguage
                {
                    PersonId = person.Id, OrganisationId = person.OrganisationId, LanguageCode = "ary",
                    Understanding = (CefrLevel)random.Next(0, 3), Speaking = (CefrLevel)random.Next(0, 2), Assessment = LanguageAssessment.SelfDeclared,
                });
            }

            if (trade.Diploma is { } diploma)
            {
                db.PositioningDiplomas.Add(new PositioningDiploma
                {
                    PersonId = person.Id, OrganisationId = person.OrganisationId, Title = diploma.Title, Level = diploma.Level, Field = diploma.Field,
                    CountryCode = person.NationalityCode, Year = today.Year - random.Next(3, 15),
                    Recognition = (DiplomaRecognition)random.Next(Enum.GetValues<DiplomaRecognition>().Length),
                });
            }

            db.PositioningExperiences.Add(new PositioningExperience
            {
                PersonId = person.Id, OrganisationId = person.OrganisationId, OccupationCode = trade.Experience, Title = trade.Title,
                Years = random.Next(1, 12), CountryCode = person.NationalityCode,
            });
            if (random.Next(2) == 0)
            {
                db.PositioningExperiences.Add(new PositioningExperience
                {
                    PersonId = person.Id, OrganisationId = person.OrganisationId, OccupationCode = "OCC-CONSTRUCTION-LABOURER",
                    Title = "Travail journalier à Casablanca", Years = random.Next(0, 3), CountryCode = "MA",
                });
            }

            db.PositioningSkills.AddRange(trade.Skills.Select(s => new PositioningSkill
            {
                PersonId = person.Id, OrganisationId = person.OrganisationId, SkillCode = s.Skill, Level = s.Level,
            }));
            db.TargetOccupations.AddRange(trade.Targets.Take(1 + random.Next(trade.Targets.Length)).Select((code, i) => new TargetOccupation
            {
                PersonId = person.Id, OrganisationId = person.OrganisationId, OccupationCode = code, Priority = i + 1,
            }));

            if (random.Next(3) > 0)
            {
                var french = !arabicSpeaker;
                db.KeySkillsTests.Add(new KeySkillsTest
                {
                    PersonId = person.Id, OrganisationId = person.OrganisationId,
                    Kind = french ? KeySkillsTestKind.French : KeySkillsTestKind.Arabic, TakenOn = interviewed,
                    ResultLevel = ((CefrLevel)random.Next(1, 5)).ToString(), AssessedBy = Assessors[random.Next(Assessors.Length)],
                });
                db.KeySkillsTests.Add(new KeySkillsTest
                {
                    PersonId = person.Id, OrganisationId = person.OrganisationId, Kind = KeySkillsTestKind.Numeracy, TakenOn = interviewed,
                    Score = random.Next(35, 96), AssessedBy = Assessors[random.Next(Assessors.Length)],
                });
            }

            if (stage >= DemoStage.InActionPlan && random.Next(5) < 2)
            {
                var start = interviewed.AddDays(random.Next(7, 30));
                var organisation = trade.TryoutEmployer == DemoOrganisations.Employer ? employer : null;
                db.JobTryouts.Add(new JobTryout
                {
                    PersonId = person.Id, OrganisationId = person.OrganisationId,
                    EmployerOrganisationId = organisation, EmployerName = organisation is null ? trade.TryoutEmployer : null,
                    OccupationCode = trade.Targets[0], StartsOn = start, EndsOn = start.AddDays(random.Next(2, 10)),
                    Outcome = start > today ? TryoutOutcome.Planned : random.Next(4) switch { 0 => TryoutOutcome.NotConclusive, 1 => TryoutOutcome.Abandoned, _ => TryoutOutcome.Conclusive },
                    Note = random.Next(2) == 0 ? "Tuteur satisfait de la ponctualité ; à confirmer sur la cadence." : null,
                });
            }

            if (person.Stage == PathwayStage.Received)
            {
                person.Stage = PathwayStage.Positioned;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
