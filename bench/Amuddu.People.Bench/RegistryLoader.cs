using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Fills a database, through the product's own migrations and entities, with one organisation of N people
/// (seeded, deterministic), unless it already holds them; and picks the search terms to time.
/// </summary>
internal static class RegistryLoader
{
    private static readonly (string Latin, string Arabic)[] Given =
    [
        ("Mohamed", "محمد"), ("Ahmed", "أحمد"), ("Fatima", "فاطمة"), ("Aminata", "أميناتا"), ("Ousmane", "عثمان"), ("Ibrahim", "إبراهيم"),
        ("Mariam", "مريم"), ("Abdoulaye", "عبد الله"), ("Aicha", "عائشة"), ("Moussa", "موسى"), ("Khadija", "خديجة"), ("Youssef", "يوسف"),
        ("Awa", "حواء"), ("Omar", "عمر"), ("Hawa", "حواء"), ("Bakary", "باكاري"), ("Salif", "ساليف"), ("Kadiatou", "كادياتو"),
        ("Mamadou", "مامادو"), ("Seydou", "سيدو"), ("Hassan", "حسن"), ("Hussein", "حسين"), ("Zainab", "زينب"), ("Rania", "رانيا"),
        ("Grace", "غريس"), ("Emmanuel", "إيمانويل"), ("Esther", "إستير"), ("Joseph", "جوزيف"), ("Daniel", "دانيال"), ("Ruth", "روث"),
        ("Samuel", "صموئيل"), ("Blessing", "بليسينغ"), ("Chinedu", "شينيدو"), ("Ngozi", "نغوزي"), ("Issa", "عيسى"), ("Yaya", "يحيى"),
        ("Bintou", "بينتو"), ("Lamine", "لامين"), ("Souleymane", "سليمان"), ("Adama", "آداما"),
    ];

    private static readonly (string Latin, string Arabic, string Country)[] Family =
    [
        ("Diallo", "ديالو", "GN"), ("Traore", "تراوري", "ML"), ("Kone", "كوني", "CI"), ("Ndiaye", "نداي", "SN"), ("Camara", "كامارا", "GN"),
        ("Keita", "كيتا", "ML"), ("Mbeki", "مبيكي", "CM"), ("Kabila", "كابيلا", "CD"), ("Okafor", "أوكافور", "NG"), ("Hassan", "حسن", "SD"),
        ("Haddad", "حداد", "SY"), ("Amri", "العمري", "YE"), ("Sow", "صو", "SN"), ("Bamba", "بامبا", "CI"), ("Fofana", "فوفانا", "GN"),
        ("Coulibaly", "كوليبالي", "ML"), ("Toure", "توري", "GN"), ("Sylla", "سيلا", "GN"), ("Cisse", "سيسي", "SN"), ("Barry", "باري", "GN"),
        ("Sangare", "سنغاري", "ML"), ("Ouattara", "واتارا", "CI"), ("Mensah", "مينساه", "GH"), ("Adeyemi", "أديمي", "NG"), ("Eze", "إيزي", "NG"),
        ("Nkosi", "نكوسي", "ZA"), ("Tshibangu", "تشيبانغو", "CD"), ("Ilunga", "إيلونغا", "CD"), ("Abakar", "أبكر", "TD"), ("Mahamat", "محمت", "TD"),
        ("Osman", "عثمان", "SD"), ("Idris", "إدريس", "SD"), ("Khalil", "خليل", "SY"), ("Saleh", "صالح", "YE"), ("Nasser", "ناصر", "YE"),
        ("Dembele", "دمبيلي", "ML"), ("Diop", "ديوب", "SN"), ("Fall", "فال", "SN"), ("Gueye", "غي", "SN"), ("Kamara", "كمارا", "SL"),
    ];

    // Skewed as in a real registry: most people are early in their pathway.
    private static readonly PathwayStage[] Stages =
    [
        PathwayStage.Received, PathwayStage.Received, PathwayStage.Received, PathwayStage.Positioned, PathwayStage.Positioned,
        PathwayStage.InActionPlan, PathwayStage.InActionPlan, PathwayStage.Employed, PathwayStage.SelfEmployed, PathwayStage.InTraining,
        PathwayStage.Exited,
    ];

    private static readonly string[] DocumentTypes = ["RESIDENCE_CARD", "RESIDENCE_CARD", "REFUGEE_CARD", "UNHCR_CERTIFICATE", "ASYLUM_RECEIPT", "PASSPORT"];

