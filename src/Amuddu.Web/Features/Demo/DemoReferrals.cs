using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// The referral network at work: the employment agency's counsellors refer people well into their
/// pathway to the published services of the other organisations (whatever partners the catalogue
/// holds), at every status of a referral's life, some late and one escalated, and Entraide Nationale
/// refers one person back. Each referral has its history and a consent to sharing given before it.
/// </summary>
public static class DemoReferrals
{
    /// <summary>Where a referral goes: Entraide Nationale, or the next service of another partner in turn.</summary>
    private enum To
    {
        Entraide,
        Other,
    }

    /// <summary>
    /// One referral: its status, where it went, how many days ago it was sent (or drafted), and, when
    /// late, that it is overdue (respond-by or due-by date passed).
    /// </summary>
    private sealed record Plan(ReferralStatus Status, To To, int DaysAgo, bool Overdue = false, bool Escalated = false,
        DeclineReason? Reason = null, ReferralOutcome? Outcome = null, ReferralStatus? Before = null);

    private static readonly Plan[] Plans =
    [
        new(ReferralStatus.Draft, To.Entraide, 1),
        new(ReferralStatus.Draft, To.Other, 2),
        new(ReferralStatus.Sent, To.Entraide, 2),
        new(ReferralStatus.Sent, To.Other, 24, Overdue: true, Escalated: true),
        new(ReferralStatus.Sent, To.Other, 4),
        new(ReferralStatus.Received, To.Entraide, 5),
        new(ReferralStatus.Received, To.Entraide, 19, Overdue: true),
        new(ReferralStatus.Received, To.Other, 6),
        new(ReferralStatus.Accepted, To.Entraide, 9),
        new(ReferralStatus.Accepted, To.Other, 40, Overdue: true),
        new(ReferralStatus.Declined, To.Other, 30, Reason: DeclineReason.NoCapacity),
        new(ReferralStatus.Declined, To.Entraide, 26, Reason: DeclineReason.NotEligible),
        new(ReferralStatus.Declined, To.Other, 45, Reason: DeclineReason.OutsideArea),
        new(ReferralStatus.Declined, To.Entraide, 33, Reason: DeclineReason.PersonUnreachable),
        new(ReferralStatus.Declined, To.Other, 12, Reason: DeclineReason.ServiceNotSuitable),
        new(ReferralStatus.InProgress, To.Entraide, 35),
        new(ReferralStatus.InProgress, To.Other, 28),
        new(ReferralStatus.InProgress, To.Entraide, 70, Overdue: true),
        new(ReferralStatus.Completed, To.Entraide, 120, Outcome: ReferralOutcome.TrainingCertified),
        new(ReferralStatus.Completed, To.Other, 90, Outcome: ReferralOutcome.ServiceDelivered),
        new(ReferralStatus.Completed, To.Other, 150, Outcome: ReferralOutcome.Employed),
        new(ReferralStatus.Completed, To.Entraide, 80, Outcome: ReferralOutcome.DroppedOut),
        new(ReferralStatus.Completed, To.Other, 60, Outcome: ReferralOutcome.PersonDidNotCome),
        new(ReferralStatus.Closed, To.Entraide, 200, Outcome: ReferralOutcome.ServiceDelivered, Before: ReferralStatus.Completed),
        new(ReferralStatus.Closed, To.Other, 110, Reason: DeclineReason.PersonRefused, Before: ReferralStatus.Declined),
        new(ReferralStatus.Withdrawn, To.Other, 15, Before: ReferralStatus.Sent),
        new(ReferralStatus.Withdrawn, To.Entraide, 22, Before: ReferralStatus.Received),
    ];

