using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

/// <summary>What the measurements need to know of a generated database.</summary>
internal sealed record BenchWorld(Guid OrganisationId, Guid AnalystId, IReadOnlyList<Guid> ProgrammeIds, DateOnly Today);

/// <summary>
/// Fills one organisation's database, through the product's migrations and entities, with N people and their pathway
/// over the last 24 months: identity documents, positioning, action plans and steps, appointments, outcomes and their
/// follow-up checks, referrals to partners with their events, applications to a few programmes with tranches and
/// payment orders, outreach activities, pre-registrations and info-session registrations. About 13 rows a person.
/// A database that already holds the bench's people is reused as it is.
/// </summary>
internal static class Generator
{
    public const string AgencyName = "Reporting bench agency";

    /// <summary>Moroccan regions, most people in the first few.</summary>
    private static readonly string[] Regions = [.. Enumerable.Range(1, 12).Select(i => $"MA-{i:D2}")];

    private static readonly string[] Cities =
        ["Tanger", "Oujda", "Fès", "Rabat", "Béni Mellal", "Casablanca", "Marrakech", "Errachidia", "Agadir", "Guelmim", "Laâyoune", "Dakhla"];

    /// <summary>About 40 nationalities, skewed (a few make most of the registry).</summary>
    private static readonly string[] Nationalities =
    [
        "GN", "SN", "CI", "ML", "CM", "CD", "NG", "SD", "SY", "YE", "BF", "NE", "TD", "GH", "SL", "LR", "CG", "GA", "BJ", "TG",
        "GM", "GW", "MR", "DZ", "TN", "LY", "EG", "ER", "ET", "SO", "SS", "CF", "RW", "BI", "UG", "KE", "PS", "IQ", "BD", "PK",
    ];

    private static readonly string[] DocumentTypes = ["RESIDENCE_CARD", "RESIDENCE_CARD", "REFUGEE_CARD", "UNHCR_CERTIFICATE", "ASYLUM_RECEIPT", "PASSPORT", "PASSPORT"];

    private static readonly string[] Given = ["Mohamed", "Fatima", "Aminata", "Ousmane", "Ibrahim", "Mariam", "Aicha", "Moussa", "Khadija", "Youssef", "Grace", "Emmanuel"];

    private static readonly ReferralStatus[] Path = [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed, ReferralStatus.Closed];

    public static async Task<BenchWorld> EnsureAsync(DbContextOptions<AmudduDbContext> options, DatabaseProvider provider, int size)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = new AmudduDbContext(options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            // The project keeps one Initial migration, regenerated when the model changes: a database generated under an
            // earlier Initial is taken as under this one (a change between them is of indexes, which Program makes).
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            var current = db.Database.GetMigrations().ToList();
            if (applied is [var old] && current is [var now] && old != now && old.EndsWith("_Initial", StringComparison.Ordinal) && now.EndsWith("_Initial", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"{provider}: generated under migration {old}, taken as {now}");
                await db.Database.ExecuteSqlAsync($"UPDATE \"__EFMigrationsHistory\" SET \"MigrationId\" = {now} WHERE \"MigrationId\" = {old}");
            }

            await db.Database.MigrateAsync();
            if (await db.Organisations.SingleOrDefaultAsync(o => o.Name == AgencyName) is { } existing)
            {
                var filled = await db.People.CountAsync(p => p.OrganisationId == existing.Id);
                if (filled != size)
                {
                    throw new InvalidOperationException($"The database holds {filled:N0} bench people, not {size:N0}: drop it (or give another --sqlite/--pg database).");
                }

                Console.Error.WriteLine($"{provider}: reusing the generated database ({filled:N0} people)");
                return await WorldAsync(db, existing.Id, today);
            }
        }

