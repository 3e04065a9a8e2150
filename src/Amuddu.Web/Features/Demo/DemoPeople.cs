using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// How far along their pathway a demo person is. Each area's demo seeder fills in its part for the
/// people at or past the stage where that part begins, so a newcomer sees files at every stage.
/// </summary>
public enum DemoStage
{
    /// <summary>A minimal record: no consent to processing yet.</summary>
    Received,
    Consented,
    Positioned,
    InActionPlan,
    FollowedUp,
    Outcome,
}

/// <summary>
/// A few hundred invented people registered at two agencies, so that a newcomer finds a registry
/// to search. Seeded (same people every time); some are written in Arabic script, some only with a
/// birth year, some without a phone, as at a real reception desk.
/// </summary>
public static class DemoPeople
{
    public const int Count = 300;

    private static readonly (string Latin, string Arabic, Sex Sex)[] GivenNames =
    [
        ("Mohamed", "محمد", Sex.Male), ("Aminata", "أميناتا", Sex.Female), ("Ousmane", "عثمان", Sex.Male), ("Fatoumata", "فاطمة", Sex.Female),
        ("Ibrahim", "إبراهيم", Sex.Male), ("Mariam", "مريم", Sex.Female), ("Abdoulaye", "عبد الله", Sex.Male), ("Aïcha", "عائشة", Sex.Female),
        ("Moussa", "موسى", Sex.Male), ("Khadija", "خديجة", Sex.Female), ("Yaya", "يحيى", Sex.Male), ("Awa", "حواء", Sex.Female),
        ("Jean-Paul", "جان بول", Sex.Male), ("Grace", "غريس", Sex.Female), ("Emmanuel", "إيمانويل", Sex.Male), ("Esther", "إستير", Sex.Female),
        ("Ahmad", "أحمد", Sex.Male), ("Hiba", "هبة", Sex.Female), ("Omar", "عمر", Sex.Male), ("Rania", "رانيا", Sex.Female),
    ];

    private static readonly (string Latin, string Arabic, string Country)[] FamilyNames =
    [
        ("Diallo", "ديالو", "GN"), ("Traoré", "تراوري", "ML"), ("Koné", "كوني", "CI"), ("Ndiaye", "نداي", "SN"), ("Camara", "كامارا", "GN"),
        ("Keita", "كيتا", "ML"), ("Mbeki", "مبيكي", "CM"), ("Kabila", "كابيلا", "CD"), ("Okafor", "أوكافور", "NG"), ("Al-Hassan", "الحسن", "SD"),
        ("Haddad", "حداد", "SY"), ("Al-Amri", "العمري", "YE"), ("Sow", "صو", "SN"), ("Bamba", "بامبا", "CI"), ("Fofana", "فوفانا", "GN"),
    ];

    private static readonly string[] Neighbourhoods = ["Hay Hassani", "Sidi Moumen", "Derb Sultan", "Maârif", "Takaddoum", "Yacoub El Mansour", "Hay Nahda"];

    /// <summary>Of every 20 people: 2 received, 3 consented, 3 positioned, 4 in an action plan, 3 followed up, 5 with an outcome.</summary>
    private static DemoStage StageOf(int i) => (i % 20) switch
    {
        < 2 => DemoStage.Received,
        < 5 => DemoStage.Consented,
        < 8 => DemoStage.Positioned,
        < 12 => DemoStage.InActionPlan,
        < 15 => DemoStage.FollowedUp,
        _ => DemoStage.Outcome,
    };

    /// <param name="count">How many (<see cref="Count"/> by default).</param>
    /// <param name="fileNumberPrefix">Before each file number (the year by default): another seeder's people get numbers of their own.</param>
    /// <param name="receivedAt">When the i-th person was received (registered); by default a few minutes ago.</param>
    public static async Task<IReadOnlyList<(Person Person, DemoStage Stage)>> SeedAsync(AmudduDbContext db, Guid organisationId, IReadOnlyList<(Guid Site, Guid Counsellor, string City, string Region)> desks,
        TimeProvider clock, CancellationToken cancellationToken, int count = Count, string? fileNumberPrefix = null, Func<int, DateTimeOffset>? receivedAt = null)
    {
        var random = new Random(2026);
        var now = clock.GetUtcNow();
        var seeded = new List<(Person, DemoStage)>(count);
        for (var i = 0; i < count; i++)
        {
            var given = GivenNames[random.Next(GivenNames.Length)];
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            var desk = desks[i % desks.Count];
            var born = new DateOnly(1965, 1, 1).AddDays(random.Next(365 * 40));
            var script = random.Next(10);
            var person = new Person
            {
                FileNumber = $"{fileNumberPrefix ?? now.Year.ToString(CultureInfo.InvariantCulture)}-{i + 1:D6}",
                OrganisationId = organisationId,
                SiteId = desk.Site,
                CounsellorId = desk.Counsellor,
                FirstName = script < 8 ? given.Latin : null,
                LastName = script < 8 ? family.Latin : null,
                FirstNameArabic = script >= 6 ? given.Arabic : null,
                LastNameArabic = script >= 6 ? family.Arabic : null,
                Sex = given.Sex,
                DateOfBirth = random.Next(6) == 0 ? null : born,
                BirthYear = born.Year,
                NationalityCode = family.Country,
                Languages = family.Country is "SD" or "SY" or "YE" ? ["ar"] : ["fr", random.Next(2) == 0 ? "wo" : "bm"],
                Phone = random.Next(5) == 0 ? null : "+2126" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                RegionCode = desk.Region,
                City = desk.City,
                Neighbourhood = Neighbourhoods[random.Next(Neighbourhoods.Length)],
                HouseholdSize = 1 + random.Next(6),
                HeardFrom = (HeardFrom)random.Next(Enum.GetValues<HeardFrom>().Length),
            };
            person.CreatedAt = receivedAt?.Invoke(i) ?? now.AddMinutes(i - count);
            db.People.Add(person);
            db.PersonSearchKeys.AddRange(PersonSearchKey.For(person));
            var stage = StageOf(i);
            if (stage > DemoStage.Received)
            {
                var oral = random.Next(4) == 0;
                db.Consents.Add(new Consent
                {
                    PersonId = person.Id,
                    OrganisationId = organisationId,
                    Purpose = ConsentPurpose.Processing,
                    Method = oral ? ConsentMethod.OralWithWitness : ConsentMethod.SignedForm,
                    WitnessName = oral ? "Nadia Benali" : null,
                    GivenOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-random.Next(400)),
                    RecordedBy = desk.Counsellor,
                    RecordedAt = now,
                });
            }

            seeded.Add((person, stage));
        }

        await db.SaveChangesAsync(cancellationToken);
        return seeded;
    }
}
