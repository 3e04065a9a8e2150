using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.FollowUp;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>A bench account: who signs in, in which role, and at which site.</summary>
internal sealed record BenchAccount(string Email, string Role, Guid Id, Guid OrganisationId, Guid? SiteId);

/// <summary>
/// Fills a database as an agency that has worked for years: the product's demo data (organisations, sites,
/// catalogue, partner directory, demo accounts), 50-odd bench staff accounts in several roles, then N people
/// at the demo employment agency with their pathway (search keys, documents, consents, contact notes,
/// appointments, referrals to partners and the referrals' events: about ten pathway events a person).
/// A database that already holds the bench's people is reused as it is.
/// </summary>
internal static class Fill
{
    public const string Password = "Bench-Journey-2026-load";

    /// <summary>The bench accounts' authenticator key: a bench database is never a production one.</summary>
    public const string AuthenticatorKey = "AMUDDUBENCHKEY234AMUDDUBENCHKEY2";

    public const string EncryptionKey = "YmVuY2gtb25seS1rZXktMzItYnl0ZXMtbG9uZy1hYmM=";

    public const string Domain = "bench.amuddu.test";

    /// <summary>The staff: counsellors most, as in an agency; 100 accounts, so that the ramp can go past the day's 50.</summary>
    public static readonly (string Role, int Count, string Organisation)[] Staff =
    [
        (Roles.Counsellor, 64, DemoOrganisations.Anapec),
        (Roles.CommunityAgent, 10, DemoOrganisations.Anapec),
        (Roles.PartnerCaseworker, 12, DemoOrganisations.EntraideNationale),
        (Roles.ProgrammeOfficer, 8, DemoOrganisations.Anapec),
        (Roles.Analyst, 6, DemoOrganisations.Anapec),
    ];

    private static readonly string[] Given =
    [
        "Mohamed", "Ahmed", "Fatima", "Aminata", "Ousmane", "Ibrahim", "Mariam", "Abdoulaye", "Aicha", "Moussa", "Khadija", "Youssef", "Awa",
        "Omar", "Hawa", "Bakary", "Salif", "Kadiatou", "Mamadou", "Seydou", "Hassan", "Hussein", "Zainab", "Rania", "Grace", "Emmanuel",
        "Esther", "Joseph", "Daniel", "Ruth", "Samuel", "Blessing", "Chinedu", "Ngozi", "Issa", "Yaya", "Bintou", "Lamine", "Souleymane", "Adama",
    ];

    private static readonly (string Name, string Country)[] Family =
    [
        ("Diallo", "GN"), ("Traore", "ML"), ("Kone", "CI"), ("Ndiaye", "SN"), ("Camara", "GN"), ("Keita", "ML"), ("Mbeki", "CM"), ("Kabila", "CD"),
        ("Okafor", "NG"), ("Hassan", "SD"), ("Haddad", "SY"), ("Amri", "YE"), ("Sow", "SN"), ("Bamba", "CI"), ("Fofana", "GN"), ("Coulibaly", "ML"),
        ("Toure", "GN"), ("Sylla", "GN"), ("Cisse", "SN"), ("Barry", "GN"), ("Sangare", "ML"), ("Ouattara", "CI"), ("Mensah", "GH"), ("Adeyemi", "NG"),
        ("Eze", "NG"), ("Nkosi", "ZA"), ("Tshibangu", "CD"), ("Ilunga", "CD"), ("Abakar", "TD"), ("Mahamat", "TD"), ("Osman", "SD"), ("Idris", "SD"),
        ("Khalil", "SY"), ("Saleh", "YE"), ("Nasser", "YE"), ("Dembele", "ML"), ("Diop", "SN"), ("Fall", "SN"), ("Gueye", "SN"), ("Kamara", "SL"),
    ];

    // Skewed as in a real registry: most people are early in their pathway.
    private static readonly PathwayStage[] Stages =
    [
        PathwayStage.Received, PathwayStage.Received, PathwayStage.Received, PathwayStage.Positioned, PathwayStage.Positioned,
        PathwayStage.InActionPlan, PathwayStage.InActionPlan, PathwayStage.Employed, PathwayStage.SelfEmployed, PathwayStage.InTraining,
        PathwayStage.Exited,
    ];

