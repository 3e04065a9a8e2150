using System.Security.Cryptography;
using System.Text;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Four programmes of the demo employment agency modelled on real Moroccan schemes (qualifying-training
/// grants, the « contrat d'insertion » placement stipend, the « Tahfiz » new-company hiring incentive, and
/// a cooperatives' self-employment grant), and applications of the demo people at every status: eligibility
/// results, two approvals (officer@ and officer2@) for the funded ones, committed totals equal to what they
/// approved, tranches and payment orders (paid, ordered, exported, one failed, one cancelled), one suspended
/// grant with a recovery, business plans scored by a committee, and hiring incentives of the demo employer.
/// </summary>
public static class DemoProgrammes
{
    public const string TrainingCode = "TAEHIL-BOURSE-2026";
    public const string PlacementCode = "IDMAJ-2026";
    public const string NewCompanyCode = "TAHFIZ-2026";
    public const string CooperativesCode = "COOP-AUTOEMPLOI-2026";

    /// <summary>One application: the programme, its status, and for payments how many tranches were paid.</summary>
    private sealed record Plan(string Programme, ApplicationStatus Status, int DaysAgo, int Paid = 0, bool Suspended = false,
        bool Ineligible = false, PaymentStatus? NextOrder = null, int Score = 0);

    private static readonly Plan[] Plans =
    [
        new(TrainingCode, ApplicationStatus.Draft, 2),
        new(TrainingCode, ApplicationStatus.Submitted, 4),
        new(TrainingCode, ApplicationStatus.EligibilityChecked, 6),
        new(TrainingCode, ApplicationStatus.EligibilityChecked, 8, Ineligible: true),
        new(TrainingCode, ApplicationStatus.UnderReview, 10),
        new(TrainingCode, ApplicationStatus.Approved, 14),
        new(TrainingCode, ApplicationStatus.Rejected, 30, Ineligible: true),
        new(TrainingCode, ApplicationStatus.Withdrawn, 25),
        new(TrainingCode, ApplicationStatus.Contracted, 20),
        new(TrainingCode, ApplicationStatus.InPayment, 120, Paid: 3, NextOrder: PaymentStatus.Ordered),
        new(TrainingCode, ApplicationStatus.InPayment, 150, Paid: 2, Suspended: true),
        new(TrainingCode, ApplicationStatus.InPayment, 100, Paid: 2, NextOrder: PaymentStatus.Failed),
        new(TrainingCode, ApplicationStatus.Completed, 300, Paid: int.MaxValue),
        new(TrainingCode, ApplicationStatus.Cancelled, 90),
        new(PlacementCode, ApplicationStatus.Submitted, 3),
        new(PlacementCode, ApplicationStatus.UnderReview, 9),
        new(PlacementCode, ApplicationStatus.Approved, 12),
        new(PlacementCode, ApplicationStatus.InPayment, 200, Paid: 5, NextOrder: PaymentStatus.Exported),
        new(PlacementCode, ApplicationStatus.Completed, 280, Paid: int.MaxValue),
        new(NewCompanyCode, ApplicationStatus.EligibilityChecked, 5),
        new(NewCompanyCode, ApplicationStatus.Approved, 15),
        new(NewCompanyCode, ApplicationStatus.Contracted, 40),
        new(NewCompanyCode, ApplicationStatus.InPayment, 230, Paid: 1, NextOrder: PaymentStatus.Cancelled),
        new(CooperativesCode, ApplicationStatus.Submitted, 7),
        new(CooperativesCode, ApplicationStatus.UnderReview, 21, Score: 72),
        new(CooperativesCode, ApplicationStatus.Approved, 35, Score: 81),
        new(CooperativesCode, ApplicationStatus.InPayment, 160, Paid: 1, Score: 77),
        new(CooperativesCode, ApplicationStatus.Rejected, 50, Score: 48),
    ];

    private static readonly ApplicationStatus[] Path =
    [
        ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.EligibilityChecked, ApplicationStatus.UnderReview,
        ApplicationStatus.Approved, ApplicationStatus.Contracted, ApplicationStatus.InPayment, ApplicationStatus.Completed,
    ];

    private static readonly (string Activity, string Market, string Costs, long CostsCentimes, string Financing, int Members)[] Projects =
    [
        ("Coopérative de couture et de retouche au quartier Hay Mohammadi.", "Habitants du quartier et deux boutiques de prêt-à-porter qui sous-traitent les retouches.",
            "Trois machines à coudre industrielles, une surjeteuse, tissus et fournitures pour le premier mois, loyer d'un local de 20 m².", 58_000_00,
            "Subvention demandée 45 000 MAD, apport des membres 8 000 MAD, microcrédit 5 000 MAD.", 4),
        ("Restauration rapide de cuisine ouest-africaine (thiéboudiène, mafé, alloco) en livraison.", "Étudiants et salariés du centre-ville ; commandes par téléphone et réseaux sociaux.",
            "Équipement de cuisine professionnelle, réfrigérateur, emballages, un triporteur d'occasion.", 52_000_00,
            "Subvention demandée 48 000 MAD, apport personnel 4 000 MAD.", 3),
        ("Atelier de réparation de téléphones et de petit électroménager.", "Quartier populaire sans réparateur à moins d'un kilomètre ; partenariat avec un revendeur.",
            "Outillage, stock de pièces détachées, comptoir et vitrine.", 31_000_00, "Subvention demandée 28 000 MAD, apport 3 000 MAD.", 1),
        ("Coopérative de coiffure et d'esthétique.", "Clientèle féminine du quartier et de la communauté ; prestations à domicile.",
            "Deux fauteuils, lavabo, séchoirs, produits, aménagement du local.", 46_000_00, "Subvention demandée 40 000 MAD, apport 6 000 MAD.", 3),
        ("Élevage de poulets et vente d'œufs.", "Épiceries de la commune et marché hebdomadaire.", "Poulailler, 300 poussins, aliments pour trois mois.", 39_000_00,
            "Subvention demandée 35 000 MAD, apport 4 000 MAD.", 2),
    ];

    private static readonly string[] Trainings =
    [
        "Formation qualifiante en soudure (OFPPT, 9 mois)", "Formation d'aide-cuisinier (Institut hôtelier, 6 mois)",
        "Formation en électricité du bâtiment (8 mois)", "Formation en maintenance informatique (6 mois)", "Formation de couturier industriel (7 mois)",
    ];

    private static readonly string[] Jobs =
    [
        "Opérateur de production, atelier de confection", "Agent de logistique, plateforme de Tanger Med", "Aide-mécanicien, maintenance des machines",
        "Contrôleur qualité, ligne de finition", "Magasinier, entrepôt de tissus",
    ];

    public static async Task SeedAsync(AmudduDbContext db, IReadOnlyList<(Person Person, DemoStage Stage)> people, FieldProtector protector,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var candidates = people.Where(p => p.Stage >= DemoStage.Positioned).Select(p => p.Person).ToList();
        if (candidates.Count < Plans.Length)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = SiteTime.Today(clock);
        var organisationId = candidates[0].OrganisationId;
        var officer = await db.Users.Where(u => u.Email == $"officer@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken);
        var officer2 = await db.Users.Where(u => u.Email == $"officer2@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken);
        var admin = await db.Users.Where(u => u.Email == $"admin@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken);
        var employerUser = await db.Users.Where(u => u.Email == $"employer@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken);
        var employer = await db.Organisations.Where(o => o.Name == DemoOrganisations.Employer).Select(o => o.Id).SingleAsync(cancellationToken);
        var programmes = Programmes(organisationId, today, admin).ToDictionary(p => p.Code);
        db.Programmes.AddRange(programmes.Values);
        var training = programmes[TrainingCode];
        db.ProgrammeBudgetLines.AddRange(
            new ProgrammeBudgetLine { ProgrammeId = training.Id, RegionCode = "MA-06", BudgetCentimes = 1_400_000_00 },
            new ProgrammeBudgetLine { ProgrammeId = training.Id, RegionCode = "MA-04", BudgetCentimes = 1_000_000_00 });

        var meeting = new CommitteeMeeting
        {
            ProgrammeId = programmes[CooperativesCode].Id,
            OrganisationId = organisationId,
            HeldOn = today.AddDays(-40),
            Place = "Agence ANAPEC Rabat Agdal, salle de réunion",
            MemberIds = [officer, officer2],
            ExternalMembers = "Représentante d'Enabel ; conseiller de la Chambre de commerce de Rabat",
            Minutes = "Le comité a examiné quatre projets de coopératives. Deux sont retenus sous conditions (formation en gestion, ouverture d'un compte "
                + "bancaire de la coopérative), un est ajourné pour compléter l'étude de marché, un n'atteint pas la note de passage.",
            CreatedBy = officer,
        };
        db.CommitteeMeetings.Add(meeting);

        var random = new Random(7007);
        var lineCommitted = new Dictionary<string, long>();
        var orderNumber = 0;
        for (var i = 0; i < Plans.Length; i++)
        {
            var plan = Plans[i];
            var person = candidates[i * (candidates.Count / Plans.Length)];
            var programme = programmes[plan.Programme];
            var created = now.AddDays(-plan.DaysAgo);
            var id = Guid.CreateVersion7(created);
            var monthly = programme.AmountPolicy == AmountPolicy.Monthly;
            var months = monthly ? Math.Min(programme.MaxMonths!.Value, programme.Kind == ProgrammeKind.TrainingGrant ? 6 + (i % 4) : 12) : (int?)null;
            var requested = programme.AmountPolicy switch
            {
                AmountPolicy.Ceiling => (30 + random.Next(0, 19)) * 1_000_00,
                AmountPolicy.Fixed or AmountPolicy.Monthly => programme.AmountCentimes,
            };
            var hiring = programme.Kind == ProgrammeKind.HiringIncentive;
            var application = new SupportApplication
            {
                Id = id,
                Reference = ApplicationAccess.NewReference(id),
                ProgrammeId = programme.Id,
                OrganisationId = organisationId,
                PersonId = person.Id,
                EmployerOrganisationId = hiring ? employer : null,
                Status = plan.Status,
                Purpose = programme.Kind switch
                {
                    ProgrammeKind.TrainingGrant => Trainings[i % Trainings.Length],
                    ProgrammeKind.HiringIncentive => Jobs[i % Jobs.Length],
                    ProgrammeKind.SelfEmploymentGrant => Projects[i % Projects.Length].Activity,
                },
                StartsOn = DateOnly.FromDateTime(created.UtcDateTime).AddDays(14),
                RegionCode = person.RegionCode,
                RequestedCentimes = requested,
                Months = months,
                ContractType = hiring ? ContractType.Cdi : null,
                EmployerRegisteredOn = hiring ? new DateOnly(2024, 3, 18) : null,
                PayeeChannel = hiring || i % 3 != 0 ? PaymentChannel.BankTransfer : PaymentChannel.MobileMoney,
                PayeeName = hiring ? DemoOrganisations.Employer : $"{person.FirstName ?? person.FirstNameArabic} {person.LastName ?? person.LastNameArabic}".Trim(),
                PayeeAccountCipher = protector.ProtectText(hiring || i % 3 != 0
                    ? $"011 780 0000{random.Next(10_000_000, 99_999_999)} 00 {random.Next(10, 99)}"
                    : $"+2126{random.Next(10_000_000, 99_999_999)}"),
                CreatedBy = hiring ? employerUser : person.CounsellorId,
            };
            db.Applications.Add(application);

            var reached = plan.Status switch
            {
                ApplicationStatus.Rejected => plan.Score > 0 ? ApplicationStatus.UnderReview : ApplicationStatus.EligibilityChecked,
                ApplicationStatus.Withdrawn => ApplicationStatus.Submitted,
                ApplicationStatus.Cancelled => ApplicationStatus.Contracted,
                _ => plan.Status,
            };
            var steps = Path.Take(Array.IndexOf(Path, reached) + 1).Skip(1).ToList();
            if (plan.Status is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn or ApplicationStatus.Cancelled)
            {
                steps.Add(plan.Status);
            }

            var at = created;
            foreach (var step in steps)
            {
                at = at.AddDays(Math.Max(1, plan.DaysAgo / (steps.Count + 2)));
                db.ApplicationEvents.Add(new ApplicationEvent
                {
                    ApplicationId = id, At = at, Kind = ApplicationEventKind.StatusChanged, Status = step,
                    ByUserId = step is ApplicationStatus.Submitted or ApplicationStatus.Withdrawn ? application.CreatedBy : officer,
                });
                switch (step)
                {
                    case ApplicationStatus.Submitted:
                        application.SubmittedAt = at;
                        application.DecideBy = DateOnly.FromDateTime(at.UtcDateTime).AddDays(programme.DecisionDays);
                        AddDocuments(db, programme, application, protector, at.AddHours(-1));
                        break;
                    case ApplicationStatus.EligibilityChecked:
                        application.EligibilityCheckedAt = at;
                        application.IsEligible = !plan.Ineligible;
                        application.Eligibility = [.. programme.Rules.Select((r, n) => Check(r, person, today, plan.Ineligible && n == 0))];
                        break;
                    case ApplicationStatus.Approved:
                        application.DecidedAt = at;
                        application.ApprovedCentimes = requested * (months ?? 1);
                        db.ApplicationApprovals.AddRange(
                            new ApplicationApproval { ApplicationId = id, ApproverId = officer, At = at.AddHours(-3), Comment = "Dossier complet, conditions remplies." },
                            new ApplicationApproval { ApplicationId = id, ApproverId = officer2, At = at });
                        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = id, At = at.AddHours(-3), Kind = ApplicationEventKind.Approved, ByUserId = officer });
                        if (programme.Kind == ProgrammeKind.SelfEmploymentGrant)
                        {
                            application.CommitteeMeetingId = meeting.Id;
                            application.DecisionConditions = "Suivre la formation en gestion de coopérative ; ouvrir un compte bancaire au nom de la coopérative.";
                        }

                        break;
                    case ApplicationStatus.Contracted:
                        application.ContractedAt = at;
                        break;
                    case ApplicationStatus.Rejected:
                        application.DecidedAt = at;
                        application.DecisionNote = plan.Score > 0
                            ? "Note du comité inférieure à la note de passage ; le projet peut être représenté avec une étude de marché complétée."
                            : "Conditions d'éligibilité non remplies (statut légal).";
                        application.CommitteeMeetingId = plan.Score > 0 ? meeting.Id : null;
                        break;
                    case ApplicationStatus.Withdrawn:
                        application.DecisionNote = "La personne a trouvé un emploi et renonce à la formation.";
                        break;
                    case ApplicationStatus.Cancelled:
                        application.ClosedAt = at;
                        application.DecisionNote = "Formation annulée par le centre faute d'effectif.";
                        break;
                    case ApplicationStatus.Completed:
                        application.ClosedAt = at;
                        break;
                    case ApplicationStatus.Draft or ApplicationStatus.UnderReview or ApplicationStatus.InPayment:
                        break;
                }
            }

            if (programme.Kind == ProgrammeKind.SelfEmploymentGrant)
            {
                var project = Projects[i % Projects.Length];
                db.BusinessPlans.Add(new BusinessPlan
                {
                    ApplicationId = id, Activity = project.Activity, Market = project.Market, Costs = project.Costs, CostsCentimes = project.CostsCentimes,
                    FinancingPlan = project.Financing, OwnContributionCentimes = project.CostsCentimes - requested > 0 ? project.CostsCentimes - requested : 0,
                    ExpectedMonthlyIncomeCentimes = (4 + random.Next(0, 6)) * 1_000_00, Members = project.Members, CreatedBy = person.CounsellorId,
                });
                if (plan.Score > 0)
                {
                    foreach (var (member, delta) in new[] { (officer, 2), (officer2, -2) })
                    {
                        var scores = Scores(programme.ScoringGrid, plan.Score + delta);
                        db.CommitteeScores.Add(new CommitteeScore
                        {
                            ApplicationId = id, MemberId = member, Scores = scores, Total = scores.Sum(s => s.Points), At = now.AddDays(-plan.DaysAgo / 2),
                            Comment = plan.Score >= programme.PassMark ? "Projet cohérent, équipe motivée." : "Marché mal cerné, charges sous-estimées.",
                        });
                    }
                }
            }

            if (application.IsFunded)
            {
                programme.CommittedCentimes += application.ApprovedCentimes!.Value;
                if (programme == training)
                {
                    lineCommitted[application.RegionCode] = lineCommitted.GetValueOrDefault(application.RegionCode) + application.ApprovedCentimes.Value;
                }
            }

            if (plan.Status is ApplicationStatus.Contracted or ApplicationStatus.InPayment or ApplicationStatus.Completed)
            {
                orderNumber = AddTranches(db, programme, application, plan, protector, officer, officer2, now, orderNumber);
            }

            if (plan.Suspended)
            {
                application.SuspendedAt = now.AddDays(-20);
                application.SuspendedBy = officer;
                application.SuspensionReason = "Abandon de la formation après trois semaines d'absence non justifiée.";
                db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = id, At = now.AddDays(-20), Kind = ApplicationEventKind.Suspended, ByUserId = officer });
                db.Recoveries.Add(new Recovery
                {
                    ApplicationId = id, OrganisationId = organisationId, OwedCentimes = requested, RecoveredCentimes = 0, Status = RecoveryStatus.Open,
                    Reason = "Mois d'allocation versé alors que la formation était déjà abandonnée.", DueOn = today.AddDays(60), CreatedBy = officer,
                });
                db.ApplicationEvents.Add(new ApplicationEvent
                {
                    ApplicationId = id, At = now.AddDays(-19), Kind = ApplicationEventKind.RecoveryOpened, AmountCentimes = requested, ByUserId = officer,
                });
            }
        }

        foreach (var line in db.ProgrammeBudgetLines.Local.Where(l => l.ProgrammeId == training.Id))
        {
            line.CommittedCentimes = lineCommitted.GetValueOrDefault(line.RegionCode);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The tranches of a contracted grant; the first <see cref="Plan.Paid"/> paid, the next one ordered (or failed, cancelled).</summary>
    /// <summary>The documents the programme requires, as small scanned PDFs, encrypted like any upload.</summary>
    private static void AddDocuments(AmudduDbContext db, Programme programme, SupportApplication application, FieldProtector protector, DateTimeOffset at)
    {
        foreach (var kind in programme.RequiredDocuments.Distinct())
        {
            var content = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {kind} {application.Reference}\n%%EOF\n");
            var document = new ApplicationDocument
            {
                ApplicationId = application.Id, Kind = kind, FileName = $"{kind}.pdf".ToLowerInvariant(), ContentType = "application/pdf",
                Size = content.Length, UploadedBy = application.CreatedBy, UploadedAt = at,
            };
            db.ApplicationDocuments.Add(document);
            db.ApplicationDocumentContents.Add(new ApplicationDocumentContent { DocumentId = document.Id, Cipher = protector.Protect(content) });
        }
    }

    private static int AddTranches(AmudduDbContext db, Programme programme, SupportApplication application, Plan plan, FieldProtector protector,
        Guid officer, Guid officer2, DateTimeOffset now, int orderNumber)
    {
        var approved = application.ApprovedCentimes!.Value;
        List<(TrancheCondition Condition, int? Month, long Amount)> schedule;
        if (programme.AmountPolicy == AmountPolicy.Monthly)
        {
            schedule = [.. Enumerable.Range(1, application.Months!.Value).Select(m => (
                programme.RetentionCheckMonths.Contains(m) ? TrancheCondition.RetentionConfirmed : programme.MonthlyCondition!.Value, (int?)m, application.RequestedCentimes))];
        }
        else
        {
            var shares = programme.Tranches.OrderBy(t => t.Number).Select(t => approved * t.Percent / 100).ToList();
            shares[^1] += approved - shares.Sum();
            schedule = [.. programme.Tranches.OrderBy(t => t.Number).Select((t, n) => (t.Condition, t.Month, shares[n]))];
        }

        for (var n = 0; n < schedule.Count; n++)
        {
            var (condition, month, amount) = schedule[n];
            var tranche = new Tranche
            {
                ApplicationId = application.Id, ProgrammeId = programme.Id, OrganisationId = application.OrganisationId, Number = n + 1,
                Condition = condition, Month = month, DueOn = application.StartsOn.AddMonths(month ?? 0), AmountCentimes = amount, Status = TrancheStatus.Planned,
                CreatedBy = officer,
            };
            db.Tranches.Add(tranche);
            var paid = n < plan.Paid;
            var next = n == Math.Min(plan.Paid, schedule.Count) && plan.NextOrder is not null;
            if (!paid && !next)
            {
                continue;
            }

            tranche.ConditionMetAt = now.AddDays(-(schedule.Count - n) * 5);
            // officer2@ vouches for the conditions and officer@ orders the payments: never the same person for both.
            tranche.ConditionMetBy = condition == TrancheCondition.ContractSigned ? officer : officer2;
            tranche.Evidence = condition switch
            {
                TrancheCondition.AttendanceConfirmed => "Feuille de présence du mois signée par le centre : 21 jours sur 22.",
                TrancheCondition.EmploymentConfirmed => "Bulletin de paie du mois et attestation de l'employeur.",
                TrancheCondition.RetentionConfirmed => "Contrôle de maintien : toujours en poste, attestation CNSS.",
                TrancheCondition.PurchaseReceipts => "Factures d'achat des machines et du stock de départ.",
                TrancheCondition.ActivityStarted => "Visite de démarrage : local ouvert, premières ventes.",
                TrancheCondition.ContractSigned => "Convention signée.",
            };
            var orderAt = tranche.ConditionMetAt.Value.AddDays(1);
            if (paid)
            {
                tranche.Status = TrancheStatus.Paid;
                db.PaymentOrders.Add(Order(tranche, application, PaymentStatus.Paid, protector, officer, orderAt, ++orderNumber));
                continue;
            }

            switch (plan.NextOrder!.Value)
            {
                case PaymentStatus.Ordered or PaymentStatus.Exported:
                    tranche.Status = TrancheStatus.Ordered;
                    db.PaymentOrders.Add(Order(tranche, application, plan.NextOrder.Value, protector, officer, orderAt, ++orderNumber));
                    break;
                case PaymentStatus.Failed or PaymentStatus.Cancelled:
                    // Kept for the record; the tranche is due again and can be ordered anew.
                    tranche.Status = TrancheStatus.Due;
                    db.PaymentOrders.Add(Order(tranche, application, plan.NextOrder.Value, protector, officer, orderAt, ++orderNumber));
                    break;
                case PaymentStatus.Paid:
                    break;
            }
        }

        return orderNumber;
    }

    private static PaymentOrder Order(Tranche tranche, SupportApplication application, PaymentStatus status, FieldProtector protector, Guid officer,
        DateTimeOffset at, int number)
    {
        var key = $"demo-{application.Reference}-{tranche.Number}";
        var order = new PaymentOrder
        {
            Reference = $"PAY-DEMO{number:D6}",
            IdempotencyKey = key,
            RequestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
            OrganisationId = application.OrganisationId, ProgrammeId = application.ProgrammeId, ApplicationId = application.Id, TrancheId = tranche.Id,
            ActiveTrancheId = status is PaymentStatus.Failed or PaymentStatus.Cancelled ? null : tranche.Id,
            AmountCentimes = tranche.AmountCentimes, Channel = application.PayeeChannel!.Value, PayeeName = application.PayeeName!,
            PayeeAccountCipher = application.PayeeAccountCipher ?? protector.ProtectText("000"),
            Status = status, CreatedAt = at, CreatedBy = officer,
        };
        if (status is PaymentStatus.Exported or PaymentStatus.Paid or PaymentStatus.Failed)
        {
            order.ExportBatch = $"VIR-{at:yyyyMMdd}-1";
            order.ExportedAt = at.AddHours(2);
        }

        switch (status)
        {
            case PaymentStatus.Paid:
                order.BankReference = $"BQ{number:D8}";
                order.SettledOn = DateOnly.FromDateTime(at.AddDays(2).UtcDateTime);
                break;
            case PaymentStatus.Failed:
                order.FailureReason = "Compte clôturé (retour de la banque).";
                break;
            case PaymentStatus.Cancelled:
                order.CancelledAt = at.AddHours(5);
                order.CancelledBy = officer;
                order.CancelReason = "RIB de l'employeur changé : ordre annulé avant l'export.";
                break;
            case PaymentStatus.Ordered or PaymentStatus.Exported:
                break;
        }

        return order;
    }

    private static EligibilityCheck Check(EligibilityRule rule, Person person, DateOnly today, bool fail) => rule.Kind switch
    {
        EligibilityRuleKind.LegalStatus => new() { Kind = rule.Kind, Passed = !fail, Found = fail ? "ASYLUM_SEEKER" : rule.Values[0] },
        EligibilityRuleKind.AgeRange => new()
        {
            Kind = rule.Kind, Passed = !fail,
            Found = (person.DateOfBirth is { } born ? today.Year - born.Year : person.BirthYear is { } year ? today.Year - year : 28).ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        EligibilityRuleKind.Region => new() { Kind = rule.Kind, Passed = !fail, Found = person.RegionCode },
        EligibilityRuleKind.RegisteredForMonths => new() { Kind = rule.Kind, Passed = !fail, Found = "4" },
        EligibilityRuleKind.RightToWork => new() { Kind = rule.Kind, Passed = !fail, Found = fail ? "No" : "Yes" },
        EligibilityRuleKind.CompanyCreatedAfter => new() { Kind = rule.Kind, Passed = !fail, Found = "2024-03-18" },
        EligibilityRuleKind.MaxIncentiveHires => new() { Kind = rule.Kind, Passed = !fail, Found = "3" },
        EligibilityRuleKind.DiplomaLevel => new() { Kind = rule.Kind, Passed = !fail, Found = "Vocational" },
        EligibilityRuleKind.NotAlreadyFunded or EligibilityRuleKind.PermanentContract => new() { Kind = rule.Kind, Passed = !fail },
    };

    /// <summary>Points per criterion adding up to about <paramref name="total"/>, each within its maximum.</summary>
    private static List<CriterionScore> Scores(List<ScoringCriterion> grid, int total)
    {
        var max = grid.Sum(c => c.MaxPoints);
        return [.. grid.Select(c => new CriterionScore { Code = c.Code, Points = Math.Min(c.MaxPoints, c.MaxPoints * total / max) })];
    }

    private static IEnumerable<Programme> Programmes(Guid organisationId, DateOnly today, Guid admin)
    {
        var starts = today.AddDays(-320);
        var ends = today.AddDays(410);
        string[] statuses = ["REFUGEE", "REGULARISED_MIGRANT"];
        yield return new Programme
        {
            OrganisationId = organisationId, Code = TrainingCode, Name = "Bourses de formation qualifiante (Taehil)", Kind = ProgrammeKind.TrainingGrant,
            Status = ProgrammeStatus.Open, Funder = "État – Ministère de l'Inclusion économique et de l'Emploi (démo)",
            Description = "Allocation mensuelle versée pendant une formation qualifiante, sur présence confirmée par le centre de formation.",
            BudgetCentimes = 2_400_000_00, StartsOn = starts, EndsOn = ends, AmountPolicy = AmountPolicy.Monthly, AmountCentimes = 1_200_00, MaxMonths = 9,
            MonthlyCondition = TrancheCondition.AttendanceConfirmed, RequiredDocuments = [ApplicationDocumentKind.TrainingEnrolment],
            Rules =
            [
                new() { Kind = EligibilityRuleKind.LegalStatus, Values = [.. statuses] },
                new() { Kind = EligibilityRuleKind.RegisteredForMonths, Min = 1 },
                new() { Kind = EligibilityRuleKind.AgeRange, Min = 18, Max = 35 },
                new() { Kind = EligibilityRuleKind.NotAlreadyFunded },
            ],
            DecisionDays = 15, CreatedBy = admin,
        };
        yield return new Programme
        {
            OrganisationId = organisationId, Code = PlacementCode, Name = "Contrat d'insertion – allocation de stage (Idmaj)", Kind = ProgrammeKind.HiringIncentive,
            Status = ProgrammeStatus.Open, Funder = "Union européenne – Fonds fiduciaire d'urgence pour l'Afrique (démo)",
            Description = "Allocation mensuelle de stage versée à l'entreprise d'accueil pendant 24 mois au plus, sur emploi confirmé chaque mois, "
                + "avec contrôles de maintien à 3 et 6 mois.",
            BudgetCentimes = 3_000_000_00, StartsOn = starts, EndsOn = ends, AmountPolicy = AmountPolicy.Monthly, AmountCentimes = 1_500_00, MaxMonths = 24,
            MonthlyCondition = TrancheCondition.EmploymentConfirmed, RetentionCheckMonths = [3, 6], RequiredDocuments = [ApplicationDocumentKind.EmploymentContract],
            Rules =
            [
                new() { Kind = EligibilityRuleKind.LegalStatus, Values = [.. statuses] },
                new() { Kind = EligibilityRuleKind.RightToWork },
                new() { Kind = EligibilityRuleKind.AgeRange, Min = 18, Max = 45 },
                new() { Kind = EligibilityRuleKind.NotAlreadyFunded },
            ],
            DecisionDays = 10, CreatedBy = admin,
        };
        yield return new Programme
        {
            OrganisationId = organisationId, Code = NewCompanyCode, Name = "Incitation à l'embauche des jeunes entreprises (Tahfiz)", Kind = ProgrammeKind.HiringIncentive,
            Status = ProgrammeStatus.Open, Funder = "État – Loi de finances, programme Tahfiz (démo)",
            Description = "Prime fixe par embauche en CDI dans une entreprise récente, dans la limite de 10 embauches aidées : la moitié à l'embauche, "
                + "le reste au contrôle de maintien à 6 mois.",
            BudgetCentimes = 1_200_000_00, StartsOn = starts, EndsOn = ends, AmountPolicy = AmountPolicy.Fixed, AmountCentimes = 12_000_00,
            Tranches =
            [
                new() { Number = 1, Condition = TrancheCondition.ContractSigned, Percent = 50 },
                new() { Number = 2, Condition = TrancheCondition.RetentionConfirmed, Percent = 50, Month = 6 },
            ],
            RequiredDocuments = [ApplicationDocumentKind.EmploymentContract, ApplicationDocumentKind.CompanyRegistration],
            Rules =
            [
                new() { Kind = EligibilityRuleKind.RightToWork },
                new() { Kind = EligibilityRuleKind.CompanyCreatedAfter, Date = new DateOnly(2023, 1, 1) },
                new() { Kind = EligibilityRuleKind.MaxIncentiveHires, Max = 10 },
                new() { Kind = EligibilityRuleKind.PermanentContract },
            ],
            DecisionDays = 10, CreatedBy = admin,
        };
        yield return new Programme
        {
            OrganisationId = organisationId, Code = CooperativesCode, Name = "Subvention au démarrage des coopératives et de l'auto-emploi", Kind = ProgrammeKind.SelfEmploymentGrant,
            Status = ProgrammeStatus.Open, Funder = "Coopération belge – Enabel, projet d'appui à l'insertion des migrants (démo)",
            Description = "Subvention plafonnée à 50 000 MAD pour lancer une activité, après passage en comité : 70 % sur justificatifs d'achat, "
                + "30 % au démarrage de l'activité.",
            BudgetCentimes = 1_500_000_00, StartsOn = starts, EndsOn = ends, AmountPolicy = AmountPolicy.Ceiling, AmountCentimes = 50_000_00,
            Tranches =
            [
                new() { Number = 1, Condition = TrancheCondition.PurchaseReceipts, Percent = 70, Month = 1 },
                new() { Number = 2, Condition = TrancheCondition.ActivityStarted, Percent = 30, Month = 3 },
            ],
            RequiredDocuments = [ApplicationDocumentKind.BusinessPlan],
            Rules =
            [
                new() { Kind = EligibilityRuleKind.LegalStatus, Values = [.. statuses] },
                new() { Kind = EligibilityRuleKind.AgeRange, Min = 18 },
                new() { Kind = EligibilityRuleKind.NotAlreadyFunded },
            ],
            ScoringGrid =
            [
                new() { Code = "VIAB", Label = "Viabilité économique du projet", MaxPoints = 30 },
                new() { Code = "MARCHE", Label = "Connaissance du marché et des clients", MaxPoints = 20 },
                new() { Code = "EQUIPE", Label = "Compétences et motivation de l'équipe", MaxPoints = 20 },
                new() { Code = "IMPACT", Label = "Emplois créés et impact social", MaxPoints = 15 },
                new() { Code = "APPORT", Label = "Apport personnel et plan de financement", MaxPoints = 15 },
            ],
            PassMark = 60, DecisionDays = 30, CreatedBy = admin,
        };
    }
}
