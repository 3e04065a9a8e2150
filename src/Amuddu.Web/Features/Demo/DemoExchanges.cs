using Amuddu.Web.Data;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Exchanges;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Two peer exchanges (a 2020 study visit to VDAB, a webinar with Le Forem), learning logs, practices (one written in French
/// and translated into Arabic later), commitments at every status with their 3-month follow-ups, and the service history
/// the before/after view needs: people followed by a counsellor trained in module 3 (counsellor@, Casablanca) and by one not
/// yet trained (new-counsellor@, Tanger), received over the 12 months around the training. Runs after the other demo steps;
/// creates the module-3 completion itself when the training demo did not.
/// </summary>
public static class DemoExchanges
{
    /// <summary>People seeded per counsellor and period (before, after) for the before/after view.</summary>
    public const int PeoplePerPeriod = 24;

    public static async Task SeedAsync(AmudduDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.PeerExchanges.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = SiteTime.Today(clock);
        var now = clock.GetUtcNow();
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, cancellationToken);
        var anapec = organisations[DemoOrganisations.Anapec].Id;
        var vdab = organisations[DemoOrganisations.Vdab].Id;
        var forem = organisations[DemoOrganisations.LeForem].Id;
        var sites = await db.Sites.Where(s => s.OrganisationId == anapec).ToDictionaryAsync(s => s.Name, cancellationToken);
        var users = await db.Users.Where(u => u.OrganisationId == anapec).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        Guid User(string name) => users[$"{name}@{DemoAccounts.Domain}"];
        var (counsellor, untrained, selfEmployment, coordinator) = (User("counsellor"), User("new-counsellor"), User("self-employment"), User("trainer"));
        var casablanca = sites[DemoOrganisations.CasablancaAgency];
        var tanger = sites[DemoOrganisations.TangerAgency];
        var rabat = sites[DemoOrganisations.RabatAgency];

        // The exchanges.
        var visit = new PeerExchange
        {
            OrganisationId = anapec, Title = "Visite d'étude au VDAB : l'accueil des nouveaux arrivants à Gand et Anvers", Kind = ExchangeKind.StudyVisit,
            HostOrganisationId = vdab, VisitingOrganisationId = anapec, StartsOn = new DateOnly(2020, 2, 10), EndsOn = new DateOnly(2020, 2, 14),
            Place = "VDAB Gent, Kongostraat 7, Gand",
            Themes = [nameof(ExchangeTheme.Reception), nameof(ExchangeTheme.Positioning), nameof(ExchangeTheme.Interculturality)],
            Guests = "Els Peeters – consulente trajectbegeleiding\nTom De Smet – chef d'équipe accueil des primo-arrivants",
            Agenda = "Lundi : accueil au guichet et entretien d'orientation\nMardi : immersion dans une équipe d'accompagnement\n"
                + "Mercredi : interprètes et médiateurs\nJeudi : relations avec les employeurs\nVendredi : bilan et engagements",
            CreatedBy = coordinator,
        };
        visit.Participants.AddRange(new[] { counsellor, selfEmployment, coordinator }.Select(u => new ExchangeParticipant { ExchangeId = visit.Id, UserId = u }));
        var webinarOn = today.AddMonths(-11);
        var webinar = new PeerExchange
        {
            OrganisationId = anapec, Title = "Webinaire avec Le Forem : réduire les rendez-vous manqués", Kind = ExchangeKind.Webinar,
            HostOrganisationId = forem, VisitingOrganisationId = anapec, StartsOn = webinarOn, EndsOn = webinarOn,
            Place = "En ligne", Themes = [nameof(ExchangeTheme.FollowUp), nameof(ExchangeTheme.EmployerRelations)],
            Guests = "Sophie Lambert – conseillère référente, Le Forem Charleroi", Agenda = "Rappels et relances ; jobdating avec les employeurs partenaires",
            CreatedBy = coordinator,
        };
        webinar.Participants.AddRange(new[] { counsellor, untrained, coordinator }.Select(u => new ExchangeParticipant { ExchangeId = webinar.Id, UserId = u }));
        db.PeerExchanges.AddRange(visit, webinar);
        db.LearningLogs.AddRange(
            new LearningLog
            {
                ExchangeId = visit.Id, UserId = counsellor,
                WhatISaw = "Chaque nouvel arrivant est reçu par un binôme conseiller et interprète, qui fixe tout de suite le rendez-vous de positionnement.",
                PracticeToTry = "Fixer le rendez-vous de positionnement avant la fin du premier accueil.",
            },
            new LearningLog
            {
                ExchangeId = visit.Id, UserId = selfEmployment,
                WhatISaw = "Des fiches de compétences illustrées, utilisables sans lire le français ni le néerlandais.",
                PracticeToTry = "Des cartes de compétences illustrées pour le positionnement.",
            },
            new LearningLog
            {
                ExchangeId = webinar.Id, UserId = counsellor,
                WhatISaw = "Un SMS la veille et un appel le jour même en cas d'absence : les absences ont baissé d'un tiers.",
                PracticeToTry = "Appeler la personne dans l'heure quand elle manque un rendez-vous.",
            });

        // The practices.
        var binome = Practice(anapec, visit.Id, vdab, "fr", [ExchangeTheme.Reception, ExchangeTheme.Interculturality], now.AddYears(-5),
            "Premier accueil en binôme avec un interprète", "Les nouveaux arrivants ne parlent souvent ni la langue du pays ni celle des formulaires.",
            "Un conseiller et un interprète reçoivent ensemble la personne au premier accueil, et fixent avant la fin le rendez-vous de positionnement.",
            "Au VDAB Gand, le délai entre l'accueil et le positionnement est passé de 5 à 2 semaines.",
            "Les interprètes sont rares dans nos agences : commencer par les langues les plus demandées (anglais, arabe, wolof).");
        // Translated into Arabic later.
        binome.Texts.Add(Text(binome.Id, "ar", now.AddYears(-4), "الاستقبال الأول بثنائي مع مترجم",
            "لا يتحدث الوافدون الجدد غالباً لغة البلد ولا لغة الاستمارات.",
            "يستقبل مستشار ومترجم الشخص معاً في الاستقبال الأول، ويحددان قبل نهايته موعد تحديد الوضعية.",
            "في VDAB بغنت، انخفضت المدة بين الاستقبال وتحديد الوضعية من 5 أسابيع إلى أسبوعين.",
            "المترجمون قليلون في وكالاتنا: البدء باللغات الأكثر طلباً (الإنجليزية، العربية، الولوفية)."));
        var cards = Practice(anapec, visit.Id, vdab, "en", [ExchangeTheme.Positioning], now.AddYears(-5),
            "Illustrated skills cards for positioning", "People who do not read the languages of the forms struggle to describe their skills.",
            "The counsellor lays out illustrated cards of tasks and tools; the person picks what they have done and at what level.",
            "Used by VDAB for every newcomer since 2018.", "The pictures must show Moroccan workplaces and trades.");
        var call = Practice(anapec, webinar.Id, forem, "fr", [ExchangeTheme.FollowUp], now.AddMonths(-11),
            "Rappel la veille et appel dans l'heure en cas d'absence", "Beaucoup de rendez-vous manqués sont des oublis ou des empêchements non signalés.",
            "Un SMS la veille ; si la personne ne vient pas, le conseiller l'appelle dans l'heure et propose un autre créneau.",
            "Le Forem Charleroi : un tiers d'absences en moins en six mois.", "Prévoir le crédit téléphonique des agences.");
        var jobdating = Practice(anapec, webinar.Id, forem, "fr", [ExchangeTheme.EmployerRelations], now.AddMonths(-11),
            "Jobdating avec les employeurs partenaires", "Les employeurs hésitent à recevoir des candidats qu'ils ne connaissent pas.",
            "Une matinée par trimestre, les employeurs partenaires rencontrent en 10 minutes chacun les personnes positionnées sur leurs métiers.",
            null, "Trouver une salle assez grande dans chaque agence.");
        db.Practices.AddRange(binome, cards, call, jobdating);

        // The module-3 completion the before/after view is anchored on: the training demo's, or one made here.
        var trainedOn = await (from c in db.ModuleCompletions
                               join m in db.TrainingModules on c.ModuleId equals m.Id
                               where c.UserId == counsellor && m.Theme == ModuleTheme.FaceToFaceServices
                               select (DateOnly?)c.CompletedOn).MinAsync(cancellationToken)
            ?? SeedCompletion(db, anapec, vdab, counsellor, coordinator, today.AddMonths(-8), now);

        // Commitments at every status; the adopted one is linked to the indicator it should move, adopted two weeks after the training.
        var adoptedOn = trainedOn.AddDays(14);
        db.Commitments.AddRange(
            Commitment(anapec, binome.Id, casablanca.Id, counsellor, adoptedOn.AddMonths(-3), adoptedOn, CommitmentStatus.Adopted,
                "Binôme en place les mardis et jeudis avec deux interprètes bénévoles.", ServiceIndicator.PositionedWithin30Days),
            Commitment(anapec, call.Id, tanger.Id, untrained, adoptedOn.AddMonths(-3), adoptedOn, CommitmentStatus.Adapted,
                "Appel le lendemain plutôt que dans l'heure : un seul conseiller à l'agence.", ServiceIndicator.MissedAppointments),
            Commitment(anapec, cards.Id, rabat.Id, selfEmployment, today.AddMonths(-5), today.AddMonths(-2), CommitmentStatus.NotAdopted,
                "Les cartes n'ont pas pu être imprimées ; à revoir avec le budget de l'an prochain.", null),
            Commitment(anapec, jobdating.Id, casablanca.Id, counsellor, today.AddMonths(-1), null, CommitmentStatus.Pending, null, null));
        await db.SaveChangesAsync(cancellationToken);

        await SeedServiceHistoryAsync(db, anapec, (casablanca.Id, counsellor, "Casablanca", "MA-06"), (tanger.Id, untrained, "Tanger", "MA-01"),
            trainedOn, clock, cancellationToken);
    }

    private static Practice Practice(Guid organisation, Guid exchange, Guid source, string language, ExchangeTheme[] themes, DateTimeOffset at,
        string name, string context, string whatIsDone, string? evidence, string? adaptation)
    {
        var practice = new Practice
        {
            OrganisationId = organisation, ExchangeId = exchange, SourceOrganisationId = source, OriginalLanguage = language,
            Themes = [.. themes.Select(t => t.ToString())], CreatedAt = at,
        };
        practice.Texts.Add(Text(practice.Id, language, at, name, context, whatIsDone, evidence, adaptation));
        return practice;
    }

    private static PracticeText Text(Guid practice, string language, DateTimeOffset at, string name, string context, string whatIsDone, string? evidence,
        string? adaptation)
    {
        var text = new PracticeText
        {
            PracticeId = practice, Language = language, Name = name, Context = context, WhatIsDone = whatIsDone, Evidence = evidence,
            Adaptation = adaptation, WrittenAt = at,
        };
        text.Index();
        return text;
    }

    /// <summary>A commitment made on <paramref name="committedOn"/> whose 3-month follow-up (if <paramref name="answeredOn"/>) said <paramref name="status"/>.</summary>
    private static Commitment Commitment(Guid organisation, Guid practice, Guid site, Guid owner, DateOnly committedOn, DateOnly? answeredOn,
        CommitmentStatus status, string? note, ServiceIndicator? indicator)
    {
        var commitment = RecordCommitment.New(organisation, practice, site, owner, committedOn, committedOn.AddMonths(4));
        if (answeredOn is { } on)
        {
            var first = commitment.FollowUps.Single(f => f.AfterMonths == 3);
            first.Result = status;
            first.Note = note;
            first.RecordedOn = on;
            first.RecordedBy = owner;
            commitment.Status = status;
            commitment.AdoptedOn = status is CommitmentStatus.Adopted or CommitmentStatus.Adapted ? on : null;
            commitment.Indicator = indicator;
        }

        return commitment;
    }

    private static DateOnly SeedCompletion(AmudduDbContext db, Guid anapec, Guid vdab, Guid counsellor, Guid coordinator, DateOnly on, DateTimeOffset now)
    {
        var cycle = new TrainingCycle
        {
            OrganisationId = anapec, Title = "Accueil, positionnement et suivi des migrants (VDAB, démo)", DeliveredById = vdab,
            StartsOn = on.AddMonths(-1), EndsOn = on, Capacity = 20, Status = CycleStatus.Closed, TargetRoles = [Access.Roles.Counsellor],
        };
        var module = new TrainingModule
        {
            CycleId = cycle.Id, Number = 3, Title = "Services en face-à-face : accueil, positionnement et suivi", DurationHours = 12,
            Theme = ModuleTheme.FaceToFaceServices,
        };
        var participant = new CycleParticipant
        {
            CycleId = cycle.Id, UserId = counsellor, NominatedBy = coordinator, NominatedAt = now.AddMonths(-9), Status = ParticipantStatus.Enrolled,
        };
        db.TrainingCycles.Add(cycle);
        db.TrainingModules.Add(module);
        db.CycleParticipants.Add(participant);
        db.ModuleCompletions.Add(new ModuleCompletion { ParticipantId = participant.Id, ModuleId = module.Id, UserId = counsellor, CompletedOn = on });
        return on;
    }

    /// <summary>
    /// People received in the 6 months before and after <paramref name="trainedOn"/> by each counsellor, with their positioning,
    /// action plan, appointments, referrals and jobs: the trained counsellor's people do better after, the other's alike.
    /// </summary>
    private static async Task SeedServiceHistoryAsync(AmudduDbContext db, Guid anapec, (Guid Site, Guid Counsellor, string City, string Region) trained,
        (Guid Site, Guid Counsellor, string City, string Region) untrained, DateOnly trainedOn, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var random = new Random(15);
        var offer = await db.Offers.Where(o => o.OrganisationId != anapec).OrderBy(o => o.Id).Select(o => new { o.Id, o.OrganisationId })
            .FirstOrDefaultAsync(cancellationToken);
        foreach (var (desk, prefix, isTrained) in new[] { (trained, "H1", true), (untrained, "H2", false) })
        {
            // Half received in the 6 months before the training, half after, a week apart.
            var received = (int i) => SiteTime.FromLocal((i < PeoplePerPeriod ? trainedOn.AddMonths(-6) : trainedOn).AddDays(1 + i % PeoplePerPeriod * 7), new TimeOnly(10, 0));
            var people = await DemoPeople.SeedAsync(db, anapec, [desk], clock, cancellationToken, 2 * PeoplePerPeriod, prefix, received);
            for (var i = 0; i < people.Count; i++)
            {
                var person = people[i].Person;
                if (people[i].Stage == DemoStage.Received)
                {
                    // Served, so agreed on the day they were received (DemoPeople leaves some as minimal records).
                    db.Consents.Add(new Consent
                    {
                        PersonId = person.Id, OrganisationId = anapec, Purpose = ConsentPurpose.Processing, Method = ConsentMethod.SignedForm,
                        GivenOn = DateOnly.FromDateTime(SiteTime.ToLocal(person.CreatedAt)), RecordedBy = desk.Counsellor, RecordedAt = person.CreatedAt,
                    });
                }

                var better = isTrained && i >= PeoplePerPeriod;
                var on = DateOnly.FromDateTime(SiteTime.ToLocal(person.CreatedAt));
                bool Chance(int percent) => random.Next(100) < percent;
                var positioned = on.AddDays(Chance(better ? 85 : 50) ? random.Next(3, 28) : random.Next(35, 70));
                db.PositioningRecords.Add(new PositioningRecord { PersonId = person.Id, OrganisationId = anapec, InterviewedOn = Min(positioned, today), CounsellorId = desk.Counsellor });
                var agreed = on.AddDays(Chance(better ? 75 : 40) ? random.Next(20, 58) : random.Next(65, 110));
                db.ActionPlans.Add(new ActionPlan
                {
                    PersonId = person.Id, OrganisationId = anapec, Goal = "Trouver un emploi stable dans son métier", Status = ActionPlanStatus.Active,
                    AgreedOn = Min(agreed, today), AgreementMethod = AgreementMethod.Signed, AgreementRecordedBy = desk.Counsellor,
                    CreatedAt = SiteTime.StartOf(Min(agreed, today)),
                });
                // A week and six weeks after the reception, never at the same hour (the weeks fall on the same days).
                foreach (var (days, hour) in new[] { (10, 10), (45, 15) })
                {
                    var starts = SiteTime.FromLocal(on.AddDays(days), new TimeOnly(hour, 0));
                    if (starts > clock.GetUtcNow())
                    {
                        continue;
                    }

                    db.Appointments.Add(new Appointment
                    {
                        PersonId = person.Id, OrganisationId = anapec, CounsellorId = desk.Counsellor, StartsAt = starts, DurationMinutes = 45,
                        EndsAt = starts.AddMinutes(45), Channel = AppointmentChannel.AtAgency, SiteId = desk.Site, Purpose = "Suivi",
                        Status = Chance(better ? 8 : 25) ? AppointmentStatus.NoShow : AppointmentStatus.Attended, CreatedAt = starts.AddDays(-7),
                    });
                }

                if (offer is not null && i % 2 == 0)
                {
                    var id = Guid.CreateVersion7();
                    var sent = SiteTime.FromLocal(on.AddDays(20), new TimeOnly(11, 0));
                    var completed = Chance(better ? 80 : 50);
                    db.Referrals.Add(new Referral
                    {
                        Id = id, Reference = ReferralAccess.NewReference(id), PersonId = person.Id, SenderOrganisationId = anapec, SenderSiteId = desk.Site,
                        SenderUserId = desk.Counsellor, OfferId = offer.Id, RecipientOrganisationId = offer.OrganisationId,
                        Status = completed ? ReferralStatus.Completed : ReferralStatus.Closed, Reason = "Formation qualifiante", RespondBy = on.AddDays(30),
                        SentAt = sent, ReceivedAt = sent.AddDays(1), RespondedAt = sent.AddDays(3), CompletedAt = completed ? sent.AddDays(40) : null,
                        ClosedAt = completed ? null : sent.AddDays(40), CreatedAt = sent,
                        ConsentId = db.Consents.Local.FirstOrDefault(c => c.PersonId == person.Id)?.Id,
                    });
                    // Its history, as the referral's page and the timeline read it.
                    db.ReferralEvents.AddRange(
                        new ReferralEvent { ReferralId = id, At = sent, ByOrganisationId = anapec, ByUserId = desk.Counsellor, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Sent },
                        new ReferralEvent { ReferralId = id, At = sent.AddDays(1), ByOrganisationId = offer.OrganisationId, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Received },
                        new ReferralEvent { ReferralId = id, At = sent.AddDays(3), ByOrganisationId = offer.OrganisationId, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Accepted },
                        completed
                            ? new ReferralEvent { ReferralId = id, At = sent.AddDays(40), ByOrganisationId = offer.OrganisationId, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Completed }
                            : new ReferralEvent { ReferralId = id, At = sent.AddDays(40), ByOrganisationId = anapec, ByUserId = desk.Counsellor, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Closed });
                }

                var hired = on.AddDays(Chance(better ? 60 : 35) ? random.Next(60, 175) : random.Next(200, 320));
                if (hired <= today)
                {
                    db.Outcomes.Add(new Outcome
                    {
                        PersonId = person.Id, OrganisationId = anapec, Kind = OutcomeKind.Employed, StartsOn = hired, EmployerName = "Atlas Textile SARL",
                        OccupationTitle = "Opérateur de production", RecordedBy = desk.Counsellor, RecordedAt = SiteTime.StartOf(hired),
                        CreatedAt = SiteTime.StartOf(hired),
                    });
                    person.Stage = PathwayStage.Employed;
                }
                else
                {
                    person.Stage = PathwayStage.InActionPlan;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