    private static readonly Dictionary<OfferKind, string[]> Reasons = new()
    {
        [OfferKind.VocationalTraining] =
        [
            "Souhaite se qualifier dans ce métier ; a déjà travaillé dans le secteur sans diplôme.",
            "Projet professionnel validé au positionnement ; une formation qualifiante est l'étape suivante du plan d'action.",
            "Peu d'offres d'emploi accessibles sans qualification : la formation lui ouvrirait le métier visé.",
        ],
        [OfferKind.SocialAssistance] =
        [
            "Hébergement précaire et enfants non scolarisés : besoin d'un accompagnement social avant la recherche d'emploi.",
            "Difficultés pour accéder aux soins ; la personne demande une aide sociale d'urgence.",
        ],
        [OfferKind.LanguageCourse] =
        [
            "La langue est le principal frein à l'embauche : cours demandés avant toute mise en relation.",
            "Parle anglais ; doit acquérir les bases pour les entretiens et le travail en équipe.",
        ],
        [OfferKind.LegalAid] =
        [
            "Questions sur le renouvellement du titre de séjour et le droit au travail.",
            "Litige avec un ancien employeur (salaire impayé) : besoin de conseil juridique.",
        ],
        [OfferKind.EmploymentSupport] = ["Cherche un emploi ; besoin d'un appui pour le CV et les entretiens."],
        [OfferKind.SelfEmploymentSupport] = ["Projet de petite activité de couture à domicile à structurer."],
    };

    private static readonly string[] Requests =
    [
        "Merci de nous indiquer la prochaine date d'entrée possible.",
        "Un entretien d'accueil, puis une inscription si les conditions sont remplies.",
        "Merci de nous tenir informés de la suite donnée.",
        "Accompagnement pendant toute la durée du service, avec un retour en fin de parcours.",
    ];

    private static readonly Dictionary<DeclineReason, string> DeclineNotes = new()
    {
        [DeclineReason.NotEligible] = "Le titre de séjour est requis pour cette formation ; à réorienter quand il sera délivré.",
        [DeclineReason.NoCapacity] = "Session complète ; inscription possible sur la session suivante dans trois mois.",
        [DeclineReason.OutsideArea] = "La personne habite hors de notre zone d'intervention ; voir le centre le plus proche.",
        [DeclineReason.ServiceNotSuitable] = "Le niveau demandé ne correspond pas : un cours de base serait plus adapté.",
        [DeclineReason.PersonUnreachable] = "Trois appels sans réponse et aucune venue au rendez-vous proposé.",
        [DeclineReason.PersonRefused] = "La personne ne souhaite plus suivre ce service (horaires incompatibles avec son travail).",
        [DeclineReason.Other] = "Refus pour un autre motif, expliqué par téléphone au conseiller.",
    };

    private static readonly Dictionary<ReferralOutcome, string> OutcomeNotes = new()
    {
        [ReferralOutcome.ServiceDelivered] = "Accompagnement réalisé ; la personne a obtenu l'aide demandée.",
        [ReferralOutcome.TrainingCertified] = "Formation achevée avec l'attestation du centre ; très bonne assiduité.",
        [ReferralOutcome.Employed] = "Embauchée à l'issue du stage chez un partenaire du centre.",
        [ReferralOutcome.ReferredElsewhere] = "Orientée vers une autre structure plus adaptée.",
        [ReferralOutcome.DroppedOut] = "Abandon après cinq semaines pour un travail journalier.",
        [ReferralOutcome.PersonDidNotCome] = "La personne ne s'est pas présentée au démarrage.",
        [ReferralOutcome.Other] = "Suivi terminé ; voir l'échange avec le conseiller.",
    };

    private static readonly SharedData[] Scopes =
    [
        SharedData.Identity,
        SharedData.Identity | SharedData.DocumentsAndLegalStatus,
        SharedData.Identity | SharedData.PositioningAndSkills,
        SharedData.Identity | SharedData.DocumentsAndLegalStatus | SharedData.PositioningAndSkills,
        SharedData.Identity | SharedData.PositioningAndSkills | SharedData.ActionPlan,
        SharedData.Identity | SharedData.DocumentsAndLegalStatus | SharedData.PositioningAndSkills | SharedData.ActionPlan | SharedData.Notes,
    ];