        var watch = Stopwatch.StartNew();
        var organisationId = await FillAsync(options, provider, size);
        Console.WriteLine($"{provider}: generated {size:N0} people and their pathway in {watch.Elapsed.TotalMinutes:0.0} min");
        await using var done = new AmudduDbContext(options);
        return await WorldAsync(done, organisationId, today);
    }

    private static async Task<BenchWorld> WorldAsync(AmudduDbContext db, Guid organisationId, DateOnly today)
    {
        var analyst = await db.Users.Where(u => u.OrganisationId == organisationId && u.DisplayName.StartsWith("Analyst")).Select(u => u.Id).FirstAsync();
        var programmes = await db.Programmes.Where(p => p.OrganisationId == organisationId).OrderBy(p => p.Code).Select(p => p.Id).ToListAsync();
        return new BenchWorld(organisationId, analyst, programmes, today);
    }

    private static async Task<Guid> FillAsync(DbContextOptions<AmudduDbContext> options, DatabaseProvider provider, int size)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(20261207);
        var now = DateTimeOffset.UtcNow;
        var start = now.AddMonths(-24);

        // The organisation, its 50 sites over 12 regions, its staff, partner organisations and their services.
        var agency = new Organisation { Name = AgencyName, Acronym = "RBA", Kind = OrganisationKind.EmploymentService, RegionCode = "MA-04", IsPlatformOperator = true, CreatedAt = start, UpdatedAt = start };
        var sites = Enumerable.Range(0, 50).Select(i =>
        {
            var region = (int)(Regions.Length * Math.Pow((i + 0.5) / 50.0, 1.8));
            return new Site { OrganisationId = agency.Id, Name = $"Agence {Cities[region]} {i + 1:D2}", RegionCode = Regions[region], City = Cities[region], CreatedAt = start, UpdatedAt = start };
        }).ToList();
        var counsellors = Enumerable.Range(0, 120).Select(i => Staff(agency.Id, sites[i % sites.Count].Id, $"Counsellor {i + 1:D3}", start)).ToList();
        var agents = Enumerable.Range(0, 40).Select(i => Staff(agency.Id, sites[i % sites.Count].Id, $"Agent {i + 1:D3}", start)).ToList();
        var analyst = Staff(agency.Id, null, "Analyst 001", start);
        var partners = Enumerable.Range(0, 12).Select(i => new Organisation
        {
            Name = $"Partner {i + 1:D2}", Kind = i % 3 == 0 ? OrganisationKind.TrainingProvider : OrganisationKind.Ngo, RegionCode = Regions[i % Regions.Length], CreatedAt = start, UpdatedAt = start,
        }).ToList();
        var offers = partners.SelectMany((p, i) => Enumerable.Range(0, 3).Select(k => new Offer
        {
            OrganisationId = p.Id, Kind = (OfferKind)((i + k) % 6), Status = OfferStatus.Published, RegionCode = p.RegionCode!, City = Cities[(i + k) % Cities.Length],
            Texts = [new OfferText { Language = "fr", Name = $"Service {k + 1} de {p.Name}" }], CreatedAt = start, UpdatedAt = start, PublishedAt = start,
        })).ToList();
        var programmes = Enumerable.Range(0, 3).Select(i => new Programme
        {
            OrganisationId = agency.Id, Code = $"BENCH-{i + 1}", Name = $"Programme {i + 1}", Kind = (ProgrammeKind)i, Status = ProgrammeStatus.Open, Funder = "Bench donor",
            BudgetCentimes = 2_000_000_000_00L, StartsOn = DateOnly.FromDateTime(start.UtcDateTime), EndsOn = DateOnly.FromDateTime(now.UtcDateTime).AddYears(1),
            AmountPolicy = AmountPolicy.Fixed, AmountCentimes = 10_000_00, CreatedAt = start, UpdatedAt = start,
        }).ToList();
        var budgetLines = programmes.SelectMany(p => Regions.Select(r => new ProgrammeBudgetLine { ProgrammeId = p.Id, RegionCode = r, BudgetCentimes = p.BudgetCentimes / Regions.Length })).ToList();
        var sessions = new List<InfoSession>();
        for (var day = start; day < now; day = day.AddDays(7))
        {
            foreach (var site in sites)
            {
                for (var k = 0; k < 2; k++)
                {
                    var at = new DateTimeOffset(day.Year, day.Month, day.Day, 9 + (5 * k), 0, 0, TimeSpan.Zero).AddDays(k * 2);
                    sessions.Add(new InfoSession
                    {
                        OrganisationId = agency.Id, SiteId = site.Id, Topic = (SessionTopic)random.Next(6), Title = "Séance d'information", StartsAt = at, DurationMinutes = 90,
                        Language = "fr", Capacity = 40, AgentId = agents[random.Next(agents.Count)].Id, Status = at < now ? SessionStatus.Held : SessionStatus.Published,
                        CreatedAt = at.AddDays(-14), UpdatedAt = at,
                    });
                }
            }
        }

        await using (var db = new AmudduDbContext(options))
        {
            db.Organisations.Add(agency);
            db.Organisations.AddRange(partners);
            db.Sites.AddRange(sites);
            db.Users.AddRange([.. counsellors, .. agents, analyst]);
            await db.SaveChangesAsync();
            db.Offers.AddRange(offers);
            db.Programmes.AddRange(programmes);
            db.ProgrammeBudgetLines.AddRange(budgetLines);
            await db.SaveChangesAsync();
        }

        // Outreach activities: a few a day over the period, with their agents (owned lists as JSON: through EF, a few thousand).
        var activityIds = new List<(Guid Id, Guid SiteId, DateTimeOffset At, Guid Agent)>();
        for (var day = start; day < now; day = day.AddDays(1))
        {
            await using var db = new AmudduDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var k = random.Next(20, 40); k > 0; k--)
            {
                var site = sites[(int)(sites.Count * Math.Pow(random.NextDouble(), 1.5))];
                var at = day.AddMinutes(random.Next(8 * 60, 18 * 60));
                var agent = agents[random.Next(agents.Count)];
                var reached = random.Next(5, 60);
                var done = at < now && random.Next(10) != 0;
                var activity = new OutreachActivity
                {
                    OrganisationId = agency.Id, SiteId = site.Id, PlannedAt = at, Status = done ? OutreachStatus.Done : at < now ? OutreachStatus.Cancelled : OutreachStatus.Planned,
                    RegionCode = site.RegionCode, City = site.City, VenueType = (VenueType)random.Next(6), Languages = ["fr", "en"],
                    Reached = done ? [new ReachCount { Sex = Sex.Female, AgeBand = AgeBand.From25To34, Count = reached / 2 }, new ReachCount { Sex = Sex.Male, AgeBand = AgeBand.From18To24, Count = reached - (reached / 2) }] : [],
                    ReachedTotal = done ? reached : 0, CreatedAt = at.AddDays(-3), UpdatedAt = at,
                };
                activity.Agents.Add(new OutreachActivityAgent { ActivityId = activity.Id, AgentId = agent.Id });
                if (random.Next(3) == 0)
                {
                    var second = agents[random.Next(agents.Count)];
                    if (second.Id != agent.Id)
                    {
                        activity.Agents.Add(new OutreachActivityAgent { ActivityId = activity.Id, AgentId = second.Id });
                    }
                }

                db.OutreachActivities.Add(activity);
                if (done)
                {
                    activityIds.Add((activity.Id, site.Id, at, agent.Id));
                }
            }

            await db.SaveChangesAsync();
        }

        await using var bulk = new AmudduDbContext(options);
        bulk.Database.SetCommandTimeout(TimeSpan.FromMinutes(60));
        var people = new BulkWriter<Person>(bulk);
        var documents = new BulkWriter<IdentityDocument>(bulk);
        var positioning = new BulkWriter<PositioningRecord>(bulk);
        var plans = new BulkWriter<ActionPlan>(bulk);
        var steps = new BulkWriter<ActionPlanStep>(bulk);
        var appointments = new BulkWriter<Appointment>(bulk);
        var outcomes = new BulkWriter<Outcome>(bulk);
        var checks = new BulkWriter<FollowUpCheck>(bulk);
        var referrals = new BulkWriter<Referral>(bulk);
        var referralEvents = new BulkWriter<ReferralEvent>(bulk);
        var infoSessions = new BulkWriter<InfoSession>(bulk);
        var preRegistrations = new BulkWriter<PreRegistration>(bulk);
        var registrations = new BulkWriter<SessionRegistration>(bulk);
        var applications = new BulkWriter<SupportApplication>(bulk);
        var tranches = new BulkWriter<Tranche>(bulk);
        var orders = new BulkWriter<PaymentOrder>(bulk);
        IBulkWriter[] parentsFirst = [people, documents, positioning, plans, steps, appointments, outcomes, checks, referrals, referralEvents, infoSessions, preRegistrations, registrations, applications, tranches, orders];
        var indexes = provider == DatabaseProvider.Sqlite ? await DropSqliteIndexesAsync(bulk, parentsFirst.Select(w => w.Table)) : [];
        foreach (var session in sessions)
        {
            infoSessions.Add(session);
        }

        var sessionsBySite = sessions.GroupBy(s => s.SiteId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartsAt).ToList());
        var minutesPerPerson = (now - start).TotalMinutes / size;
        long rows = sessions.Count;
        var nationalityWeights = Nationalities.Select((_, i) => 1.0 / Math.Pow(i + 1, 1.1)).ToArray();
        var nationalityTotal = nationalityWeights.Sum();
        string Nationality()
        {
            var x = random.NextDouble() * nationalityTotal;
            for (var i = 0; i < nationalityWeights.Length; i++)
            {
                x -= nationalityWeights[i];
                if (x <= 0)
                {
                    return Nationalities[i];
                }
            }

            return Nationalities[^1];
        }

        DateTimeOffset Between(DateTimeOffset from, double maxDays) => Ms(from.AddDays(random.NextDouble() * Math.Max(0, Math.Min(maxDays, (now - from).TotalDays))));
        long sequence = 1;
        var orderNumber = 0;
        for (var i = 0; i < size; i++)
        {
            var created = Ms(start.AddMinutes(i * minutesPerPerson));
            var site = sites[(int)(sites.Count * Math.Pow(random.NextDouble(), 1.5))];
            var counsellor = counsellors[random.Next(counsellors.Count)].Id;
            var born = new DateOnly(1965, 1, 1).AddDays(random.Next(365 * 42));
            var dateKnown = random.Next(10) < 7;
            var nationality = Nationality();
            var person = new Person
            {
                FileNumber = $"R{i:D9}", OrganisationId = agency.Id, SiteId = site.Id, CounsellorId = random.Next(10) == 0 ? null : counsellor,
                FirstName = Given[random.Next(Given.Length)], LastName = $"Bench{i % 997}", Sex = random.Next(100) < 58 ? Sex.Male : Sex.Female,
                DateOfBirth = dateKnown ? born : null, BirthYear = born.Year, NationalityCode = nationality, Languages = ["fr"], RegionCode = site.RegionCode, City = site.City,
                HeardFrom = (HeardFrom)random.Next(6), Stage = PathwayStage.Received, CreatedAt = created, UpdatedAt = created, Version = 1, ChangeSequence = sequence++,
            };
            rows++;

            // Legal-status documents: most have one, some two, one in five expired.
            for (var n = random.Next(10) < 7 ? 1 + (random.Next(5) == 0 ? 1 : 0) : 0; n > 0; n--)
            {
                var issued = DateOnly.FromDateTime(created.UtcDateTime).AddDays(-random.Next(700));
                documents.Add(new IdentityDocument
                {
                    PersonId = person.Id, OrganisationId = agency.Id, TypeCode = DocumentTypes[random.Next(DocumentTypes.Length)], NumberCipher = "bench",
                    NumberFingerprint = $"rb-{i}-{n}", IssuedOn = issued, ExpiresOn = random.Next(5) == 0 ? issued.AddDays(200) : issued.AddYears(random.Next(1, 6)), RecordedAt = created,
                });
                rows++;
            }

            var age = (now - created).TotalDays;
            var positioned = random.Next(100) < 62 && age > 7;
            if (positioned)
            {
                var on = DateOnly.FromDateTime(Between(created, 30).UtcDateTime);
                positioning.Add(new PositioningRecord
                {
                    PersonId = person.Id, OrganisationId = agency.Id, InterviewedOn = on, CounsellorId = counsellor, EducationLevel = (EducationLevel)random.Next(7),
                    Availability = Availability.FullTime, CreatedAt = created, UpdatedAt = created, Version = 1,
                });
                person.Stage = PathwayStage.Positioned;
                rows++;
            }

            if (positioned && random.Next(100) < 72)
            {
                var planAt = Between(created, 60);
                var plan = new ActionPlan
                {
                    PersonId = person.Id, OrganisationId = agency.Id, Goal = "Emploi", Status = ActionPlanStatus.Active, AgreedOn = DateOnly.FromDateTime(planAt.UtcDateTime),
                    AgreementMethod = AgreementMethod.Signed, CreatedAt = planAt, UpdatedAt = planAt, Version = 1,
                };
                plans.Add(plan);
                person.Stage = PathwayStage.InActionPlan;
                rows++;
                for (var n = random.Next(1, 6); n > 0; n--)
                {
                    var due = DateOnly.FromDateTime(planAt.UtcDateTime).AddDays(random.Next(7, 120));
                    var done = due < DateOnly.FromDateTime(now.UtcDateTime) && random.Next(10) < 7;
                    steps.Add(new ActionPlanStep
                    {
                        PlanId = plan.Id, PersonId = person.Id, OrganisationId = agency.Id, Kind = (StepKind)random.Next(8), Title = "Étape", OwnerUserId = counsellor, DueOn = due,
                        Status = done ? StepStatus.Done : StepStatus.Planned, CompletedOn = done ? due : null, CreatedAt = planAt, UpdatedAt = planAt, Version = 1,
                    });
                    rows++;
                }

                if (random.Next(100) < 55 && age > 60)
                {
                    var kind = (OutcomeKind)(random.Next(10) switch { < 5 => 0, < 7 => 1, < 9 => 2, _ => 3 });
                    var outcomeAt = Between(planAt, 200);
                    var outcome = new Outcome
                    {
                        PersonId = person.Id, OrganisationId = agency.Id, Kind = kind, StartsOn = DateOnly.FromDateTime(outcomeAt.UtcDateTime),
                        EmployerName = kind == OutcomeKind.Employed ? "Employeur" : null, ContractType = kind == OutcomeKind.Employed ? ContractType.Cdd : null,
                        ExitReason = kind == OutcomeKind.Exited ? ExitReason.MovedAway : null, RecordedBy = counsellor, RecordedAt = outcomeAt, CreatedAt = outcomeAt, UpdatedAt = outcomeAt, Version = 1,
                    };
                    outcomes.Add(outcome);
                    person.Stage = outcome.Stage;
                    rows++;
                    if (kind is OutcomeKind.Employed or OutcomeKind.SelfEmployed)
                    {
                        foreach (var months in FollowUpCheck.Months)
                        {
                            var due = outcome.StartsOn.AddMonths(months);
                            var past = due < DateOnly.FromDateTime(now.UtcDateTime);
                            checks.Add(new FollowUpCheck
                            {
                                OutcomeId = outcome.Id, PersonId = person.Id, OrganisationId = agency.Id, AfterMonths = months, DueOn = due,
                                Status = past ? (random.Next(5) == 0 ? CheckStatus.Missed : CheckStatus.Done) : CheckStatus.Pending,
                                Result = past ? CheckResult.StillInJob : null, DoneOn = past ? due : null, CreatedAt = outcomeAt, UpdatedAt = outcomeAt, Version = 1,
                            });
                            rows++;
                        }
                    }
                }
            }

            for (var n = Count(random, 1.2); n > 0; n--)
            {
                var at = Between(created, 400);
                at = new DateTimeOffset(at.Year, at.Month, at.Day, 8 + random.Next(9), 15 * random.Next(4), 0, TimeSpan.Zero);
                appointments.Add(new Appointment
                {
                    PersonId = person.Id, OrganisationId = agency.Id, CounsellorId = counsellor, StartsAt = at, DurationMinutes = 30, EndsAt = at.AddMinutes(30),
                    Channel = AppointmentChannel.AtAgency, SiteId = site.Id, Purpose = "Suivi",
                    Status = at > now ? AppointmentStatus.Booked : random.Next(5) == 0 ? AppointmentStatus.NoShow : AppointmentStatus.Attended,
                    CreatedAt = created, UpdatedAt = created, Version = 1,
                });
                rows++;
            }

            // Referrals: one a person on average; a few declined (with a reason), a few counter-referrals.
            Guid? previous = null;
            for (var n = Count(random, 1.0); n > 0; n--)
            {
                var offer = offers[(int)(offers.Count * Math.Pow(random.NextDouble(), 1.3))];
                var sent = Between(created, 500);
                var days = (now - sent).TotalDays;
                var declined = random.Next(100) < 12 && days > 4;
                var taken = declined ? 3 : days > 120 ? 5 + random.Next(2) : Math.Min(1 + random.Next(6), 1 + (int)(days / 4));
                var respondDays = 0.5 + (random.NextDouble() * random.NextDouble() * 12);
                var completeDays = respondDays + 5 + (random.NextDouble() * 60);
                DateTimeOffset? At(int step) => taken > step ? Ms(step switch { 1 => sent.AddDays(respondDays / 2), 2 => sent.AddDays(respondDays), 3 => sent.AddDays(respondDays + 2), 4 => sent.AddDays(completeDays), _ => sent.AddDays(completeDays + 3) }) : null;
                var referral = new Referral
                {
                    Reference = $"R{i:D9}-{n}", PersonId = person.Id, SenderOrganisationId = agency.Id, SenderSiteId = site.Id, SenderUserId = counsellor,
                    OfferId = offer.Id, RecipientOrganisationId = offer.OrganisationId, ParentReferralId = previous is not null && random.Next(10) == 0 ? previous : null,
                    Status = declined ? ReferralStatus.Declined : Path[taken - 1], Urgency = (ReferralUrgency)random.Next(3), Reason = "Orientation.",
                    RespondBy = DateOnly.FromDateTime(sent.UtcDateTime).AddDays(10), SharedData = SharedData.Identity, SentAt = sent, ReceivedAt = At(1),
                    RespondedAt = declined ? Ms(sent.AddDays(respondDays)) : At(2), StartedAt = declined ? null : At(3), CompletedAt = declined ? null : At(4),
                    ClosedAt = declined ? null : At(5), DeclineReason = declined ? (DeclineReason)random.Next(7) : null,
                    CreatedAt = sent, CreatedBy = counsellor, UpdatedAt = sent, UpdatedBy = counsellor, Version = taken,
                };
                referrals.Add(referral);
                previous = referral.Id;
                rows++;
                for (var s = 0; s < taken; s++)
                {
                    referralEvents.Add(new ReferralEvent
                    {
                        ReferralId = referral.Id, At = s == 0 ? sent : (declined && s == 2 ? referral.RespondedAt!.Value : At(s)!.Value), ByUserId = s == 0 ? counsellor : null,
                        ByOrganisationId = s == 0 ? agency.Id : offer.OrganisationId, Kind = ReferralEventKind.StatusChanged, Status = declined && s == 2 ? ReferralStatus.Declined : Path[s],
                    });
                    rows++;
                }
            }

            // Pre-registrations: one a person on average, made before the file; four in ten became this file.
            var converted = false;
            for (var n = Count(random, 1.0); n > 0; n--)
            {
                var at = Ms(created.AddDays(-random.NextDouble() * 20));
                if (at < start)
                {
                    at = created;
                }

                var outreach = activityIds.Count > 0 && random.Next(10) < 6 ? activityIds[random.Next(activityIds.Count)] : default;
                var fromOutreach = outreach.Id != Guid.Empty;
                var becomes = !converted && random.Next(10) < 4;
                converted |= becomes;
                var pre = new PreRegistration
                {
                    OrganisationId = agency.Id, SiteId = fromOutreach ? outreach.SiteId : random.Next(5) == 0 ? null : site.Id,
                    Source = fromOutreach ? PreRegistrationSource.Outreach : random.Next(2) == 0 ? PreRegistrationSource.PublicForm : PreRegistrationSource.Session,
                    OutreachActivityId = fromOutreach ? outreach.Id : null, AgentId = fromOutreach ? outreach.Agent : null, FirstName = person.FirstName, Sex = person.Sex,
                    NationalityCode = nationality, Language = "fr", Interests = [Interest.JobSearch], ContactConsent = true, ContactChannel = ContactChannel.Sms, ContactConsentAt = at,
                    Status = becomes ? PreRegistrationStatus.Converted : random.Next(3) == 0 ? PreRegistrationStatus.Closed : PreRegistrationStatus.Open,
                    PersonId = becomes ? person.Id : null, ConvertedAt = becomes ? created : null, CreatedAt = at, UpdatedAt = at, Version = 1,
                };
                preRegistrations.Add(pre);
                rows++;
                if (random.Next(10) < 6 && pre.SiteId is { } preSite && sessionsBySite.TryGetValue(preSite, out var siteSessions))
                {
                    var session = siteSessions.FirstOrDefault(s => s.StartsAt > at) ?? siteSessions[^1];
                    registrations.Add(new SessionRegistration
                    {
                        SessionId = session.Id, OrganisationId = agency.Id, PreRegistrationId = pre.Id,
                        Status = session.StartsAt > now ? RegistrationStatus.Registered : random.Next(10) < 6 ? RegistrationStatus.Attended : RegistrationStatus.Absent,
                        CreatedAt = at, UpdatedAt = at, Version = 1,
                    });
                    rows++;
                }
            }

            // Applications: one person in five, to one of the programmes (the first the largest).
            if (random.Next(5) == 0 && age > 20)
            {
                var programme = programmes[random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 }];
                var submitted = Between(created, 200);
                var status = (ApplicationStatus)(random.Next(20) switch
                {
                    0 => 0, 1 => 1, 2 => 2, < 5 => 3, < 8 => 4, < 10 => 5, 10 => 6, < 13 => 7, < 16 => 8, < 19 => 9, _ => 10,
                });
                var application = new SupportApplication
                {
                    Reference = $"RA{i:D9}", ProgrammeId = programme.Id, OrganisationId = agency.Id, PersonId = person.Id, Status = status, Purpose = "Projet",
                    StartsOn = DateOnly.FromDateTime(submitted.UtcDateTime), RegionCode = random.Next(10) == 0 ? Regions[random.Next(Regions.Length)] : site.RegionCode,
                    RequestedCentimes = 10_000_00, ApprovedCentimes = status is ApplicationStatus.Approved or ApplicationStatus.Contracted or ApplicationStatus.InPayment or ApplicationStatus.Completed ? 10_000_00 : null,
                    SubmittedAt = submitted, CreatedAt = submitted, UpdatedAt = submitted, Version = 1,
                };
                applications.Add(application);
                rows++;
                var paidTranches = status switch { ApplicationStatus.Contracted => 1, ApplicationStatus.InPayment => 2, ApplicationStatus.Completed => 3, _ => 0 };
                for (var t = 1; t <= paidTranches; t++)
                {
                    var tranche = new Tranche
                    {
                        ApplicationId = application.Id, ProgrammeId = programme.Id, OrganisationId = agency.Id, Number = t, Condition = TrancheCondition.ContractSigned,
                        DueOn = application.StartsOn.AddMonths(t), AmountCentimes = 3_333_00, Status = TrancheStatus.Ordered, CreatedAt = submitted, UpdatedAt = submitted, Version = 1,
                    };
                    tranches.Add(tranche);
                    var paymentStatus = random.Next(10) switch { < 6 => PaymentStatus.Paid, < 8 => PaymentStatus.Ordered, 8 => PaymentStatus.Exported, _ => PaymentStatus.Failed };
                    orderNumber++;
                    orders.Add(new PaymentOrder
                    {
                        Reference = $"PO{orderNumber:D9}", IdempotencyKey = $"po-{orderNumber}", RequestHash = "bench", OrganisationId = agency.Id, ProgrammeId = programme.Id,
                        ApplicationId = application.Id, TrancheId = tranche.Id, AmountCentimes = 3_333_00, Channel = PaymentChannel.BankTransfer, PayeeName = "Bénéficiaire",
                        PayeeAccountCipher = "bench", Status = paymentStatus, CreatedAt = submitted, CreatedBy = counsellor, Version = 1,
                    });
                    rows += 2;
                }
            }

            people.Add(person);
            if ((i + 1) % 10_000 == 0 || i == size - 1)
            {
                foreach (var writer in parentsFirst)
                {
                    await writer.FlushAsync();
                }
            }

            if ((i + 1) % 100_000 == 0)
            {
                Console.Error.WriteLine($"{provider}: {i + 1:N0} people, {rows:N0} rows ({watch.Elapsed.TotalSeconds:0} s)");
            }
        }

        foreach (var (name, sql) in indexes)
        {
            Console.Error.WriteLine($"{provider}: index {name}…");
            await bulk.Database.ExecuteSqlRawAsync(sql);
        }

        // The committed money of each programme and line, as approvals would have left it.
        await using (var db = new AmudduDbContext(options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            foreach (var programme in programmes)
            {
                var committed = await db.Applications.Where(a => a.ProgrammeId == programme.Id && a.ApprovedCentimes != null)
                    .GroupBy(a => a.RegionCode).Select(g => new { g.Key, Sum = g.Sum(a => a.ApprovedCentimes!.Value) }).ToListAsync();
                foreach (var line in committed)
                {
                    await db.ProgrammeBudgetLines.Where(l => l.ProgrammeId == programme.Id && l.RegionCode == line.Key)
                        .ExecuteUpdateAsync(s => s.SetProperty(l => l.CommittedCentimes, line.Sum));
                }

                var total = committed.Sum(c => c.Sum);
                await db.Programmes.Where(p => p.Id == programme.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommittedCentimes, total));
            }
        }

        Console.Error.WriteLine($"{provider}: {size:N0} people, {rows:N0} rows written in {watch.Elapsed.TotalSeconds:0} s; ANALYZE…");
        await bulk.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {rows:N0} rows ({rows - size:N0} pathway events besides the people)"));
        return agency.Id;
    }

    private static StaffUser Staff(Guid organisationId, Guid? siteId, string name, DateTimeOffset at)
    {
        var email = name.Replace(' ', '-').ToLowerInvariant() + "@reporting-bench.amuddu.test";
        return new StaffUser
        {
            Email = email, UserName = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), DisplayName = name,
            OrganisationId = organisationId, SiteId = siteId, CreatedAt = at,
        };
    }

    /// <summary>Drops the secondary indexes of <paramref name="tables"/> and gives the statements that make them again.</summary>
    private static async Task<List<(string Name, string Sql)>> DropSqliteIndexesAsync(AmudduDbContext db, IEnumerable<string> tables)
    {
        await db.Database.OpenConnectionAsync(); // kept open by the context: the pragma below holds for the whole fill
        var names = string.Join(", ", tables.Select(t => $"'{t}'"));
        var query = "SELECT name AS Name, sql AS Sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (" + names + ")";
        var indexes = await db.Database.SqlQueryRaw<SqliteIndex>(query).ToListAsync();
        foreach (var index in indexes)
        {
            var drop = "DROP INDEX \"" + index.Name + "\"";
            await db.Database.ExecuteSqlRawAsync(drop);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -1000000");
        return [.. indexes.Select(i => (i.Name, i.Sql))];
    }

    private sealed record SqliteIndex(string Name, string Sql);

    /// <summary>A count around <paramref name="mean"/> (0 to twice the mean).</summary>
    private static int Count(Random random, double mean) => (int)Math.Round(random.NextDouble() * 2 * mean);

    private static DateTimeOffset Ms(DateTimeOffset time) => new(time.UtcDateTime.Ticks - (time.UtcDateTime.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
