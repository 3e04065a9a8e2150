using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Employers;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Thirty companies in Casablanca-Settat (MA-06) and Rabat-Salé-Kénitra (MA-04) followed by the demo ANAPEC, in textile, call
/// centres, construction, agriculture, hotels and restaurants and care, with their ICE, a contact, agreements, visits and calls,
/// and vacancies at every status asking for the seeded taxonomy's occupations and their essential skills (so that they meet the
/// demo registry's positioned people). The demo employer (Atlas Textile) gets its file and vacancies too. Deterministic: the same
/// names, codes and statuses every time; dates are relative to the day the demo is seeded.
/// </summary>
public static class DemoEmployers
{
    private sealed record Demo(string Name, CompanySector Sector, CompanySize Size, string Region, string City, string[] Occupations);

    /// <summary>The companies this adds as organisations (the demo employer's file comes on top, on its existing organisation).</summary>
    public static int CompanyCount => Companies.Length;

    private static readonly Demo[] Companies =
    [
        new("Confections Derb Omar", CompanySector.Textile, CompanySize.Medium, "MA-06", "Casablanca", ["OCC-SEWING-OPERATOR", "OCC-GARMENT-CUTTER"]),
        new("Sidi Maarouf Textile", CompanySector.Textile, CompanySize.Large, "MA-06", "Casablanca", ["OCC-SEWING-OPERATOR", "OCC-QUALITY-CONTROLLER"]),
        new("Atelier Broderie Fès-Casa", CompanySector.Textile, CompanySize.Small, "MA-06", "Casablanca", ["OCC-EMBROIDERER", "OCC-TAILOR"]),
        new("Salé Jeans Industrie", CompanySector.Textile, CompanySize.Medium, "MA-04", "Salé", ["OCC-SEWING-OPERATOR", "OCC-PACKER"]),
        new("Mode Bouskoura", CompanySector.Textile, CompanySize.Small, "MA-06", "Bouskoura", ["OCC-TAILOR", "OCC-GARMENT-CUTTER"]),
        new("Atlantic Contact Center", CompanySector.CallCentre, CompanySize.Large, "MA-06", "Casablanca", ["OCC-CALL-CENTRE-AGENT", "OCC-TELESALES"]),
        new("Rabat Relation Client", CompanySector.CallCentre, CompanySize.Medium, "MA-04", "Rabat", ["OCC-CALL-CENTRE-AGENT"]),
        new("Casa Nearshore Services", CompanySector.CallCentre, CompanySize.Large, "MA-06", "Casablanca", ["OCC-CALL-CENTRE-AGENT", "OCC-DATA-ENTRY"]),
        new("Agdal Télévente", CompanySector.CallCentre, CompanySize.Small, "MA-04", "Rabat", ["OCC-TELESALES"]),
        new("Technopolis Helpdesk", CompanySector.CallCentre, CompanySize.Medium, "MA-04", "Salé", ["OCC-IT-SUPPORT", "OCC-CALL-CENTRE-AGENT"]),
        new("Bâtiments Hay Hassani", CompanySector.Construction, CompanySize.Medium, "MA-06", "Casablanca", ["OCC-BRICKLAYER", "OCC-CONSTRUCTION-LABOURER"]),
        new("Zellige et Carrelage Temara", CompanySector.Construction, CompanySize.Small, "MA-04", "Témara", ["OCC-TILER", "OCC-PLASTERER"]),
        new("Chantiers de Bouregreg", CompanySector.Construction, CompanySize.Large, "MA-04", "Rabat", ["OCC-FORMWORKER", "OCC-METALWORKER", "OCC-SCAFFOLDER"]),
        new("Électricité Ain Sebaâ", CompanySector.Construction, CompanySize.Small, "MA-06", "Casablanca", ["OCC-ELECTRICIAN", "OCC-PLUMBER"]),
        new("Peinture et Finitions Kénitra", CompanySector.Construction, CompanySize.Micro, "MA-04", "Kénitra", ["OCC-PAINTER"]),
        new("Domaine agricole du Gharb", CompanySector.Agriculture, CompanySize.Large, "MA-04", "Kénitra", ["OCC-FARM-WORKER", "OCC-TRACTOR-DRIVER"]),
        new("Vergers de Berrechid", CompanySector.Agriculture, CompanySize.Medium, "MA-06", "Berrechid", ["OCC-TREE-GROWER", "OCC-FARM-WORKER"]),
        new("Serres de Had Soualem", CompanySector.Agriculture, CompanySize.Medium, "MA-06", "Had Soualem", ["OCC-FARM-WORKER", "OCC-PACKER"]),
        new("Élevage de Sidi Slimane", CompanySector.Agriculture, CompanySize.Small, "MA-04", "Sidi Slimane", ["OCC-LIVESTOCK-WORKER"]),
        new("Hôtel Corniche Ain Diab", CompanySector.HotelsAndRestaurants, CompanySize.Large, "MA-06", "Casablanca", ["OCC-HOTEL-RECEPTIONIST", "OCC-ROOM-ATTENDANT", "OCC-WAITER"]),
        new("Riad Oudayas", CompanySector.HotelsAndRestaurants, CompanySize.Small, "MA-04", "Rabat", ["OCC-ROOM-ATTENDANT", "OCC-COOK"]),
        new("Restaurant Le Port de Casa", CompanySector.HotelsAndRestaurants, CompanySize.Small, "MA-06", "Casablanca", ["OCC-COOK", "OCC-KITCHEN-HELPER"]),
        new("Café Hassan", CompanySector.HotelsAndRestaurants, CompanySize.Micro, "MA-04", "Rabat", ["OCC-WAITER", "OCC-BARISTA"]),
        new("Snack Maârif Express", CompanySector.HotelsAndRestaurants, CompanySize.Micro, "MA-06", "Casablanca", ["OCC-FAST-FOOD"]),
        new("Traiteur Mohammedia", CompanySector.HotelsAndRestaurants, CompanySize.Medium, "MA-06", "Mohammedia", ["OCC-COOK", "OCC-KITCHEN-HELPER", "OCC-WAITER"]),
        new("Soins à domicile Al Amal", CompanySector.Care, CompanySize.Small, "MA-06", "Casablanca", ["OCC-HOME-CARER"]),
        new("Clinique Souissi", CompanySector.Care, CompanySize.Medium, "MA-04", "Rabat", ["OCC-CARE-ASSISTANT", "OCC-CLEANER"]),
        new("Crèche Les Petits Pas", CompanySector.Care, CompanySize.Micro, "MA-04", "Rabat", ["OCC-CHILDCARE"]),
        new("Résidence Seniors Anfa", CompanySector.Care, CompanySize.Small, "MA-06", "Casablanca", ["OCC-HOME-CARER", "OCC-CARE-ASSISTANT"]),
        new("Aide Familiale Salé", CompanySector.Care, CompanySize.Micro, "MA-04", "Salé", ["OCC-DOMESTIC-WORKER", "OCC-CHILDCARE"]),
    ];

