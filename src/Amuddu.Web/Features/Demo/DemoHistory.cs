using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amuddu.Web.Data;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Two years of history behind the demo registry, so that every indicator and chart has a shape: the employment agency's
/// people registered over the <see cref="Quarters"/> complete quarters before the current one (growing, with a summer
/// dip), with their documents, positioning, action plans, appointments, outcomes and their checks, referrals, grants
/// paid, and the outreach, pre-registrations and information sessions that brought them, and the staff trained.
/// <para>
/// The historic people are kept apart from the hand-written demo people the tests and journeys rely on: names of their
/// own, file numbers "YYYY-R00001", received in the past (lists read newest first, so they come after), no counsellor
/// (no counsellor's home list fills with them) and nothing left to do (every check recorded, every plan closed, every
/// referral and payment settled). A few are in small cells (Oujda, rare nationalities, minors) so suppression shows,
/// and a few withdrew their consent to statistics.
/// </para>
/// </summary>
public static class DemoHistory
{
    /// <summary>How many complete quarters of history, the last one ending before the current quarter.</summary>
    public const int Quarters = 8;

    /// <summary>The first quarter of history for the clock's today (the results framework starts there).</summary>
    public static Quarter FirstQuarter(TimeProvider clock)
    {
        var quarter = Quarter.Of(SiteTime.Today(clock));
        for (var i = 0; i < Quarters; i++)
        {
            quarter = quarter.Previous;
        }

        return quarter;
    }

    /// <summary>The last complete quarter (the one before today's).</summary>
    public static Quarter LastQuarter(TimeProvider clock) => Quarter.Of(SiteTime.Today(clock)).Previous;

    /// <summary>People registered in the <paramref name="index"/>-th quarter of history: a growth trend and a summer dip.</summary>
    public static int PlannedRegistrations(Quarter quarter, int index) =>
        (int)Math.Round((22 + (4.5 * index)) * quarter.Number switch { 1 => 1.1, 2 => 1.0, 3 => 0.7, _ => 1.15 });

    /// <summary>How many people the history registers for the clock's today.</summary>
    public static int PlannedPeople(TimeProvider clock) =>
        Quarter.Range(FirstQuarter(clock), LastQuarter(clock)).Select((q, i) => PlannedRegistrations(q, i)).Sum();

    private sealed record Desk(Guid Site, string City, string Region, Guid Counsellor, int Weight);

    private static readonly (string Code, int Weight, (string Latin, string Arabic)[] Families, string[] Languages)[] Nationalities =
    [
        ("GN", 20, [("Barry", "باري"), ("Baldé", "بالدي"), ("Soumah", "سوما"), ("Kouyaté", "كوياتي"), ("Condé", "كوندي"), ("Bangoura", "بانغورا"), ("Cissé", "سيسي")], ["fr", "ff"]),
        ("CI", 15, [("Ouattara", "واتارا"), ("Kouassi", "كواسي"), ("Yao", "ياو"), ("Konan", "كونان"), ("Aka", "آكا"), ("Dosso", "دوسو")], ["fr", "dyu"]),
        ("SN", 14, [("Faye", "فاي"), ("Gueye", "غاي"), ("Sarr", "سار"), ("Mbaye", "مباي"), ("Thiam", "تيام"), ("Seck", "سيك")], ["fr", "wo"]),
        ("ML", 12, [("Sangaré", "سانغاري"), ("Doumbia", "دومبيا"), ("Sissoko", "سيسوكو"), ("Diarra", "ديارا"), ("Dembélé", "ديمبيلي"), ("Maïga", "مايغا")], ["fr", "bm"]),
        ("CM", 10, [("Fotso", "فوتسو"), ("Nkwenti", "نكوينتي"), ("Tchoupo", "تشوبو"), ("Ngono", "نغونو"), ("Mbarga", "مبارغا")], ["fr", "en"]),
        ("CD", 8, [("Tshibanda", "تشيباندا"), ("Ilunga", "إيلونغا"), ("Mukeba", "موكيبا"), ("Kalonji", "كالونجي")], ["fr", "ln"]),
        ("SY", 6, [("Al-Khatib", "الخطيب"), ("Darwish", "درويش"), ("Haj Ali", "حاج علي")], ["ar"]),
        ("NG", 5, [("Adeyemi", "أديمي"), ("Nwosu", "نووسو"), ("Balogun", "بالوغون")], ["en", "yo"]),
        ("SD", 4, [("Abdelkarim", "عبد الكريم"), ("Ishag", "إسحاق"), ("Mahjoub", "محجوب")], ["ar"]),
        ("YE", 2, [("Al-Saqqaf", "السقاف"), ("Ba Wazir", "باوزير")], ["ar"]),
        ("BF", 2, [("Ouédraogo", "ويدراوغو"), ("Compaoré", "كومباوري")], ["fr", "mos"]),
        ("TD", 1, [("Abakar", "أبكر"), ("Mahamat", "محمت")], ["fr", "ar"]),
        ("GH", 1, [("Asante", "أسانتي"), ("Owusu", "أووسو")], ["en"]),
    ];

