using Amuddu.Web.Data;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Four months of outings by the demo community agent with the counsellors, in the neighbourhoods
/// of Casablanca and Rabat where migrants live, and the people met there: some now have a file
/// (demo people), some were closed, most are still waiting for a counsellor.
/// </summary>
public static class DemoOutreach
{
    private sealed record Place(string City, string Region, string Neighbourhood, VenueType Venue, string VenueName);

    private static readonly Place[] Places =
    [
        new("Casablanca", "MA-06", "Derb Ghallef", VenueType.Market, "Marché de Derb Ghallef"),
        new("Casablanca", "MA-06", "Hay Mohammadi", VenueType.Association, "Association Hay Mohammadi Solidarité"),
        new("Casablanca", "MA-06", "Sidi Moumen", VenueType.HousingArea, "Cité Sidi Moumen"),
        new("Casablanca", "MA-06", "Maârif", VenueType.Church, "Église Notre-Dame-de-Lourdes"),
        new("Casablanca", "MA-06", "Oulfa", VenueType.Market, "Souk Oulfa"),
        new("Rabat", "MA-04", "Takaddoum", VenueType.HousingArea, "Quartier Takaddoum"),
        new("Rabat", "MA-04", "Yacoub El Mansour", VenueType.Mosque, "Mosquée Yacoub El Mansour (parvis)"),
        new("Rabat", "MA-04", "Douar Hajja", VenueType.Association, "Foyer associatif Douar Hajja"),
        new("Rabat", "MA-04", "Hay Nahda", VenueType.Market, "Marché Hay Nahda"),
    ];

    private static readonly (string First, Sex Sex)[] FirstNames =
    [
        ("Aminata", Sex.Female), ("Mamadou", Sex.Male), ("Fatoumata", Sex.Female), ("Ousmane", Sex.Male), ("Mariam", Sex.Female),
        ("Ibrahima", Sex.Male), ("Awa", Sex.Female), ("Seydou", Sex.Male), ("Grace", Sex.Female), ("Emmanuel", Sex.Male),
        ("Christelle", Sex.Female), ("Jean-Paul", Sex.Male), ("Kadiatou", Sex.Female), ("Moussa", Sex.Male), ("Rokia", Sex.Female),
        ("Abdoulaye", Sex.Male), ("Blessing", Sex.Female), ("Chinedu", Sex.Male), ("Hawa", Sex.Female), ("Lamine", Sex.Male),
    ];

    private static readonly string[] LastNames =
        ["Diallo", "Traoré", "Koné", "Camara", "Sow", "Ndiaye", "Coulibaly", "Bah", "Mbemba", "Kabila", "Okafor", "Touré", "Sylla", "Keita", "Diop"];

    private static readonly (string Nationality, string Language)[] Origins =
        [("SN", "wo"), ("ML", "bm"), ("GN", "ff"), ("CI", "fr"), ("CD", "ln"), ("CM", "fr"), ("NG", "en"), ("SD", "ar")];