    public static async Task SeedAsync(AmudduDbContext db, IReadOnlyList<(Person Person, DemoStage Stage)> people, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var random = new Random(6006);
        var now = clock.GetUtcNow();
        var anapec = await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync(cancellationToken);
        var entraide = await db.Organisations.Where(o => o.Name == DemoOrganisations.EntraideNationale).Select(o => o.Id).SingleAsync(cancellationToken);
        // Published services of every other organisation, found now: partners added to the catalogue join the demo by themselves.
        var services = await (from o in db.Offers.AsNoTracking()
                              join t in db.OfferTexts.AsNoTracking() on o.Id equals t.OfferId
                              where o.Status == OfferStatus.Published && t.Language == "fr"
                              orderby t.Name
                              select new { o.Id, o.OrganisationId, o.Kind, t.Name }).ToListAsync(cancellationToken);
        var toEntraide = services.Where(s => s.OrganisationId == entraide).ToList();
        var toOthers = services.Where(s => s.OrganisationId != entraide && s.OrganisationId != anapec).ToList();
        var anapecServices = services.Where(s => s.OrganisationId == anapec && s.Kind == OfferKind.EmploymentSupport).ToList();
        if (toEntraide.Count == 0 || toOthers.Count == 0 || anapecServices.Count == 0)
        {
            throw new InvalidOperationException("The demo referrals need the demo catalogue: seed it first.");
        }

        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new { u.Id, u.OrganisationId, u.SiteId, u.ManagerId, u.Email }).ToListAsync(cancellationToken);
        var admin = users.First(u => u.Email == $"admin@{DemoAccounts.Domain}").Id;
        var caseworkers = await (from u in db.Users.AsNoTracking()
                                 join ur in db.UserRoles on u.Id equals ur.UserId
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where r.Name == Access.Roles.PartnerCaseworker
                                 orderby u.Email
                                 select new { u.Id, u.OrganisationId, u.SiteId }).ToListAsync(cancellationToken);
        Guid? CaseworkerOf(Guid organisation) => caseworkers.Where(c => c.OrganisationId == organisation).Select(c => (Guid?)c.Id).FirstOrDefault();

        // People well into their pathway: positioned, with a plan, followed up or with an outcome; one referral each.
        var candidates = people.Where(p => p.Stage >= DemoStage.Positioned && p.Person.OrganisationId == anapec)
            .Select(p => p.Person).OrderBy(_ => random.Next()).ToList();
        if (candidates.Count < Plans.Length)
        {
            throw new InvalidOperationException("The demo referrals need the demo people: seed them first.");
        }

        var next = 0;
        var other = 0;
        var today = SiteTime.Today(clock);
        Referral? parent = null;
        foreach (var plan in Plans)
        {
            var person = candidates[next++];
            var service = plan.To == To.Entraide ? toEntraide[random.Next(toEntraide.Count)] : toOthers[other++ % toOthers.Count];
            var referral = Add(db, random, plan, person, person.CounsellorId ?? admin, anapec, person.SiteId, service.Id, service.OrganisationId, service.Kind,
                CaseworkerOf(service.OrganisationId), users.FirstOrDefault(u => u.Id == person.CounsellorId)?.ManagerId ?? admin, null, now, today);
            if (plan is { Status: ReferralStatus.Completed, Outcome: ReferralOutcome.TrainingCertified, To: To.Entraide })
            {
                parent = referral;
            }
        }

