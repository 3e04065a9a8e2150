using System.Text;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Staff training: the 2020 cycle led by VDAB's expert (Pieter Janssens) for counsellors of the Rabat and Casablanca
/// agencies, with its three modules, their materials, the sessions held, attendance and the completions it gives; and a
/// cycle in progress (started ten months ago) with a waiting list, sessions held, one to record, one tomorrow and a
/// catch-up to come. In that cycle Youssef El Amrani (counsellor@, who follows demo people in Casablanca) completes
/// module 3 (reception, positioning and follow-up) eight months before the clock's today, so that the before/after view
/// has six months of history on either side; Nadia Tazi (self-employment@, who follows the Rabat people) waits in line.
/// A few more counsellors of the two agencies are added, without a password (they cannot sign in), so that the coverage
/// has something to show.
/// </summary>
public static class DemoTraining
{
    public const string Cycle2020 = "Cycle de formation 2020 – accueil et accompagnement des migrants";

    /// <summary>The counsellors this seeder adds, who have no password.</summary>
    public static int AccountsWithoutSignIn => MoreCounsellors.Length;

    private static readonly (string Email, string Name, string Site)[] MoreCounsellors =
    [
        ($"samira.bouazza@{DemoAccounts.Domain}", "Samira Bouazza", DemoOrganisations.CasablancaAgency),
        ($"hamid.lahlou@{DemoAccounts.Domain}", "Hamid Lahlou", DemoOrganisations.CasablancaAgency),
        ($"rachida.naciri@{DemoAccounts.Domain}", "Rachida Naciri", DemoOrganisations.CasablancaAgency),
        ($"khadija.amrani@{DemoAccounts.Domain}", "Khadija Amrani", DemoOrganisations.RabatAgency),
        ($"mehdi.sefrioui@{DemoAccounts.Domain}", "Mehdi Sefrioui", DemoOrganisations.RabatAgency),
        ($"zineb.filali@{DemoAccounts.Domain}", "Zineb Filali", DemoOrganisations.RabatAgency),
    ];

    private static readonly (string Title, string Objectives, ModuleTheme Theme)[] Modules =
    [
        ("Interculturalité et inclusion sociale des migrants et des réfugiés",
            "Comprendre les parcours migratoires et le cadre de la SNIA\nReconnaître ses propres représentations\nCommuniquer avec une personne d'une autre culture",
            ModuleTheme.Interculturality),
        ("Développer le système multi-acteurs pour les populations migrantes",
            "Connaître les partenaires (Entraide Nationale, associations, centres de formation)\nOrienter avec le consentement de la personne\nSuivre une orientation jusqu'à son retour",
            ModuleTheme.MultiActorSystem),
        ("Services en face à face : accueil, positionnement et suivi",
            "Conduire l'entretien d'accueil\nPositionner : compétences, diplômes, langues, projet\nBâtir et suivre un plan d'action individuel",
            ModuleTheme.FaceToFaceServices),
    ];