    private static readonly VacancyStatus[] Statuses =
        [VacancyStatus.Open, VacancyStatus.Open, VacancyStatus.Submitted, VacancyStatus.Draft, VacancyStatus.Filled, VacancyStatus.Open, VacancyStatus.Closed, VacancyStatus.Cancelled];

    private static readonly VacancyContract[] Contracts =
        [VacancyContract.Permanent, VacancyContract.FixedTerm, VacancyContract.Insertion, VacancyContract.Seasonal, VacancyContract.FixedTerm, VacancyContract.Apprenticeship];

    public static async Task SeedAsync(AmudduDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Companies.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = SiteTime.Today(clock);
        var now = clock.GetUtcNow();
        var anapec = await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync(cancellationToken);
        var counsellor = await db.Users.Where(u => u.Email == $"counsellor@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken);
        var rabatCounsellor = await db.Users.Where(u => u.Email == $"self-employment@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken);
        var occupations = Companies.SelectMany(c => c.Occupations).Append("OCC-SEWING-OPERATOR").Distinct().ToList();
        var skills = (await db.OccupationSkills.AsNoTracking().Where(s => occupations.Contains(s.OccupationCode)).ToListAsync(cancellationToken))
            .GroupBy(s => s.OccupationCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Relation).ThenBy(s => s.SkillCode, StringComparer.Ordinal).ToList());
        var names = await db.Occupations.AsNoTracking().Where(o => occupations.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.NameFr, cancellationToken);

        var vacancyNumber = 0;
        var serial = 0;
        Vacancy NewVacancy(Guid company, string region, string city, string occupation, bool byEmployer)
        {
            var n = vacancyNumber++;
            var status = Statuses[n % Statuses.Length];
            var id = DemoId(++serial);
            var related = skills.GetValueOrDefault(occupation) ?? [];
            var essential = related.Where(s => s.Relation == SkillRelation.Essential).Take(3).ToList();
            var optional = related.Where(s => s.Relation == SkillRelation.Optional).Take(1).ToList();
            var starts = status is VacancyStatus.Filled or VacancyStatus.Closed ? today.AddDays(-45 - n % 20) : today.AddDays(14 + n % 30);
            var pay = 2800 + n % 7 * 250;
            var title = names.GetValueOrDefault(occupation, occupation).Split(" / ")[0];
            return new Vacancy
            {
                Id = id, Reference = Vacancy.NewReference(id), OrganisationId = anapec, CompanyId = company, Status = status,
                WrittenByEmployer = byEmployer || status == VacancyStatus.Submitted, Title = title, OccupationCode = occupation,
                Description = $"{title} — {city}.",
                Skills = [.. essential.Select(s => new VacancySkill { SkillCode = s.SkillCode, Relation = SkillRelation.Essential }),
                    .. optional.Select(s => new VacancySkill { SkillCode = s.SkillCode, Relation = SkillRelation.Optional })],
                Languages = n % 3 == 0
                    ? [new VacancyLanguage { LanguageCode = "fr", MinimumLevel = CefrLevel.B1 }]
                    : [new VacancyLanguage { LanguageCode = "ar", MinimumLevel = CefrLevel.A2 }],
                MinimumEducation = n % 4 == 0 ? EducationLevel.Vocational : null,
                ExperienceYears = n % 3,
                Places = [new VacancyPlace { RegionCode = region, City = city }],
                Contract = Contracts[n % Contracts.Length], HoursPerWeek = 44, PayMin = pay, PayMax = pay + 500, Posts = 1 + n % 4,
                StartsOn = starts, ClosesOn = starts.AddDays(21),
                ValidatedBy = status is VacancyStatus.Open or VacancyStatus.Filled or VacancyStatus.Closed ? counsellor : null,
                ValidatedAt = status is VacancyStatus.Open or VacancyStatus.Filled or VacancyStatus.Closed ? now.AddDays(-10) : null,
                StatusNote = status == VacancyStatus.Cancelled ? "Besoin reporté par l'entreprise." : null,
            };
        }

        for (var i = 0; i < Companies.Length; i++)
        {
            var demo = Companies[i];
            var organisation = new Organisation
            {
                Name = demo.Name, Kind = OrganisationKind.Employer, RegionCode = demo.Region, City = demo.City,
                Address = $"{12 + i} rue {(demo.Region == "MA-06" ? "Ibnou Majid" : "Oued Ziz")}, {demo.City}",
                ContactPhone = $"+212 5 22 {10 + i:00} {20 + i:00} {30 + i:00}", ContactEmail = $"contact@{Slug(demo.Name)}.demo.ma",
            };
            db.Organisations.Add(organisation);
            db.Companies.Add(new Company
            {
                OrganisationId = organisation.Id, ServiceOrganisationId = anapec, Ice = $"00{i + 1:000}{4567890000 + i}", Sector = demo.Sector, Size = demo.Size,
                CounsellorId = demo.Region == "MA-06" ? counsellor : rabatCounsellor,
            });
            db.CompanyContacts.Add(new CompanyContact
            {
                CompanyId = organisation.Id, Name = ContactNames[i % ContactNames.Length], JobTitle = "Responsable des ressources humaines",
                Phone = $"+212 6 61 {40 + i:00} {50 + i:00} {60 + i:00}", Email = $"rh@{Slug(demo.Name)}.demo.ma", IsMain = true,
            });
            if (i % 3 == 0)
            {
                db.CompanyAgreements.Add(new CompanyAgreement
                {
                    CompanyId = organisation.Id, Kind = AgreementKind.Partnership, Title = "Convention de partenariat pour l'accueil de candidats",
                    SignedOn = today.AddMonths(-6 - i % 5), EndsOn = today.AddMonths(18), RecordedBy = counsellor,
                });
            }

            if (i % 5 == 0)
            {
                db.CompanyAgreements.Add(new CompanyAgreement
                {
                    CompanyId = organisation.Id, Kind = AgreementKind.DiversityCharter, Title = "Charte de non-discrimination à l'embauche",
                    SignedOn = today.AddMonths(-3), RecordedBy = counsellor,
                });
            }

            db.CompanyInteractions.Add(new CompanyInteraction
            {
                CompanyId = organisation.Id, Kind = InteractionKind.Visit, On = today.AddDays(-20 - i), RecordedBy = counsellor, RecordedAt = now.AddDays(-20 - i),
                Summary = "Visite de l'entreprise : présentation du service et des candidats suivis ; besoins de recrutement recueillis.",
            });
            if (i % 2 == 0)
            {
                db.CompanyInteractions.Add(new CompanyInteraction
                {
                    CompanyId = organisation.Id, Kind = InteractionKind.Call, On = today.AddDays(-3 - i % 7), RecordedBy = counsellor, RecordedAt = now.AddDays(-3 - i % 7),
                    Summary = "Appel de suivi : point sur les offres en cours.",
                });
            }

            foreach (var occupation in demo.Occupations)
            {
                db.Vacancies.Add(NewVacancy(organisation.Id, demo.Region, demo.City, occupation, byEmployer: false));
            }
        }

        // The demo employer account's own company (its site is in Tanger, its file with the agency in Casablanca).
        var atlas = await db.Organisations.Where(o => o.Name == DemoOrganisations.Employer).Select(o => o.Id).SingleAsync(cancellationToken);
        db.Companies.Add(new Company
        {
            OrganisationId = atlas, ServiceOrganisationId = anapec, Ice = "001525874000089", Sector = CompanySector.Textile, Size = CompanySize.Medium,
            CounsellorId = counsellor, Notes = "Entreprise partenaire des aides à l'embauche.",
        });
        db.CompanyContacts.Add(new CompanyContact
        {
            CompanyId = atlas, Name = "Rachid Ouazzani", JobTitle = "Directeur des ressources humaines", Phone = "+212 5 39 33 44 55",
            Email = $"employer@{DemoAccounts.Domain}", IsMain = true,
        });
        db.CompanyAgreements.Add(new CompanyAgreement
        {
            CompanyId = atlas, Kind = AgreementKind.Insertion, Title = "Convention d'insertion (contrats Idmaj)", SignedOn = today.AddMonths(-8), RecordedBy = counsellor,
        });
        db.CompanyInteractions.Add(new CompanyInteraction
        {
            CompanyId = atlas, Kind = InteractionKind.Meeting, On = today.AddDays(-12), RecordedBy = counsellor, RecordedAt = now.AddDays(-12),
            Summary = "Réunion sur les besoins de l'atelier de confection pour le trimestre.",
        });
        vacancyNumber = 0;
        foreach (var occupation in new[] { "OCC-SEWING-OPERATOR", "OCC-QUALITY-CONTROLLER", "OCC-GARMENT-CUTTER" })
        {
            var vacancy = NewVacancy(atlas, "MA-06", "Casablanca", occupation, byEmployer: true);
            db.Vacancies.Add(vacancy);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] ContactNames =
        ["Khadija Benali", "Mehdi Cherkaoui", "Soukaina Raji", "Hicham Lahlou", "Samira El Fassi", "Adil Bouzidi", "Nawal Kettani", "Yassine Amrani"];

    private static string Slug(string name) =>
        new([.. name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit)]);

    /// <summary>Fixed ids (and so fixed references, OFF-00000001...) for the demo vacancies.</summary>
    private static Guid DemoId(int serial) => Guid.Parse($"0190d0e0-0000-7000-8000-{serial:000000000000}");
}