    private static readonly (string Latin, string Arabic, Sex Sex)[] GivenNames =
    [
        ("Souleymane", "سليمان", Sex.Male), ("Ramatoulaye", "رماتولاي", Sex.Female), ("Boubacar", "أبو بكر", Sex.Male), ("Kadidia", "كاديديا", Sex.Female),
        ("Idrissa", "إدريسا", Sex.Male), ("Oumou", "أمّو", Sex.Female), ("Alassane", "آلاسان", Sex.Male), ("Djeneba", "جنبا", Sex.Female),
        ("Salif", "صالف", Sex.Male), ("Nafissatou", "نفيسة", Sex.Female), ("Cheikh", "الشيخ", Sex.Male), ("Binta", "بنتا", Sex.Female),
        ("Patrick", "باتريك", Sex.Male), ("Josiane", "جوزيان", Sex.Female), ("Serge", "سيرج", Sex.Male), ("Clarisse", "كلاريس", Sex.Female),
        ("Modibo", "موديبو", Sex.Male), ("Assitan", "أسيتان", Sex.Female),
        ("Thierno", "تييرنو", Sex.Male), ("Fanta", "فانتا", Sex.Female), ("Kwame", "كوامي", Sex.Male), ("Chiamaka", "تشياماكا", Sex.Female),
    ];

    private static readonly (string Title, string Employer)[] Jobs =
    [
        ("Opératrice de confection", "Atlas Textile SARL"), ("Commis de cuisine", "Restaurant La Sqala"), ("Agent de propreté", "Net Services Casablanca"),
        ("Manutentionnaire", "Plateforme logistique Zenata"), ("Téléconseiller", "Centre d'appels Casanearshore"), ("Aide-maçon", "Chantier Bouskoura BTP"),
        ("Cueilleur saisonnier", "Domaine agricole Oulad Teima"), ("Vendeur", "Marjane Tanger"),
    ];

    private static readonly string[] Activities =
        ["Salon de tresses africaines", "Couture et retouches", "Restauration ouest-africaine", "Réparation de téléphones", "Vente de tissus wax"];

    private static readonly string[] TrainingTitles =
        ["Aide-soignant (Centre de formation Hay Mohammadi)", "Soudure industrielle (OFPPT)", "Darija et français professionnel", "Cuisine et pâtisserie"];

    private static readonly (string Venue, VenueType Type, string Neighbourhood)[] Venues =
    [
        ("Marché de Derb Ghallef", VenueType.Market, "Derb Ghallef"), ("Cité Sidi Moumen", VenueType.HousingArea, "Sidi Moumen"),
        ("Foyer associatif Douar Hajja", VenueType.Association, "Douar Hajja"), ("Quartier Takaddoum", VenueType.HousingArea, "Takaddoum"),
        ("Marché de Casabarata", VenueType.Market, "Casabarata"), ("Quartier Boukhalef", VenueType.HousingArea, "Boukhalef"),
        ("Gare routière d'Oujda", VenueType.Other, "Centre-ville"),
    ];

    /// <summary>Given names for the Arabic-speaking nationalities (Syria, Sudan, Yemen, Chad).</summary>
    private static readonly (string Latin, string Arabic, Sex Sex)[] ArabicGivenNames =
    [
        ("Yusuf", "يوسف", Sex.Male), ("Amal", "أمل", Sex.Female), ("Tariq", "طارق", Sex.Male), ("Nour", "نور", Sex.Female),
        ("Bilal", "بلال", Sex.Male), ("Samira", "سميرة", Sex.Female), ("Hamza", "حمزة", Sex.Male), ("Rim", "ريم", Sex.Female),
        ("Khaled", "خالد", Sex.Male), ("Lina", "لينا", Sex.Female),
    ];

    /// <summary>What was seeded, per quarter (for the report and the tests).</summary>
    public sealed record Summary(IReadOnlyDictionary<int, int> RegisteredPerQuarter, int People);

    public static async Task<Summary> SeedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var anapec = await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync(cancellationToken);
        var sites = await db.Sites.Where(s => s.OrganisationId == anapec).ToDictionaryAsync(s => s.Name, cancellationToken);
        var users = await db.Users.Where(u => u.Email!.EndsWith("@" + DemoAccounts.Domain)).ToDictionaryAsync(u => u.Email!.Split('@')[0], u => u, cancellationToken);
        Guid User(string name) => users[name].Id;
        var desks = new[]
        {
            new Desk(sites[DemoOrganisations.CasablancaAgency].Id, "Casablanca", "MA-06", User("counsellor"), 45),
            new Desk(sites[DemoOrganisations.RabatAgency].Id, "Rabat", "MA-04", User("self-employment"), 32),
            new Desk(sites[DemoOrganisations.TangerAgency].Id, "Tanger", "MA-01", User("new-counsellor"), 17),
            new Desk(sites[DemoOrganisations.OujdaAgency].Id, "Oujda", "MA-02", User("new-counsellor"), 6),
        };
        var agent = User("agent");
        var officer = User("officer");
        var officer2 = User("officer2");
        var offers = await db.Offers.Where(o => o.OrganisationId != anapec).OrderBy(o => o.Id).Select(o => new { o.Id, o.OrganisationId })
            .ToListAsync(cancellationToken);
        // One offer per partner, so that referrals spread over the partners.
        var partnerOffers = offers.GroupBy(o => o.OrganisationId).Select(g => g.First()).ToList();