    public static async Task SeedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var anapec = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Anapec, cancellationToken);
        var vdab = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Vdab, cancellationToken);
        var donor = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Donor, cancellationToken);
        var sites = await db.Sites.Where(s => s.OrganisationId == anapec.Id).ToDictionaryAsync(s => s.Name, cancellationToken);
        var users = await db.Users.Where(u => u.Email != null && u.Email.EndsWith(DemoAccounts.Domain)).ToDictionaryAsync(u => u.Email!, cancellationToken);
        StaffUser Account(string local) => users[$"{local}@{DemoAccounts.Domain}"];
        var coordinator = Account("trainer");
        var expert = Account("vdab-trainer");

        var counsellorRole = await db.Roles.Where(r => r.Name == Roles.Counsellor).Select(r => r.Id).SingleAsync(cancellationToken);
        var more = new Dictionary<string, StaffUser>();
        foreach (var (email, name, site) in MoreCounsellors)
        {
            var user = new StaffUser
            {
                Email = email, NormalizedEmail = email.ToUpperInvariant(), UserName = email, NormalizedUserName = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = name, OrganisationId = anapec.Id, SiteId = sites[site].Id, CreatedAt = clock.GetUtcNow(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = counsellorRole });
            more[name] = user;
        }

        await db.SaveChangesAsync(cancellationToken);
        var scores = new AttemptPostTestScores();
        var casablanca = sites[DemoOrganisations.CasablancaAgency];
        var rabat = sites[DemoOrganisations.RabatAgency];

        // The 2020 cycle, closed: VDAB's expert, the Rabat and Casablanca counsellors.
        var old = new TrainingCycle
        {
            OrganisationId = anapec.Id, Title = Cycle2020, DeliveredById = vdab.Id, FunderId = donor.Id,
            Description = "Trois modules animés par les experts du VDAB pour les conseillers des agences de Rabat et de Casablanca.",
            StartsOn = new DateOnly(2020, 2, 1), EndsOn = new DateOnly(2020, 12, 15), TargetRoles = [Roles.Counsellor],
            TargetSiteIds = [casablanca.Id, rabat.Id], TargetRegions = ["MA-04", "MA-06"], Capacity = 20, Status = CycleStatus.Closed,
            CreatedAt = new DateTimeOffset(2020, 1, 10, 9, 0, 0, TimeSpan.Zero),
        };
        db.TrainingCycles.Add(old);
        var oldModules = AddModules(db, old);
        AddMaterials(db, oldModules, coordinator.Id, old.CreatedAt);
        var oldSessions = new[]
        {
            AddSession(db, old, oldModules[0], new DateOnly(2020, 3, 10), rabat, "Agence Rabat Agdal, salle de réunion", null, expert.Id, TrainingSessionStatus.Held),
            AddSession(db, old, oldModules[1], new DateOnly(2020, 6, 16), null, null, "https://visio.vdab.example/anapec-module-2", expert.Id, TrainingSessionStatus.Held),
            AddSession(db, old, oldModules[2], new DateOnly(2020, 10, 6), casablanca, "Agence Casablanca Maârif, salle de formation", null, expert.Id, TrainingSessionStatus.Held),
            AddSession(db, old, oldModules[2], new DateOnly(2020, 11, 17), casablanca, "Agence Casablanca Maârif", null, expert.Id, TrainingSessionStatus.Held, catchUp: true),
        };
        var oldParticipants = new[] { "Samira Bouazza", "Hamid Lahlou", "Khadija Amrani", "Mehdi Sefrioui", "Zineb Filali" }
            .Select((name, i) => AddParticipant(db, old, more[name].Id, coordinator.Id, old.CreatedAt.AddDays(7 + i), ParticipantStatus.Enrolled)).ToArray();
        // Rows: participant; columns: the four sessions (P present, A absent, E excused, - not on the sheet).
        string[] oldSheet = ["PPP-", "PPA-", "PPAP", "PPP-", "EPP-"];
        Attend(db, oldSessions, oldParticipants, oldSheet);
        oldParticipants[2].IsCertifiedTrainer = true;
        await db.SaveChangesAsync(cancellationToken);

        // The cycle in progress: started ten months ago, three of its sessions held, one to record, one tomorrow, a catch-up to come.
        var today = SiteTime.Today(clock);
        var start = new DateOnly(today.AddMonths(-10).Year, today.AddMonths(-10).Month, 1);
        var current = new TrainingCycle
        {
            OrganisationId = anapec.Id, DeliveredById = vdab.Id, FunderId = donor.Id,
            Title = $"Cycle de formation {start.Year} – accueil, positionnement et suivi (2e promotion)",
            Description = "Deuxième promotion : les trois modules du cycle 2020 pour les conseillers qui ne les ont pas encore suivis.",
            StartsOn = start, EndsOn = today.AddMonths(4), TargetRoles = [Roles.Counsellor, Roles.SelfEmploymentCounsellor],
            Capacity = 4, Status = CycleStatus.Open, CreatedAt = SiteTime.StartOf(start.AddDays(-20)),
        };
        db.TrainingCycles.Add(current);
        var modules = AddModules(db, current);
        AddMaterials(db, modules, coordinator.Id, current.CreatedAt);
        var held = new[]
        {
            AddSession(db, current, modules[0], today.AddMonths(-9).AddDays(-15), casablanca, "Agence Casablanca Maârif, salle de formation", null, expert.Id, TrainingSessionStatus.Held),
            AddSession(db, current, modules[1], today.AddMonths(-9), null, null, "https://visio.vdab.example/anapec-2e-promotion", expert.Id, TrainingSessionStatus.Held),
            // Module 3, eight months ago: the date the before/after view compares around.
            AddSession(db, current, modules[2], today.AddMonths(-8), casablanca, "Agence Casablanca Maârif, salle de formation", null, expert.Id, TrainingSessionStatus.Held),
        };
        AddSession(db, current, modules[1], today.AddDays(-5), rabat, "Agence Rabat Agdal, salle de réunion", null, expert.Id, TrainingSessionStatus.Planned);
        AddSession(db, current, modules[2], today.AddDays(1), null, null, "https://visio.vdab.example/anapec-approfondissement", expert.Id, TrainingSessionStatus.Planned);
        AddSession(db, current, modules[2], today.AddDays(21), casablanca, "Agence Casablanca Maârif", null, expert.Id, TrainingSessionStatus.Planned, catchUp: true);
        var nominatedAt = current.CreatedAt.AddDays(2);
        var enrolled = new[] { Account("counsellor").Id, more["Rachida Naciri"].Id, Account("new-counsellor").Id, more["Hamid Lahlou"].Id }
            .Select((id, i) => AddParticipant(db, current, id, coordinator.Id, nominatedAt.AddHours(i), ParticipantStatus.Enrolled)).ToArray();
        var waiting = new[] { Account("self-employment").Id, more["Mehdi Sefrioui"].Id }
            .Select((id, i) => AddParticipant(db, current, id, coordinator.Id, nominatedAt.AddDays(3 + i), ParticipantStatus.WaitingList)).ToArray();
        // Youssef all three; Rachida missed module 3 (the catch-up is for her); Ines excused for module 2; Hamid only module 3.
        Attend(db, held, enrolled, ["PPP", "PPA", "PEP", "AAP"], "Formation obligatoire au permis de conduire professionnel");
        await db.SaveChangesAsync(cancellationToken);

        foreach (var participant in oldParticipants.Concat(enrolled))
        {
            await TrainingCompletion.RecomputeAsync(db, scores, participant.Id, cancellationToken);
        }

        foreach (var participant in enrolled.Concat(waiting))
        {
            await TrainingMessages.ParticipantPlacedAsync(db, protector, clock, current, participant, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static TrainingModule[] AddModules(AmudduDbContext db, TrainingCycle cycle)
    {
        var modules = Modules.Select((m, i) => new TrainingModule
        {
            CycleId = cycle.Id, Number = i + 1, Title = m.Title, Objectives = m.Objectives, DurationHours = 12, Theme = m.Theme, CreatedAt = cycle.CreatedAt,
        }).ToArray();
        db.TrainingModules.AddRange(modules);
        return modules;
    }

    /// <summary>A small PDF per module in French (module 1 twice: a corrected version), and module 3's handout in Arabic.</summary>
    private static void AddMaterials(AmudduDbContext db, TrainingModule[] modules, Guid uploadedBy, DateTimeOffset at)
    {
        void Add(TrainingModule module, string language, int version, string name)
        {
            var content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% Amuddu demo: module {module.Number}, {language}, v{version}\n%%EOF\n");
            var material = new ModuleMaterial
            {
                ModuleId = module.Id, Language = language, VersionNumber = version, FileName = name, ContentType = "application/pdf",
                Size = content.Length, UploadedBy = uploadedBy, UploadedAt = at.AddDays(version),
            };
            db.ModuleMaterials.Add(material);
            db.ModuleMaterialContents.Add(new ModuleMaterialContent { MaterialId = material.Id, Content = content });
        }

        foreach (var module in modules)
        {
            Add(module, "fr", 1, $"module-{module.Number}-support.pdf");
        }

        Add(modules[0], "fr", 2, "module-1-support-corrige.pdf");
        Add(modules[2], "ar", 1, "module-3-dalil.pdf");
    }

    private static TrainingSession AddSession(AmudduDbContext db, TrainingCycle cycle, TrainingModule module, DateOnly day,
        Organisations.Site? site, string? place, string? link, Guid trainer, TrainingSessionStatus status, bool catchUp = false)
    {
        var session = new TrainingSession
        {
            ModuleId = module.Id, CycleId = cycle.Id, StartsAt = SiteTime.FromLocal(day, new TimeOnly(9, 0)), DurationMinutes = 360,
            Place = place, SiteId = site?.Id, OnlineLink = link, RegionCode = site?.RegionCode, Capacity = 20, IsCatchUp = catchUp, Status = status,
            CreatedAt = cycle.CreatedAt,
        };
        db.TrainingSessions.Add(session);
        db.TrainingSessionTrainers.Add(new TrainingSessionTrainer { SessionId = session.Id, TrainerId = trainer });
        return session;
    }

    private static CycleParticipant AddParticipant(AmudduDbContext db, TrainingCycle cycle, Guid userId, Guid nominatedBy, DateTimeOffset at,
        ParticipantStatus status)
    {
        var participant = new CycleParticipant { CycleId = cycle.Id, UserId = userId, NominatedBy = nominatedBy, NominatedAt = at, Status = status, CreatedAt = at };
        db.CycleParticipants.Add(participant);
        return participant;
    }

    private static void Attend(AmudduDbContext db, TrainingSession[] sessions, CycleParticipant[] participants, string[] sheet,
        string reason = "Rendez-vous médical")
    {
        for (var p = 0; p < participants.Length; p++)
        {
            for (var s = 0; s < sessions.Length; s++)
            {
                AttendanceStatus? status = sheet[p][s] switch { 'P' => AttendanceStatus.Present, 'A' => AttendanceStatus.Absent, 'E' => AttendanceStatus.Excused, _ => null };
                if (status is { } st)
                {
                    db.TrainingAttendance.Add(new TrainingAttendance
                    {
                        SessionId = sessions[s].Id, ParticipantId = participants[p].Id, Status = st,
                        ExcuseReason = st == AttendanceStatus.Excused ? reason : null, CreatedAt = sessions[s].StartsAt,
                    });
                }
            }
        }
    }
}