        // Entraide Nationale refers the person who finished its training back to the agency, to look for work.
        var back = anapecServices[0];
        var caseworker = caseworkers.First(c => c.OrganisationId == entraide);
        var returning = await db.People.SingleAsync(p => p.Id == parent!.PersonId, cancellationToken);
        Add(db, random, new Plan(ReferralStatus.Received, To.Other, 3), returning, caseworker.Id, entraide, caseworker.SiteId, back.Id, anapec, back.Kind,
            returning.CounsellorId, admin, parent!.Id, now, today, "Formation terminée avec attestation : la personne est prête à chercher un emploi dans la couture.");

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Referral Add(AmudduDbContext db, Random random, Plan plan, Person person, Guid sender, Guid senderOrganisation, Guid? senderSite,
        Guid offerId, Guid recipient, OfferKind kind, Guid? caseworker, Guid manager, Guid? parentId, DateTimeOffset now, DateOnly today, string? reason = null)
    {
        var reasons = Reasons[kind];
        var start = now.AddDays(-plan.DaysAgo).AddHours(-random.Next(1, 6));
        var startDay = DateOnly.FromDateTime(SiteTime.ToLocal(start));
        var scope = Scopes[random.Next(Scopes.Length)];
        var oral = random.Next(4) == 0;
        var consent = new Consent
        {
            PersonId = person.Id,
            OrganisationId = senderOrganisation,
            Purpose = ConsentPurpose.SharingWithPartner,
            RecipientOrganisationId = recipient,
            // The person sometimes allows more than one referral needs.
            SharedData = random.Next(3) == 0 ? scope | SharedData.PositioningAndSkills : scope,
            Method = oral ? ConsentMethod.OralWithWitness : ConsentMethod.SignedForm,
            WitnessName = oral ? "Nadia Benali" : null,
            GivenOn = startDay.AddDays(-random.Next(0, 4)),
            ExpiresOn = startDay.AddYears(1),
            RecordedBy = sender,
            RecordedAt = start.AddMinutes(-30),
        };
        db.Consents.Add(consent);
        var id = Guid.CreateVersion7();
        var referral = new Referral
        {
            Id = id,
            Reference = ReferralAccess.NewReference(id),
            PersonId = person.Id,
            SenderOrganisationId = senderOrganisation,
            SenderSiteId = senderSite,
            SenderUserId = sender,
            OfferId = offerId,
            RecipientOrganisationId = recipient,
            ParentReferralId = parentId,
            Status = plan.Status,
            Urgency = plan.Overdue || random.Next(5) == 0 ? ReferralUrgency.Soon : random.Next(8) == 0 ? ReferralUrgency.Urgent : ReferralUrgency.Routine,
            Reason = reason ?? reasons[random.Next(reasons.Length)],
            Request = Requests[random.Next(Requests.Length)],
            // Late ones had ten days to answer (or a due date) that passed; the others still have time.
            RespondBy = startDay.AddDays(10),
            DueBy = plan.Overdue && plan.Status is ReferralStatus.Accepted or ReferralStatus.InProgress ? today.AddDays(-random.Next(3, 12))
                : random.Next(3) == 0 ? null : startDay.AddDays(90 + random.Next(60)),
            SharedData = scope,
            ConsentId = consent.Id,
            CreatedAt = start.AddMinutes(-20),
        };
        db.Referrals.Add(referral);

        var events = new List<ReferralEvent>();
        void Event(DateTimeOffset at, Guid by, Guid? user, ReferralEventKind eventKind, ReferralStatus? status, string? note) =>
            events.Add(new ReferralEvent { ReferralId = referral.Id, At = at, ByOrganisationId = by, ByUserId = user, Kind = eventKind, Status = status, Note = note });

        if (plan.Status == ReferralStatus.Draft)
        {
            Event(referral.CreatedAt, senderOrganisation, sender, ReferralEventKind.Note, null, "Brouillon préparé avec la personne pendant l'entretien ; à relire avant l'envoi.");
            db.ReferralEvents.AddRange(events);
            return referral;
        }

        var path = PathTo(plan);
        var at = start;
        referral.SentAt = at;
        Event(at, senderOrganisation, sender, ReferralEventKind.StatusChanged, ReferralStatus.Sent, "Orientation envoyée avec l'accord de la personne.");
        foreach (var step in path.Skip(1))
        {
            at = step switch
            {
                ReferralStatus.Received => at.AddHours(random.Next(4, 40)),
                ReferralStatus.Accepted or ReferralStatus.Declined => at.AddDays(random.Next(1, 7)).AddHours(random.Next(1, 8)),
                ReferralStatus.InProgress => at.AddDays(random.Next(3, 15)),
                ReferralStatus.Completed => at.AddDays(random.Next(20, Math.Max(21, plan.DaysAgo - 25))),
                ReferralStatus.Closed or ReferralStatus.Withdrawn => at.AddDays(random.Next(1, 5)),
                ReferralStatus.Draft or ReferralStatus.Sent => at,
            };
            if (at > now)
            {
                at = now.AddHours(-1);
            }

            var bySender = step is ReferralStatus.Withdrawn or ReferralStatus.Closed;
            var byOrganisation = bySender ? senderOrganisation : recipient;
            var byUser = bySender ? sender : caseworker;
            string? note = null;
            switch (step)
            {
                case ReferralStatus.Received:
                    referral.ReceivedAt = at;
                    note = "Orientation ouverte par le service ; étude du dossier en cours.";
                    break;
                case ReferralStatus.Accepted:
                    referral.RespondedAt = at;
                    referral.RecipientUserId = caseworker;
                    note = "Accueil prévu au centre ; la personne doit venir avec une pièce d'identité.";
                    break;
                case ReferralStatus.Declined:
                    referral.RespondedAt = at;
                    referral.RecipientUserId = caseworker;
                    referral.DeclineReason = plan.Reason;
                    referral.ResponseNote = DeclineNotes[plan.Reason!.Value];
                    note = referral.ResponseNote;
                    break;
                case ReferralStatus.InProgress:
                    referral.StartedAt = at;
                    note = "Inscription confirmée ; démarrage avec le prochain groupe.";
                    break;
                case ReferralStatus.Completed:
                    referral.CompletedAt = at;
                    referral.Outcome = plan.Outcome;
                    referral.ResponseNote = OutcomeNotes[plan.Outcome!.Value];
                    note = referral.ResponseNote;
                    break;
                case ReferralStatus.Closed:
                    referral.ClosedAt = at;
                    note = "Retour bien reçu ; orientation clôturée et suite notée dans le dossier.";
                    break;
                case ReferralStatus.Withdrawn:
                    referral.ClosedAt = at;
                    note = "La personne a trouvé un emploi saisonnier entre-temps ; orientation retirée.";
                    break;
                case ReferralStatus.Draft:
                case ReferralStatus.Sent:
                    break;
            }

            Event(at, byOrganisation, byUser, ReferralEventKind.StatusChanged, step, note);
            if (step == ReferralStatus.InProgress && random.Next(2) == 0 && at.AddDays(7) < now)
            {
                Event(at.AddDays(7), recipient, caseworker, ReferralEventKind.Note, null, "Bonne intégration dans le groupe ; présence régulière.");
            }
        }

        if (plan.Escalated)
        {
            var escalated = at.AddDays(12);
            referral.EscalatedAt = escalated;
            referral.EscalatedTo = manager;
            Event(escalated, senderOrganisation, null, ReferralEventKind.Escalated, null, "Pas de réponse à l'échéance : signalée au responsable de l'agence.");
            Event(escalated.AddDays(1), senderOrganisation, sender, ReferralEventKind.Note, null, "Relance téléphonique au partenaire, message laissé.");
        }

        db.ReferralEvents.AddRange(events);
        return referral;
    }

    /// <summary>The statuses a referral went through, from sent to where it stands.</summary>
    private static ReferralStatus[] PathTo(Plan plan) => plan.Status switch
    {
        ReferralStatus.Sent => [ReferralStatus.Sent],
        ReferralStatus.Received => [ReferralStatus.Sent, ReferralStatus.Received],
        ReferralStatus.Accepted => [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted],
        ReferralStatus.Declined => [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Declined],
        ReferralStatus.InProgress => [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.InProgress],
        ReferralStatus.Completed => [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed],
        ReferralStatus.Closed => [.. PathTo(plan with { Status = plan.Before!.Value }), ReferralStatus.Closed],
        ReferralStatus.Withdrawn => [.. PathTo(plan with { Status = plan.Before!.Value }), ReferralStatus.Withdrawn],
        ReferralStatus.Draft => [],
    };
}