        var random = new Random(1717);
        var now = clock.GetUtcNow();
        var today = SiteTime.Today(clock);
        var first = FirstQuarter(clock);
        var quarters = Quarter.Range(first, LastQuarter(clock)).ToList();
        var registered = new Dictionary<int, int>();

        T Pick<T>(IReadOnlyList<T> items, Func<T, int> weight)
        {
            var roll = random.Next(items.Sum(weight));
            foreach (var item in items)
            {
                roll -= weight(item);
                if (roll < 0)
                {
                    return item;
                }
            }

            return items[^1];
        }

        DateOnly DayIn(Quarter quarter, int fromDay = 0)
        {
            var span = quarter.LastDay.DayNumber - quarter.FirstDay.DayNumber + 1;
            var day = quarter.FirstDay.AddDays(Math.Min(span - 1, fromDay + random.Next(Math.Max(1, span - fromDay))));
            // Never on a weekend: agencies are closed.
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                day = day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
            }

            // A weekend at the end of the quarter: the Friday before, so the day stays in its quarter.
            while (day > quarter.LastDay || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                day = day.AddDays(-1);
            }

            return day;
        }

        DateTimeOffset At(DateOnly day, int hour) => SiteTime.FromLocal(day, new TimeOnly(hour, random.Next(4) * 15));
        bool Chance(double probability) => random.NextDouble() < probability;

        // 1. The people, with their consents and documents.
        var people = new List<(Person Person, Desk Desk, DateOnly On, int Index)>();
        var names = new HashSet<(string, string)>();
        var number = 0;
        for (var q = 0; q < quarters.Count; q++)
        {
            var quarter = quarters[q];
            var count = PlannedRegistrations(quarter, q);
            registered[quarter.Key] = count;
            for (var i = 0; i < count; i++)
            {
                var desk = Pick(desks, d => d.Weight);
                var nationality = Pick(Nationalities, n => n.Weight);
                var family = nationality.Families[random.Next(nationality.Families.Length)];
                var pool = nationality.Languages.Contains("ar") ? ArabicGivenNames : GivenNames;
                var given = Pick(pool, g => g.Sex == Sex.Male ? 6 : 4);
                // Each name once, so the history makes no pairs for the duplicate check (the rare nationalities' names run out: another nationality then).
                for (var attempt = 0; !names.Add((given.Latin, family.Latin)) && attempt < 200; attempt++)
                {
                    nationality = attempt < 20 ? nationality : Pick(Nationalities, n => n.Weight);
                    family = nationality.Families[random.Next(nationality.Families.Length)];
                    pool = nationality.Languages.Contains("ar") ? ArabicGivenNames : GivenNames;
                    given = Pick(pool, g => g.Sex == Sex.Male ? 6 : 4);
                }

                // Mostly young adults; a few minors of 16 or 17 and a few over 55 (small cells).
                var age = random.Next(100) switch { < 3 => 16 + random.Next(2), < 38 => 18 + random.Next(7), < 75 => 25 + random.Next(10), < 92 => 35 + random.Next(10), < 97 => 45 + random.Next(10), _ => 55 + random.Next(8) };
                var on = DayIn(quarter);
                var born = on.AddYears(-age).AddDays(-random.Next(365));
                var yearOnly = Chance(0.15);
                var arabicScript = nationality.Languages.Contains("ar");
                var person = new Person
                {
                    FileNumber = $"{on.Year.ToString(CultureInfo.InvariantCulture)}-R{++number:D5}",
                    OrganisationId = anapec,
                    SiteId = desk.Site,
                    FirstName = given.Latin,
                    LastName = family.Latin,
                    FirstNameArabic = arabicScript || Chance(0.2) ? given.Arabic : null,
                    LastNameArabic = arabicScript || Chance(0.2) ? family.Arabic : null,
                    Sex = given.Sex,
                    DateOfBirth = yearOnly ? null : born,
                    BirthYear = born.Year,
                    NationalityCode = nationality.Code,
                    Languages = [.. nationality.Languages],
                    Phone = Chance(0.85) ? "+2127" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture) : null,
                    RegionCode = desk.Region,
                    City = desk.City,
                    HouseholdSize = 1 + random.Next(5),
                    HeardFrom = Pick(Enum.GetValues<HeardFrom>(), h => h switch { HeardFrom.CommunityAgent => 35, HeardFrom.Ngo => 20, HeardFrom.FriendOrFamily => 25, _ => 7 }),
                    Stage = PathwayStage.Received,
                    CreatedAt = At(on, 9 + random.Next(7)),
                };
                person.UpdatedAt = person.CreatedAt;
                people.Add((person, desk, on, people.Count));
                db.People.Add(person);
                db.PersonSearchKeys.AddRange(PersonSearchKey.For(person));
                db.Consents.Add(new Consent
                {
                    PersonId = person.Id, OrganisationId = anapec, Purpose = ConsentPurpose.Processing, Method = ConsentMethod.SignedForm,
                    GivenOn = on, RecordedBy = desk.Counsellor, RecordedAt = person.CreatedAt,
                });
                var statistics = new Consent
                {
                    PersonId = person.Id, OrganisationId = anapec, Purpose = ConsentPurpose.Statistics, Method = ConsentMethod.SignedForm,
                    GivenOn = on, RecordedBy = desk.Counsellor, RecordedAt = person.CreatedAt,
                };
                // About one in forty withdrew their consent to statistics later on.
                if (people.Count % 40 == 17)
                {
                    statistics.WithdrawnAt = SiteTime.StartOf(Min(on.AddDays(30 + random.Next(120)), today.AddDays(-1))).AddHours(11);
                    statistics.WithdrawnBy = desk.Counsellor;
                    statistics.WithdrawalNote = "Ne souhaite plus figurer dans les statistiques du programme.";
                }

                db.Consents.Add(statistics);

                var document = random.Next(100) switch
                {
                    < 25 => ("REFUGEE_CARD", "BRA", 3),
                    < 32 => ("UNHCR_CERTIFICATE", "HCR Rabat", 1),
                    < 67 => ("RESIDENCE_CARD", "DGSN", random.Next(2) == 0 ? 1 : 3),
                    < 82 => ("ASYLUM_RECEIPT", "HCR Rabat", 1),
                    < 92 => ("PASSPORT", "Ambassade", 5),
                    _ => default,
                };
                if (document.Item1 is { } type)
                {
                    var documentNumber = $"H{type[0]}-{number:D6}";
                    var issued = on.AddMonths(-random.Next(1, 10));
                    db.IdentityDocuments.Add(new IdentityDocument
                    {
                        PersonId = person.Id, OrganisationId = anapec, TypeCode = type,
                        NumberCipher = protector.ProtectText(documentNumber), NumberFingerprint = AddDocument.Fingerprint(protector, documentNumber),
                        IssuingAuthority = document.Item2, IssuedOn = issued,
                        // Renewed in time: still valid today, except a few long expired (never within the alert window).
                        ExpiresOn = Chance(0.1) ? Min(issued.AddYears(document.Item3), today.AddDays(-200)) : Max(issued.AddYears(document.Item3), today.AddDays(200 + random.Next(500))),
                        RecordedBy = desk.Counsellor, RecordedAt = person.CreatedAt,
                    });
                }
            }
        }

        // 2. Their pathways: positioning, plan, appointments, outcomes and checks, referrals.
        var outcomes = new List<(Person Person, Desk Desk, Outcome Outcome)>();
        foreach (var (person, desk, on, index) in people)
        {
            var quarterIndex = quarters.FindIndex(q => q.Key == Quarter.Of(on).Key);
            // Later quarters are served better (the trend the programme reports on).
            var better = quarterIndex / (double)Quarters;
            if (!Chance(0.82))
            {
                continue;
            }

            var positioned = Min(on.AddDays(3 + random.Next(30)), today.AddDays(-1));
            db.PositioningRecords.Add(new PositioningRecord
            {
                PersonId = person.Id, OrganisationId = anapec, InterviewedOn = positioned, CounsellorId = desk.Counsellor,
                EducationLevel = (EducationLevel)random.Next(4), Availability = Availability.FullTime,
            });
            person.Stage = PathwayStage.Positioned;
            if (!Chance(0.7 + (0.15 * better)))
            {
                continue;
            }

            var agreed = Min(positioned.AddDays(5 + random.Next(40)), today.AddDays(-1));
            var plan = new ActionPlan
            {
                PersonId = person.Id, OrganisationId = anapec, Goal = "Accéder à un emploi ou à une formation qualifiante",
                Status = ActionPlanStatus.Completed, AgreedOn = agreed, AgreementMethod = Chance(0.25) ? AgreementMethod.Oral : AgreementMethod.Signed,
                AgreementRecordedBy = desk.Counsellor, CreatedAt = At(agreed, 10),
            };
            db.ActionPlans.Add(plan);
            person.Stage = PathwayStage.InActionPlan;
            var appointments = 1 + random.Next(3);
            for (var a = 0; a < appointments; a++)
            {
                var starts = At(agreed.AddDays(14 + (a * 30) + random.Next(10)), 9 + random.Next(7));
                if (starts > now.AddDays(-2))
                {
                    break;
                }

                db.Appointments.Add(new Appointment
                {
                    PersonId = person.Id, OrganisationId = anapec, CounsellorId = desk.Counsellor, StartsAt = starts, DurationMinutes = 30,
                    EndsAt = starts.AddMinutes(30), Channel = AppointmentChannel.AtAgency, SiteId = desk.Site, Purpose = "Suivi du plan d'action",
                    Status = Chance(0.15) ? AppointmentStatus.NoShow : AppointmentStatus.Attended, CreatedAt = starts.AddDays(-10),
                });
            }

            // Referrals to the partners: about four in ten, most served.
            if (partnerOffers.Count > 0 && Chance(0.42))
            {
                var offer = partnerOffers[random.Next(partnerOffers.Count)];
                var sentOn = Min(agreed.AddDays(2 + random.Next(20)), today.AddDays(-2));
                var sent = At(sentOn, 11);
                var served = Chance(0.6 + (0.2 * better));
                var endedAt = Min(sent.AddDays(20 + random.Next(40)), now.AddHours(-1));
                var id = Guid.CreateVersion7(sent);
                db.Referrals.Add(new Referral
                {
                    Id = id, Reference = ReferralAccess.NewReference(id), PersonId = person.Id, SenderOrganisationId = anapec, SenderSiteId = desk.Site,
                    SenderUserId = desk.Counsellor, OfferId = offer.Id, RecipientOrganisationId = offer.OrganisationId,
                    Status = served ? ReferralStatus.Completed : ReferralStatus.Closed, Reason = "Accompagnement complémentaire", RespondBy = sentOn.AddDays(10),
                    SentAt = sent, ReceivedAt = sent.AddHours(20), RespondedAt = sent.AddDays(3), CompletedAt = served ? endedAt : null,
                    ClosedAt = served ? null : endedAt, CreatedAt = sent, UpdatedAt = endedAt,
                });
                db.ReferralEvents.AddRange(
                    new ReferralEvent { ReferralId = id, At = sent, ByOrganisationId = anapec, ByUserId = desk.Counsellor, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Sent },
                    new ReferralEvent { ReferralId = id, At = sent.AddDays(3), ByOrganisationId = offer.OrganisationId, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Accepted },
                    served
                        ? new ReferralEvent { ReferralId = id, At = endedAt, ByOrganisationId = offer.OrganisationId, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Completed }
                        : new ReferralEvent { ReferralId = id, At = endedAt, ByOrganisationId = anapec, ByUserId = desk.Counsellor, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Closed });
            }

            // Outcomes: a job for a third or so, an activity, a training.
            var roll = random.NextDouble();
            var started = agreed.AddDays(20 + random.Next(120));
            if (started >= today)
            {
                continue;
            }

            Outcome? outcome = roll switch
            {
                var r when r < 0.30 + (0.12 * better) => new Outcome
                {
                    Kind = OutcomeKind.Employed, OccupationTitle = Jobs[random.Next(Jobs.Length)].Title, EmployerName = Jobs[random.Next(Jobs.Length)].Employer,
                    ContractType = (ContractType)random.Next(3), WorkingTime = Chance(0.2) ? WorkingTime.PartTime : WorkingTime.FullTime,
                    PersonId = person.Id, OrganisationId = anapec, StartsOn = started, RecordedBy = desk.Counsellor, RecordedAt = At(started, 16),
                },
                var r when r < 0.40 + (0.14 * better) => new Outcome
                {
                    Kind = OutcomeKind.SelfEmployed, Activity = Activities[random.Next(Activities.Length)],
                    SelfEmploymentStatus = Chance(0.5) ? SelfEmploymentStatus.AutoEntrepreneur : SelfEmploymentStatus.CooperativeMember,
                    CooperativeName = null, PersonId = person.Id, OrganisationId = anapec, StartsOn = started, RecordedBy = desk.Counsellor, RecordedAt = At(started, 16),
                },
                var r when r < 0.58 + (0.14 * better) => new Outcome
                {
                    Kind = OutcomeKind.InTraining, TrainingTitle = TrainingTitles[random.Next(TrainingTitles.Length)], ExpectedEndOn = started.AddMonths(6),
                    PersonId = person.Id, OrganisationId = anapec, StartsOn = started, RecordedBy = desk.Counsellor, RecordedAt = At(started, 16),
                },
                _ => null,
            };
            if (outcome is null)
            {
                continue;
            }

            if (outcome.SelfEmploymentStatus == SelfEmploymentStatus.CooperativeMember)
            {
                outcome.CooperativeName = "Coopérative Tamount";
            }

            outcome.CreatedAt = outcome.RecordedAt;
            db.Outcomes.Add(outcome);
            person.Stage = outcome.Stage;
            outcomes.Add((person, desk, outcome));
            if (!outcome.SchedulesChecks)
            {
                continue;
            }

            // The checks already due, all recorded: most still in work, fewer as months pass.
            var stillInWork = true;
            foreach (var months in FollowUpCheck.Months)
            {
                var due = started.AddMonths(months);
                if (due >= today.AddDays(-7))
                {
                    break;
                }

                stillInWork = stillInWork && Chance(months switch { 3 => 0.85, 6 => 0.8, _ => 0.75 });
                var unreachable = Chance(0.08);
                var done = due.AddDays(random.Next(6));
                db.FollowUpChecks.Add(new FollowUpCheck
                {
                    OutcomeId = outcome.Id, PersonId = person.Id, OrganisationId = anapec, AfterMonths = months, DueOn = due,
                    Status = unreachable ? CheckStatus.Missed : CheckStatus.Done,
                    Result = unreachable ? CheckResult.Unreachable : stillInWork ? CheckResult.StillInJob : CheckResult.WithoutWork,
                    DoneOn = done, DoneAt = At(done, 15), DoneBy = desk.Counsellor, CreatedAt = outcome.RecordedAt,
                });
                if (unreachable)
                {
                    break;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // 3. Grants paid: a first phase of the self-employment and training grants, closed at the end of the history.
        SeedGrants(db, protector, anapec, outcomes, first, LastQuarter(clock), officer, officer2, users["admin"].Id, random, clock);

        // 4. Outreach, pre-registrations and information sessions, quarter by quarter.
        var byQuarter = people.ToLookup(p => Quarter.Of(p.On).Key);
        var seasonal = new Dictionary<int, double> { [1] = 1.1, [2] = 1.0, [3] = 0.6, [4] = 1.2 };
        var walkIns = 0;
        for (var q = 0; q < quarters.Count; q++)
        {
            var quarter = quarters[q];
            var outings = (int)Math.Round((5 + (q * 0.8)) * seasonal[quarter.Number]);
            var activities = new List<OutreachActivity>();
            for (var o = 0; o < outings; o++)
            {
                var desk = Pick(desks, d => d.Weight);
                var venue = desk.City switch
                {
                    "Casablanca" => Venues[random.Next(2) == 0 ? 0 : random.Next(2) == 0 ? 1 : 4],
                    "Rabat" => Venues[random.Next(2) == 0 ? 2 : 3],
                    "Tanger" => Venues[5],
                    _ => Venues[6],
                };
                var at = At(DayIn(quarter), random.Next(2) == 0 ? 10 : 16);
                var activity = new OutreachActivity
                {
                    OrganisationId = anapec, SiteId = desk.Site, PlannedAt = at, Status = OutreachStatus.Done, RegionCode = desk.Region, City = desk.City,
                    Neighbourhood = venue.Neighbourhood, VenueType = venue.Type, VenueName = venue.Venue, Languages = ["fr", "ar"], CreatedAt = at.AddDays(-10),
                    Reached = [.. from sex in Enum.GetValues<Sex>()
                                  from band in Enum.GetValues<Outreach.AgeBand>()
                                  let count = random.Next(band switch { Outreach.AgeBand.Under18 => 3, Outreach.AgeBand.From35 => 7, _ => 10 + q }) + (sex == Sex.Male ? 1 : 0)
                                  where count > 0
                                  select new ReachCount { Sex = sex, AgeBand = band, Count = count }],
                    Materials = [new MaterialCount { Kind = MaterialKind.Leaflet, Count = 30 + random.Next(40) }],
                };
                activity.ReachedTotal = activity.Reached.Sum(r => r.Count);
                activity.Agents.Add(new OutreachActivityAgent { ActivityId = activity.Id, AgentId = agent });
                activities.Add(activity);
            }

            db.OutreachActivities.AddRange(activities);

            // Pre-registrations met at the outings: some became this quarter's files, the others were closed or stayed open then lapsed.
            var files = byQuarter[quarter.Key].Where(p => p.Person.HeardFrom == HeardFrom.CommunityAgent).ToList();
            var preRegistrations = new List<PreRegistration>();
            var extra = (int)Math.Round((14 + (2.5 * q)) * seasonal[quarter.Number]);
            for (var p = 0; p < files.Count + extra; p++)
            {
                var activity = activities[random.Next(activities.Count)];
                var metAt = activity.PlannedAt.AddMinutes(20 + random.Next(90));
                var file = p < files.Count ? files[p] : default;
                var nationality = Pick(Nationalities, n => n.Weight);
                var given = GivenNames[walkIns++ % GivenNames.Length];
                var pre = new PreRegistration
                {
                    OrganisationId = anapec, SiteId = activity.SiteId, Source = PreRegistrationSource.Outreach, OutreachActivityId = activity.Id, AgentId = agent,
                    FirstName = file.Person?.FirstName ?? given.Latin,
                    LastName = file.Person?.LastName ?? nationality.Families[random.Next(nationality.Families.Length)].Latin,
                    Sex = file.Person?.Sex ?? given.Sex, NationalityCode = file.Person?.NationalityCode ?? nationality.Code, Language = nationality.Languages[0],
                    Interests = [Interest.JobSearch], ContactConsent = false, CreatedAt = metAt, CreatedBy = agent,
                };
                if (file.Person is { } person)
                {
                    // Met before they came to the agency.
                    pre.CreatedAt = Min(metAt, person.CreatedAt.AddDays(-3 - random.Next(20)));
                    pre.Status = PreRegistrationStatus.Converted;
                    pre.PersonId = person.Id;
                    pre.ConvertedAt = person.CreatedAt;
                    pre.ConvertedBy = file.Desk.Counsellor;
                }
                else
                {
                    pre.Status = PreRegistrationStatus.Closed;
                    pre.CloseReason = random.Next(3) == 0 ? PreRegistrationCloseReason.Declined : PreRegistrationCloseReason.Unreachable;
                    pre.ClosedAt = Min(metAt.AddDays(21), now.AddDays(-1));
                    pre.ClosedBy = agent;
                }

                preRegistrations.Add(pre);
            }

            db.PreRegistrations.AddRange(preRegistrations);

            // Two or three information sessions a quarter; attended by pre-registered people and by people before they registered.
            var sessions = quarter.Number == 3 ? 2 : 3;
            var invited = new Queue<PreRegistration>(preRegistrations.OrderBy(_ => random.Next()));
            var registrants = new Queue<(Person Person, Desk Desk, DateOnly On, int Index)>(byQuarter[quarter.Key].Where(_ => Chance(0.4)));
            for (var s = 0; s < sessions; s++)
            {
                var desk = desks[s % 2];
                var startsAt = At(DayIn(quarter, s * 28), 10);
                var session = new InfoSession
                {
                    OrganisationId = anapec, SiteId = desk.Site, Topic = (SessionTopic)(s % 3), Title = (s % 3) switch
                    {
                        0 => "Se former à un métier : les formations qualifiantes",
                        1 => "Les services de l'ANAPEC pour les personnes migrantes",
                        _ => "Créer son activité : accompagnement et subventions",
                    },
                    StartsAt = startsAt, DurationMinutes = 90, Language = "fr", Capacity = 25, AgentId = agent, CounsellorId = desk.Counsellor,
                    Status = SessionStatus.Held, CreatedAt = startsAt.AddDays(-21),
                };
                db.InfoSessions.Add(session);
                var seats = 8 + random.Next(6) + q;
                for (var r = 0; r < seats && (invited.Count > 0 || registrants.Count > 0); r++)
                {
                    var attended = Chance(0.78);
                    // Every other seat to someone who then registered at the agency, the others to people met at the outings.
                    var person = r % 2 == 0 && registrants.Count > 0 ? registrants.Dequeue().Person.Id : (Guid?)null;
                    var pre = person is null && invited.Count > 0 ? invited.Dequeue().Id : (Guid?)null;
                    person ??= pre is null ? registrants.Dequeue().Person.Id : null;
                    var registration = new SessionRegistration
                    {
                        SessionId = session.Id, OrganisationId = anapec, PersonId = person, PreRegistrationId = pre,
                        Status = attended ? RegistrationStatus.Attended : RegistrationStatus.Absent,
                        AttendanceTakenAt = startsAt.AddMinutes(20), FollowUp = attended ? SessionFollowUp.BookedForPositioning : SessionFollowUp.None,
                        CreatedAt = startsAt.AddDays(-7),
                    };
                    db.SessionRegistrations.Add(registration);
                }
            }
        }

        // 5. Staff trained: a cycle on interculturality and the multi-actor system, completed by staff of the service and its partners.
        SeedStaffTraining(db, anapec, users, quarters, random);

        await db.SaveChangesAsync(cancellationToken);
        return new Summary(registered, people.Count);
    }

    private static void SeedGrants(AmudduDbContext db, FieldProtector protector, Guid anapec, List<(Person Person, Desk Desk, Outcome Outcome)> outcomes,
        Quarter first, Quarter last, Guid officer, Guid officer2, Guid admin, Random random, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var programme = new Programme
        {
            OrganisationId = anapec, Code = "AE-PHASE1", Name = "Subventions à l'auto-emploi et bourses de formation – phase 1 (clôturée)",
            Kind = ProgrammeKind.SelfEmploymentGrant, Status = ProgrammeStatus.Closed,
            Funder = "Coopération belge – Enabel, projet d'appui à l'insertion des migrants (démo)",
            Description = "Première phase du programme : subventions de démarrage versées en deux tranches aux personnes qui lancent leur activité.",
            BudgetCentimes = 1_800_000_00, StartsOn = first.FirstDay, EndsOn = last.LastDay, AmountPolicy = AmountPolicy.Ceiling, AmountCentimes = 30_000_00,
            Tranches =
            [
                new() { Number = 1, Condition = TrancheCondition.PurchaseReceipts, Percent = 70, Month = 0 },
                new() { Number = 2, Condition = TrancheCondition.ActivityStarted, Percent = 30, Month = 2 },
            ],
            RequiredDocuments = [ApplicationDocumentKind.BusinessPlan],
            DecisionDays = 30, CreatedBy = admin, CreatedAt = SiteTime.StartOf(first.FirstDay.AddDays(-30)),
        };
        db.Programmes.Add(programme);
        var number = 0;
        foreach (var (person, desk, outcome) in outcomes.Where(o => o.Outcome.Kind == OutcomeKind.SelfEmployed))
        {
            if (random.Next(10) < 2)
            {
                continue;
            }

            var approved = (10 + random.Next(21)) * 1_000_00L;
            var decided = SiteTime.StartOf(outcome.StartsOn.AddDays(-20)).AddHours(10);
            var id = Guid.CreateVersion7(decided);
            var application = new SupportApplication
            {
                Id = id, Reference = ApplicationAccess.NewReference(id), ProgrammeId = programme.Id, OrganisationId = anapec, PersonId = person.Id,
                Status = ApplicationStatus.Completed, Purpose = outcome.Activity ?? "Activité indépendante", StartsOn = outcome.StartsOn,
                RegionCode = person.RegionCode, RequestedCentimes = approved, ApprovedCentimes = approved, DecidedAt = decided, ContractedAt = decided.AddDays(5),
                PayeeChannel = PaymentChannel.BankTransfer, PayeeName = $"{person.FirstName} {person.LastName}",
                PayeeAccountCipher = protector.ProtectText($"011 780 0000{random.Next(10_000_000, 99_999_999)} 00 {random.Next(10, 99)}"),
                CreatedBy = desk.Counsellor, CreatedAt = decided.AddDays(-30),
            };
            db.Applications.Add(application);
            var shares = new[] { approved * 70 / 100, approved - (approved * 70 / 100) };
            for (var n = 0; n < 2; n++)
            {
                var paidOn = outcome.StartsOn.AddMonths(n * 2).AddDays(random.Next(10));
                var paidAt = SiteTime.StartOf(paidOn).AddHours(11);
                if (paidAt > now.AddDays(-3))
                {
                    break;
                }

                var tranche = new Tranche
                {
                    ApplicationId = id, ProgrammeId = programme.Id, OrganisationId = anapec, Number = n + 1,
                    Condition = n == 0 ? TrancheCondition.PurchaseReceipts : TrancheCondition.ActivityStarted, Month = n * 2,
                    DueOn = outcome.StartsOn.AddMonths(n * 2), AmountCentimes = shares[n], Status = TrancheStatus.Paid,
                    ConditionMetAt = paidAt.AddDays(-2), ConditionMetBy = officer2,
                    Evidence = n == 0 ? "Factures d'achat du matériel de départ." : "Visite de démarrage : activité ouverte.", CreatedBy = officer,
                };
                db.Tranches.Add(tranche);
                var key = $"history-{application.Reference}-{n + 1}";
                db.PaymentOrders.Add(new PaymentOrder
                {
                    Reference = $"PAY-HIST{++number:D6}", IdempotencyKey = key,
                    RequestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
                    OrganisationId = anapec, ProgrammeId = programme.Id, ApplicationId = id, TrancheId = tranche.Id, ActiveTrancheId = tranche.Id,
                    AmountCentimes = shares[n], Channel = PaymentChannel.BankTransfer, PayeeName = application.PayeeName, PayeeAccountCipher = application.PayeeAccountCipher,
                    Status = PaymentStatus.Paid, CreatedAt = paidAt.AddDays(-2), CreatedBy = officer, ExportBatch = $"VIR-{paidAt:yyyyMMdd}-H",
                    ExportedAt = paidAt.AddDays(-1), BankReference = $"BQH{number:D7}", SettledOn = paidOn,
                });
            }
        }
    }

    private static void SeedStaffTraining(AmudduDbContext db, Guid anapec, Dictionary<string, Access.StaffUser> users, List<Quarter> quarters, Random random)
    {
        var vdab = db.Organisations.Local.FirstOrDefault(o => o.Name == DemoOrganisations.Vdab)?.Id
            ?? db.Organisations.Where(o => o.Name == DemoOrganisations.Vdab).Select(o => o.Id).Single();
        // Two promotions: one in the first year of history, one in the second.
        string[][] promotions =
        [
            ["counsellor", "self-employment", "agent", "caseworker"],
            ["new-counsellor", "officer", "ngo-counsellor", "trainer", "officer2"],
        ];
        for (var p = 0; p < promotions.Length; p++)
        {
            var quarter = quarters[(p * 4) + 2];
            var cycle = new TrainingCycle
            {
                OrganisationId = anapec, Title = $"Interculturalité et système multi-acteurs – promotion {quarter.Year.ToString(CultureInfo.InvariantCulture)} (démo, historique)",
                DeliveredById = vdab, StartsOn = quarter.FirstDay, EndsOn = quarter.LastDay.AddDays(-10), Capacity = 12, Status = CycleStatus.Closed,
                TargetRoles = [Access.Roles.Counsellor, Access.Roles.CommunityAgent, Access.Roles.PartnerCaseworker],
                CreatedAt = SiteTime.StartOf(quarter.FirstDay.AddDays(-30)),
            };
            db.TrainingCycles.Add(cycle);
            var modules = new[]
            {
                new TrainingModule { CycleId = cycle.Id, Number = 1, Title = "Interculturalité et inclusion", DurationHours = 12, Theme = ModuleTheme.Interculturality },
                new TrainingModule { CycleId = cycle.Id, Number = 2, Title = "Le système multi-acteurs de l'insertion", DurationHours = 12, Theme = ModuleTheme.MultiActorSystem },
            };
            db.TrainingModules.AddRange(modules);
            foreach (var name in promotions[p].Where(users.ContainsKey))
            {
                var user = users[name];
                var participant = new CycleParticipant
                {
                    CycleId = cycle.Id, UserId = user.Id, NominatedBy = users["trainer"].Id, NominatedAt = cycle.CreatedAt, Status = ParticipantStatus.Enrolled,
                    CreatedAt = cycle.CreatedAt,
                };
                db.CycleParticipants.Add(participant);
                foreach (var module in modules)
                {
                    db.ModuleCompletions.Add(new ModuleCompletion
                    {
                        ParticipantId = participant.Id, ModuleId = module.Id, UserId = user.Id,
                        CompletedOn = cycle.StartsOn.AddDays((module.Number * 25) + random.Next(5)),
                    });
                }
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