    public static async Task SeedAsync(AmudduDbContext db, IReadOnlyList<(Person Person, DemoStage Stage)> people, TimeProvider clock, CancellationToken cancellationToken)
    {
        var random = new Random(5005);
        var agent = await db.Users.SingleAsync(u => u.Email == $"agent@{DemoAccounts.Domain}", cancellationToken);
        var casablancaCounsellor = await db.Users.SingleAsync(u => u.Email == $"counsellor@{DemoAccounts.Domain}", cancellationToken);
        var rabatCounsellor = await db.Users.SingleAsync(u => u.Email == $"self-employment@{DemoAccounts.Domain}", cancellationToken);
        var now = clock.GetUtcNow();
        var today = SiteTime.Today(clock);

        var activities = new List<OutreachActivity>();
        // Two outings a week over four months, then three planned for the coming days.
        for (var day = today.AddMonths(-4); day <= today.AddDays(10); day = day.AddDays(3 + random.Next(2)))
        {
            var place = Places[random.Next(Places.Length)];
            var casablanca = place.City == "Casablanca";
            var counsellor = casablanca ? casablancaCounsellor : rabatCounsellor;
            var at = SiteTime.FromLocal(day, new TimeOnly(random.Next(2) == 0 ? 10 : 16, 0));
            var status = at > now ? OutreachStatus.Planned : random.Next(12) == 0 ? OutreachStatus.Cancelled : OutreachStatus.Done;
            var activity = new OutreachActivity
            {
                OrganisationId = agent.OrganisationId,
                SiteId = counsellor.SiteId!.Value,
                PlannedAt = at,
                Status = status,
                RegionCode = place.Region,
                City = place.City,
                Neighbourhood = place.Neighbourhood,
                VenueType = place.Venue,
                VenueName = place.VenueName,
                Languages = ["fr", random.Next(2) == 0 ? "ary" : "ar", Origins[random.Next(Origins.Length)].Language],
                CreatedAt = at.AddDays(-7),
            };
            activity.Agents.Add(new OutreachActivityAgent { ActivityId = activity.Id, AgentId = agent.Id });
            if (random.Next(3) > 0)
            {
                activity.Agents.Add(new OutreachActivityAgent { ActivityId = activity.Id, AgentId = counsellor.Id });
            }

            if (status == OutreachStatus.Done)
            {
                activity.Reached = [.. from sex in Enum.GetValues<Sex>()
                                       from band in Enum.GetValues<AgeBand>()
                                       let count = random.Next(band == AgeBand.Under18 ? 3 : band == AgeBand.From35 ? 6 : 12)
                                       where count > 0
                                       select new ReachCount { Sex = sex, AgeBand = band, Count = count }];
                activity.ReachedTotal = activity.Reached.Sum(r => r.Count);
                activity.Nationalities = [.. Origins.OrderBy(_ => random.Next()).Take(3)
                    .Select((o, i) => new NationalityReach { NationalityCode = o.Nationality, Count = Math.Max(1, activity.ReachedTotal / (2 + i * 2)) })];
                activity.Materials =
                [
                    new MaterialCount { Kind = MaterialKind.Leaflet, Count = 20 + random.Next(40) },
                    new MaterialCount { Kind = MaterialKind.BusinessCard, Count = 5 + random.Next(15) },
                ];
                activity.FollowUpsPromised = random.Next(5);
                activity.FollowUpsText = activity.FollowUpsPromised > 0 ? "Rappeler pour la prochaine séance d'information à l'agence" : null;
                activity.Notes = random.Next(3) == 0 ? "Bon accueil ; beaucoup de questions sur les cartes de séjour et les formations en couture." : null;
            }

            activities.Add(activity);
        }

        db.OutreachActivities.AddRange(activities);

        // About sixty people met at the outings done; demo people with a consent became their files.
        var done = activities.Where(a => a.Status == OutreachStatus.Done).ToList();
        var files = people.Where(p => p.Stage > DemoStage.Received).Select(p => p.Person).Take(15).ToList();
        for (var i = 0; i < 60 && done.Count > 0; i++)
        {
            var activity = done[random.Next(done.Count)];
            var (first, sex) = FirstNames[random.Next(FirstNames.Length)];
            var (nationality, language) = Origins[random.Next(Origins.Length)];
            var consent = random.Next(5) > 0;
            var channel = consent ? (random.Next(3) == 0 ? ContactChannel.Sms : ContactChannel.WhatsApp) : (ContactChannel?)null;
            var metAt = activity.PlannedAt.AddMinutes(15 + random.Next(90));
            var pre = new PreRegistration
            {
                OrganisationId = activity.OrganisationId,
                SiteId = activity.SiteId,
                Source = PreRegistrationSource.Outreach,
                OutreachActivityId = activity.Id,
                AgentId = agent.Id,
                FirstName = first,
                LastName = LastNames[random.Next(LastNames.Length)],
                Sex = sex,
                NationalityCode = nationality,
                Language = language,
                Phone = consent ? $"+2126{random.Next(10_000_000, 99_999_999)}" : null,
                Interests = [.. Enum.GetValues<Interest>().Where(_ => random.Next(3) == 0).DefaultIfEmpty(Interest.JobSearch)],
                ContactConsent = consent,
                ContactChannel = channel,
                ContactConsentAt = consent ? metAt : null,
                Status = PreRegistrationStatus.Open,
                CreatedAt = metAt,
                CreatedBy = agent.Id,
            };
            if (i < files.Count && files[i] is { } person)
            {
                pre.FirstName = person.FirstName ?? person.FirstNameArabic ?? first;
                pre.LastName = person.LastName ?? person.LastNameArabic;
                pre.Sex = person.Sex;
                pre.NationalityCode = person.NationalityCode;
                pre.Status = PreRegistrationStatus.Converted;
                pre.PersonId = person.Id;
                pre.ConvertedAt = metAt.AddDays(3 + random.Next(10));
                pre.ConvertedBy = person.CounsellorId;
            }
            else if (i % 6 == 0)
            {
                pre.Status = PreRegistrationStatus.Closed;
                pre.CloseReason = random.Next(2) == 0 ? PreRegistrationCloseReason.Unreachable : PreRegistrationCloseReason.Declined;
                pre.ClosedAt = metAt.AddDays(14);
                pre.ClosedBy = agent.Id;
            }

            db.PreRegistrations.Add(pre);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