    public static async Task<Guid> EnsureAsync(DbContextOptions<AmudduDbContext> options, DatabaseProvider provider, int size)
    {
        await using var db = new AmudduDbContext(options);
        await db.Database.MigrateAsync();
        var existing = await db.Organisations.SingleOrDefaultAsync(o => o.Name == "Bench");
        if (existing is not null && await db.People.CountAsync(p => p.OrganisationId == existing.Id) == size)
        {
            return existing.Id;
        }

        var watch = Stopwatch.StartNew();
        var organisation = existing ?? new Organisation { Name = "Bench", Kind = OrganisationKind.EmploymentService };
        if (existing is null)
        {
            db.Organisations.Add(organisation);
        }

        var site = new Site { OrganisationId = organisation.Id, Name = $"Bench {Guid.NewGuid():N}", RegionCode = "MA-06", City = "Casablanca" };
        db.Sites.Add(site);
        await db.SaveChangesAsync();

        var random = new Random(20261129);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        const int chunk = 20_000;
        for (var offset = 0; offset < size; offset += chunk)
        {
            await using var batch = new AmudduDbContext(options);
            batch.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = offset; i < Math.Min(size, offset + chunk); i++)
            {
                // Zipf-like: a few names are very common, as in a real registry.
                var given = Given[(int)(Given.Length * Math.Pow(random.NextDouble(), 2))];
                var family = Family[(int)(Family.Length * Math.Pow(random.NextDouble(), 1.5))];
                var script = random.Next(10);
                var created = start.AddMinutes(i * 3);
                var born = new DateOnly(1960, 1, 1).AddDays(random.Next(365 * 45));
                var person = new Person
                {
                    FileNumber = $"{2020 + (i / 250_000)}-{i % 1_000_000:D6}",
                    OrganisationId = organisation.Id,
                    SiteId = site.Id,
                    FirstName = script < 8 ? given.Latin : null,
                    LastName = script < 8 ? family.Latin : null,
                    FirstNameArabic = script >= 6 ? given.Arabic : null,
                    LastNameArabic = script >= 6 ? family.Arabic : null,
                    Sex = random.Next(2) == 0 ? Sex.Female : Sex.Male,
                    DateOfBirth = born,
                    BirthYear = born.Year,
                    NationalityCode = family.Country,
                    Phone = "+2126" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
                    RegionCode = "MA-06",
                    City = "Casablanca",
                    HeardFrom = HeardFrom.Agency,
                    CreatedAt = created,
                    UpdatedAt = created,
                    Version = 1,
                };
                person.Stage = Stages[random.Next(Stages.Length)];
                batch.People.Add(person);
                batch.PersonSearchKeys.AddRange(PersonSearchKey.For(person));
                // Six in ten bring a document; one in five of those has expired.
                if (random.Next(10) < 6)
                {
                    var issued = DateOnly.FromDateTime(created.UtcDateTime);
                    batch.IdentityDocuments.Add(new IdentityDocument
                    {
                        PersonId = person.Id,
                        OrganisationId = organisation.Id,
                        TypeCode = DocumentTypes[random.Next(DocumentTypes.Length)],
                        NumberCipher = "",
                        NumberFingerprint = $"bench-{i}",
                        IssuedOn = issued,
                        ExpiresOn = random.Next(5) == 0 ? issued.AddDays(30) : issued.AddYears(10),
                    });
                }
            }

            await batch.SaveChangesAsync();
            if ((offset / chunk) % 10 == 0)
            {
                Console.Error.WriteLine($"{provider}: {Math.Min(size, offset + chunk):N0} people loaded ({watch.Elapsed.TotalSeconds:0} s)");
            }
        }

        // Both engines plan better with fresh statistics, as a production database has them.
        await db.Database.ExecuteSqlRawAsync("ANALYZE");

        Console.Error.WriteLine($"{provider}: {size:N0} people loaded in {watch.Elapsed.TotalSeconds:0} s");
        return organisation.Id;
    }

    /// <summary>
    /// Searches as a counsellor makes them: two-word names (some in the other script), phones, file numbers,
    /// and the list filtered by stage, nationality or legal status, alone or with a name.
    /// </summary>
    public static async Task<List<(string Kind, List<SearchPeople.Filters> Searches)>> SamplesAsync(DbContextOptions<AmudduDbContext> options, int count)
    {
        await using var db = new AmudduDbContext(options);
        var total = await db.People.CountAsync();
        var random = new Random(7);
        var picked = new List<Person>();
        for (var i = 0; i < count; i++)
        {
            var skip = random.Next(total);
            picked.Add(await db.People.AsNoTracking().OrderBy(p => p.FileNumber).Skip(skip).FirstAsync());
        }

        string Name(Person p) => p.FirstName is not null ? $"{p.FirstName} {p.LastName}" : $"{p.FirstNameArabic} {p.LastNameArabic}";
        string[] statuses = ["REFUGEE", "REGULARISED_MIGRANT", "ASYLUM_SEEKER"];
        return
        [
            ("name (given + family)", [.. picked.Select(p => new SearchPeople.Filters { Query = Name(p) })]),
            ("family name only", [.. picked.Select(p => new SearchPeople.Filters { Query = p.LastName ?? p.LastNameArabic! })]),
            ("phone, local format", [.. picked.Select(p => new SearchPeople.Filters { Query = "0" + p.Phone![4..] })]),
            ("file number", [.. picked.Select(p => new SearchPeople.Filters { Query = p.FileNumber })]),
            ("stage filter", [.. picked.Select(p => new SearchPeople.Filters { Stage = p.Stage })]),
            ("nationality + stage filters", [.. picked.Select(p => new SearchPeople.Filters { Nationality = p.NationalityCode, Stage = p.Stage })]),
            ("legal status filter", [.. picked.Select((p, i) => new SearchPeople.Filters { LegalStatus = statuses[i % statuses.Length] })]),
            ("family name + legal status", [.. picked.Select((p, i) => new SearchPeople.Filters { Query = p.LastName ?? p.LastNameArabic!, LegalStatus = statuses[i % statuses.Length] })]),
            ("page 40 of the whole list", [.. picked.Select(p => new SearchPeople.Filters { Page = 40 })]),
        ];
    }
}