    private static readonly string[] DocumentTypes = ["RESIDENCE_CARD", "RESIDENCE_CARD", "REFUGEE_CARD", "UNHCR_CERTIFICATE", "ASYLUM_RECEIPT", "PASSPORT"];

    private static readonly string[] NoteTexts =
    [
        "Entretien de suivi : recherche active, CV mis à jour.", "Appel : rendez-vous confirmé pour la semaine prochaine.",
        "Visite à l'agence, dépôt de la copie de la carte de séjour.", "Orientation vers l'atelier de techniques de recherche d'emploi.",
        "WhatsApp : a trouvé une offre en restauration, postule demain.", "Point sur le plan d'action : formation en cours.",
        "متابعة هاتفية: يبحث عن عمل في البناء.", "Follow-up call: interview with a textile employer on Monday.",
    ];

    public static IServiceProvider Services(DatabaseProvider provider, string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Amuddu"] = connection,
            ["Amuddu:Encryption:Key"] = EncryptionKey,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddAmudduData(configuration);
        services.AddAmudduIdentity(configuration);
        return services.BuildServiceProvider();
    }

    public static async Task<IReadOnlyList<BenchAccount>> EnsureAsync(IServiceProvider root, DatabaseProvider provider, int size, int eventsPerPerson)
    {
        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.MigrateAsync();
            if (!await db.Organisations.AnyAsync())
            {
                await DemoData.SeedAsync(scope.ServiceProvider, TimeProvider.System, CancellationToken.None);
            }

            if (!await db.Users.AnyAsync(u => u.Email!.EndsWith("@" + Domain)))
            {
                await CreateStaffAsync(scope.ServiceProvider, db);
            }
        }

        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            var anapec = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Anapec);
            var filled = await db.People.CountAsync(p => p.OrganisationId == anapec.Id && p.FileNumber.StartsWith("B"));
            if (filled != size)
            {
                if (filled != 0)
                {
                    throw new InvalidOperationException($"The database holds {filled:N0} bench people, not {size:N0}: drop it (or give another --sqlite/--pg database) to fill it anew.");
                }

                await FillPeopleAsync(scope.ServiceProvider, db, provider, anapec.Id, size, eventsPerPerson);
            }
        }

        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            return await AccountsAsync(db);
        }
    }

    public static async Task<IReadOnlyList<BenchAccount>> AccountsAsync(AmudduDbContext db)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@" + Domain)).OrderBy(u => u.Email).ToListAsync();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        return [.. users.Select(u => new BenchAccount(u.Email!, roles.First(r => r.UserId == u.Id).Name!, u.Id, u.OrganisationId, u.SiteId))];
    }

    private static async Task CreateStaffAsync(IServiceProvider services, AmudduDbContext db)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var keys = (IUserAuthenticatorKeyStore<StaffUser>)services.GetRequiredService<IUserStore<StaffUser>>();
        foreach (var (role, count, organisationName) in Staff)
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Name == organisationName);
            var sites = await db.Sites.Where(s => s.OrganisationId == organisation.Id).OrderBy(s => s.Name).Select(s => s.Id).ToListAsync();
            for (var i = 1; i <= count; i++)
            {
                var email = $"{role.ToLowerInvariant()}-{i:D2}@{Domain}";
                var user = new StaffUser
                {
                    Email = email,
                    UserName = email,
                    EmailConfirmed = true,
                    DisplayName = $"{role} {i:D2}",
                    OrganisationId = organisation.Id,
                    SiteId = role is Roles.ProgrammeOfficer or Roles.Analyst || sites.Count == 0 ? null : sites[i % sites.Count],
                    CreatedAt = DateTimeOffset.UtcNow,
                };
                Check(await users.CreateAsync(user, Password), email);
                Check(await users.AddToRoleAsync(user, role), email);
                await keys.SetAuthenticatorKeyAsync(user, AuthenticatorKey, CancellationToken.None);
                user.TwoFactorEnabled = true;
                Check(await users.UpdateAsync(user), email);
            }
        }

        static void Check(IdentityResult result, string email)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }

    private static async Task FillPeopleAsync(IServiceProvider services, AmudduDbContext db, DatabaseProvider provider, Guid anapec, int size, int eventsPerPerson)
    {
        var watch = Stopwatch.StartNew();
        var protector = services.GetRequiredService<FieldProtector>();
        var sites = await db.Sites.Where(s => s.OrganisationId == anapec).Select(s => s.Id).ToListAsync();
        var counsellors = (await AccountsAsync(db)).Where(a => a.Role == Roles.Counsellor).Select(a => a.Id).ToList();
        var partners = await db.Offers.AsNoTracking().Where(o => o.OrganisationId != anapec && o.Status == OfferStatus.Published)
            .Select(o => new { o.Id, o.OrganisationId }).ToListAsync();
        var partnerStaff = await db.Users.Where(u => u.OrganisationId != anapec).Select(u => new { u.Id, u.OrganisationId }).ToListAsync();
        var notes = NoteTexts.Select(protector.ProtectText).ToArray();
        var random = new Random(20261206);
        var start = DateTimeOffset.UtcNow.AddYears(-5);
        var now = DateTimeOffset.UtcNow;
        var minutesPerPerson = (now - start).TotalMinutes / size;
        var sequence = (await db.Set<PeopleChangeCounter>().Where(c => c.OrganisationId == anapec).Select(c => (long?)c.Sequence).SingleOrDefaultAsync() ?? 0) + 1;
        long events = 0;

        // Scale: a note, an appointment or a referral event is one pathway event; so are a document and a consent.
        var scale = eventsPerPerson / 10.0;
        var people = new BulkWriter<Person>(db);
        var keys = new BulkWriter<PersonSearchKey>(db);
        var documents = new BulkWriter<IdentityDocument>(db);
        var consents = new BulkWriter<Consent>(db);
        var contactNotes = new BulkWriter<ContactNote>(db);
        var appointments = new BulkWriter<Appointment>(db);
        var referrals = new BulkWriter<Referral>(db);
        var referralEvents = new BulkWriter<ReferralEvent>(db);
        IBulkWriter[] parentsFirst = [people, keys, documents, consents, contactNotes, appointments, referrals, referralEvents];
        // SQLite writes a million rows into a table far faster with its secondary indexes built once afterwards
        // than kept up row by row: they are dropped here and made again, with the migrations' own statements, below.
        var indexes = provider == DatabaseProvider.Sqlite ? await DropSqliteIndexesAsync(db, parentsFirst.Select(w => w.Table)) : [];
        {
            for (var i = 0; i < size; i++)
            {
                var given = Given[(int)(Given.Length * Math.Pow(random.NextDouble(), 2))];
                var family = Family[(int)(Family.Length * Math.Pow(random.NextDouble(), 1.5))];
                var created = Utc(start.AddMinutes(i * minutesPerPerson));
                var born = new DateOnly(1960, 1, 1).AddDays(random.Next(365 * 45));
                var counsellor = random.Next(10) == 0 ? (Guid?)null : counsellors[random.Next(counsellors.Count)];
                var person = new Person
                {
                    FileNumber = $"B{i:D9}",
                    OrganisationId = anapec,
                    SiteId = sites[(int)(sites.Count * Math.Pow(random.NextDouble(), 2))],
                    CounsellorId = counsellor,
                    FirstName = given,
                    LastName = family.Name,
                    Sex = random.Next(2) == 0 ? Sex.Female : Sex.Male,
                    DateOfBirth = born,
                    BirthYear = born.Year,
                    NationalityCode = family.Country,
                    Languages = ["fr"],
                    Phone = "+2126" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
                    RegionCode = "MA-06",
                    City = "Casablanca",
                    HeardFrom = (HeardFrom)random.Next(6),
                    Stage = Stages[random.Next(Stages.Length)],
                    CreatedAt = created,
                    UpdatedAt = created,
                    Version = 1,
                    ChangeSequence = sequence,
                };
                people.Add(person);
                foreach (var key in PersonSearchKey.For(person))
                {
                    keys.Add(key);
                }

                var author = counsellor ?? counsellors[0];
                consents.Add(new Consent
                {
                    PersonId = person.Id, OrganisationId = anapec, Purpose = ConsentPurpose.Processing, Method = ConsentMethod.SignedForm,
                    GivenOn = DateOnly.FromDateTime(created.UtcDateTime), RecordedBy = author, RecordedAt = created,
                });
                events++;
                if (random.Next(10) < 6)
                {
                    var issued = DateOnly.FromDateTime(created.UtcDateTime);
                    documents.Add(new IdentityDocument
                    {
                        PersonId = person.Id, OrganisationId = anapec, TypeCode = DocumentTypes[random.Next(DocumentTypes.Length)],
                        NumberCipher = notes[0], NumberFingerprint = $"bench-{i}", IssuedOn = issued,
                        ExpiresOn = random.Next(5) == 0 ? issued.AddDays(30) : issued.AddYears(10),
                    });
                    events++;
                }

                var span = Math.Max(1, (now - created).TotalMinutes);
                for (var n = Count(random, 3 * scale); n > 0; n--)
                {
                    var at = Utc(created.AddMinutes(random.NextDouble() * span));
                    contactNotes.Add(new ContactNote
                    {
                        PersonId = person.Id, OrganisationId = anapec, Kind = (ContactKind)random.Next(5), ContactedAt = at,
                        TextCipher = notes[random.Next(notes.Length)], AuthorId = author, CreatedAt = at, CreatedBy = author, UpdatedAt = at, UpdatedBy = author, Version = 1,
                    });
                    events++;
                }

                for (var n = Count(random, 2 * scale); n > 0; n--)
                {
                    // Slots in the past mostly, some in the coming weeks; whole quarter hours, as booked.
                    var startsAt = Utc(created.AddMinutes(random.NextDouble() * (span + 60 * 24 * 30)));
                    startsAt = new DateTimeOffset(startsAt.Year, startsAt.Month, startsAt.Day, 8 + random.Next(9), 15 * random.Next(4), 0, TimeSpan.Zero);
                    appointments.Add(new Appointment
                    {
                        PersonId = person.Id, OrganisationId = anapec, CounsellorId = author, StartsAt = startsAt, DurationMinutes = 30,
                        EndsAt = startsAt.AddMinutes(30), Channel = AppointmentChannel.AtAgency, SiteId = person.SiteId, Purpose = "Suivi",
                        Status = startsAt > now ? AppointmentStatus.Booked : random.Next(5) == 0 ? AppointmentStatus.NoShow : AppointmentStatus.Attended,
                        CreatedAt = created, CreatedBy = author, UpdatedAt = created, UpdatedBy = author, Version = 1,
                    });
                    events++;
                }

                if (partners.Count > 0)
                {
                    for (var n = Count(random, 0.8 * scale); n > 0; n--)
                    {
                        var offer = partners[random.Next(partners.Count)];
                        var sent = Utc(created.AddMinutes(random.NextDouble() * span));
                        // Sent, Received, Accepted, InProgress, Completed, Closed, a step every three days: a partner answers
                        // within days and serves within weeks, so only the referrals of the last months are still open.
                        var age = (now - sent).TotalDays;
                        var steps = age > 90 ? 5 + random.Next(2) : Math.Min(1 + random.Next(6), 1 + (int)(age / 3));
                        DateTimeOffset? At(int step) => steps > step ? sent.AddDays(step * 3) : null;
                        ReferralStatus[] path = [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed, ReferralStatus.Closed];
                        var referral = new Referral
                        {
                            Reference = $"B{i:D9}-{n}", PersonId = person.Id, SenderOrganisationId = anapec, SenderSiteId = person.SiteId, SenderUserId = author,
                            OfferId = offer.Id, RecipientOrganisationId = offer.OrganisationId, Status = path[steps - 1], Urgency = ReferralUrgency.Routine,
                            Reason = "Orientation vers le service du partenaire.", RespondBy = DateOnly.FromDateTime(sent.UtcDateTime).AddDays(10),
                            SharedData = SharedData.Identity, SentAt = sent, ReceivedAt = At(1), RespondedAt = At(2), StartedAt = At(3),
                            CompletedAt = At(4), ClosedAt = At(5), CreatedAt = sent, CreatedBy = author, UpdatedAt = sent, UpdatedBy = author, Version = steps,
                        };
                        referrals.Add(referral);
                        var recipientUser = partnerStaff.FirstOrDefault(s => s.OrganisationId == offer.OrganisationId)?.Id;
                        for (var s = 0; s < steps; s++)
                        {
                            referralEvents.Add(new ReferralEvent
                            {
                                ReferralId = referral.Id, At = sent.AddDays(s * 3), ByUserId = s == 0 ? author : recipientUser,
                                ByOrganisationId = s == 0 ? anapec : offer.OrganisationId, Kind = ReferralEventKind.StatusChanged, Status = path[s],
                            });
                            events++;
                        }
                    }
                }

                if ((i + 1) % 10_000 == 0 || i == size - 1)
                {
                    foreach (var writer in parentsFirst)
                    {
                        await writer.FlushAsync();
                    }
                }

                if ((i + 1) % 100_000 == 0)
                {
                    Console.Error.WriteLine($"{provider}: {i + 1:N0} people, {events:N0} pathway events ({watch.Elapsed.TotalSeconds:0} s)");
                }
            }
        }

        foreach (var index in indexes)
        {
            Console.Error.WriteLine($"{provider}: index {index.Name}…");
            await db.Database.ExecuteSqlRawAsync(index.Sql);
        }

        // The duplicate index catches up from the counter: it must be at the number the people carry.
        if (await db.Set<PeopleChangeCounter>().AnyAsync(c => c.OrganisationId == anapec))
        {
            await db.Set<PeopleChangeCounter>().Where(c => c.OrganisationId == anapec).ExecuteUpdateAsync(s => s.SetProperty(c => c.Sequence, sequence));
        }
        else
        {
            db.Set<PeopleChangeCounter>().Add(new PeopleChangeCounter { OrganisationId = anapec, Sequence = sequence });
            await db.SaveChangesAsync();
        }

        Console.Error.WriteLine($"{provider}: {size:N0} people and {events:N0} pathway events written in {watch.Elapsed.TotalSeconds:0} s; ANALYZE…");
        // Both engines plan with fresh statistics, as a production database has them.
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.Error.WriteLine($"{provider}: filled in {watch.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Drops the secondary indexes of <paramref name="tables"/> and gives the statements that make them again.</summary>
    private static async Task<List<SqliteIndex>> DropSqliteIndexesAsync(AmudduDbContext db, IEnumerable<string> tables)
    {
        await db.Database.OpenConnectionAsync(); // kept open by the context: the pragma below holds for the whole fill
        var names = string.Join(", ", tables.Select(t => $"'{t}'"));
        // The names are the model's table names, not input.
        var query = "SELECT name AS Name, sql AS Sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (" + names + ")";
        var indexes = await db.Database.SqlQueryRaw<SqliteIndex>(query).ToListAsync();
        foreach (var index in indexes)
        {
            var drop = "DROP INDEX \"" + index.Name + "\"";
            await db.Database.ExecuteSqlRawAsync(drop);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -1000000");
        return indexes;
    }

    private sealed record SqliteIndex(string Name, string Sql);

    /// <summary>A count around <paramref name="mean"/> (0 to twice the mean), so some files are thin and some thick.</summary>
    private static int Count(Random random, double mean) => (int)Math.Round(random.NextDouble() * 2 * mean);

    private static DateTimeOffset Utc(DateTimeOffset time) => new(time.UtcDateTime.Ticks - time.UtcDateTime.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
