using System.Diagnostics;
using Amuddu.Matching;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Vacancies;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Fills a database, through the product's migrations and entities, with one employment service of N positioned people
/// (each with target occupations, experience and the match profile the app keeps) and M open vacancies of one employer,
/// drawn from <see cref="World"/>; a database that already holds them is reused.
/// </summary>
internal static class Loader
{
    public const string ServiceName = "Matching bench service";
    public const string EmployerName = "Matching bench employer";

    public static async Task<Guid> EnsureAsync(DbContextOptions<AmudduDbContext> options, World world, int people, int vacancies, DateOnly today)
    {
        await using var db = new AmudduDbContext(options);
        await db.Database.MigrateAsync();
        var existing = await db.Organisations.SingleOrDefaultAsync(o => o.Name == ServiceName);
        if (existing is not null && await db.MatchProfiles.CountAsync(p => p.OrganisationId == existing.Id) == people
            && await db.Vacancies.CountAsync(v => v.OrganisationId == existing.Id) == vacancies)
        {
            return existing.Id;
        }

        var watch = Stopwatch.StartNew();
        var random = new Random(20261207);
        var now = DateTimeOffset.UtcNow;
        Organisation service, employer;
        if (existing is not null)
        {
            // The people are there (a run stopped while loading the vacancies): load the vacancies again.
            if (await db.MatchProfiles.CountAsync(p => p.OrganisationId == existing.Id) != people)
            {
                throw new InvalidOperationException("The bench database holds another size: drop it (or the SQLite file) first.");
            }

            service = existing;
            employer = await db.Organisations.SingleAsync(o => o.Name == EmployerName);
            await db.Vacancies.Where(v => v.OrganisationId == existing.Id).ExecuteDeleteAsync();
            random = new Random(20261208);
        }
        else
        {
            (service, employer) = await LoadPeopleAsync(options, db, world, people, today, random, now, watch);
        }

        for (var offset = 0; offset < vacancies; offset += 5_000)
        {
            await using var batch = new AmudduDbContext(options);
            batch.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = offset; i < Math.Min(vacancies, offset + 5_000); i++)
            {
                var id = Guid.CreateVersion7();
                var (v, title) = world.Vacancy(random, id, today);
                batch.Vacancies.Add(new Vacancy
                {
                    Id = id, Reference = $"B-{i:D7}", OrganisationId = service.Id, CompanyId = employer.Id, Status = VacancyStatus.Open,
                    Title = title.Length > 200 ? title[..200] : title, OccupationCode = v.OccupationCode,
                    Skills = [.. v.EssentialSkills.Select(s => new VacancySkill { SkillCode = s, Relation = SkillRelation.Essential }),
                        .. v.OptionalSkills.Select(s => new VacancySkill { SkillCode = s, Relation = SkillRelation.Optional })],
                    Languages = [.. v.Languages.Select(l => new VacancyLanguage { LanguageCode = l.LanguageCode, MinimumLevel = (CefrLevel)(int)l.Minimum })],
                    MinimumEducation = v.MinimumEducation is { } e ? (EducationLevel)(int)e : null,
                    ExperienceYears = v.ExperienceYears,
                    Places = [.. v.Places.Select(p => new VacancyPlace { RegionCode = p.RegionCode, City = p.City })],
                    StartsOn = v.StartsOn, ClosesOn = v.StartsOn.AddDays(-3),
                    CreatedAt = now, UpdatedAt = now, Version = 1,
                });
            }

            await batch.SaveChangesAsync();
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.Error.WriteLine($"  {people:N0} people and {vacancies:N0} vacancies loaded in {watch.Elapsed.TotalSeconds:0} s");
        return service.Id;
    }

    private static async Task<(Organisation Service, Organisation Employer)> LoadPeopleAsync(
        DbContextOptions<AmudduDbContext> options, AmudduDbContext db, World world, int people, DateOnly today, Random random, DateTimeOffset now,
        Stopwatch watch)
    {
        var service = new Organisation { Name = ServiceName, Kind = OrganisationKind.EmploymentService };
        var employer = new Organisation { Name = EmployerName, Kind = OrganisationKind.Employer };
        db.Organisations.AddRange(service, employer);
        var site = new Site { OrganisationId = service.Id, Name = "Matching bench site", RegionCode = "MA-06", City = "Casablanca" };
        db.Sites.Add(site);
        await db.SaveChangesAsync();

        await using (var bulk = new AmudduDbContext(options))
        {
            var occupations = new BulkWriter<Occupation>(bulk);
            foreach (var o in world.Occupations)
            {
                var entry = new Occupation { Code = o.Code, IscoGroup = o.IscoGroup, NameFr = o.Label, NameAr = o.Label, NameEn = o.Label, AltLabelsEn = string.Join('\n', o.AltLabels) };
                entry.SearchText = TaxonomyText.SearchTextOf(entry);
                occupations.Add(entry);
            }

            await occupations.FlushAsync();
        }

        const int chunk = 25_000;
        for (var offset = 0; offset < people; offset += chunk)
        {
            await using var bulk = new AmudduDbContext(options);
            var persons = new BulkWriter<Person>(bulk);
            var targets = new BulkWriter<TargetOccupation>(bulk);
            var experiences = new BulkWriter<PositioningExperience>(bulk);
            var profiles = new BulkWriter<MatchProfile>(bulk);
            for (var i = offset; i < Math.Min(people, offset + chunk); i++)
            {
                var id = Guid.CreateVersion7();
                var (profile, _) = world.Person(random, id, today);
                persons.Add(new Person
                {
                    Id = id, FileNumber = $"MB-{i:D7}", OrganisationId = service.Id, SiteId = site.Id, FirstName = "Bench", LastName = $"P{i}",
                    Sex = (Sex)random.Next(2), DateOfBirth = new DateOnly(1970, 1, 1).AddDays(random.Next(365 * 35)), NationalityCode = "SN",
                    RegionCode = profile.RegionCode!, City = profile.City!, HeardFrom = HeardFrom.Agency, Stage = PathwayStage.Positioned,
                    CreatedAt = now, UpdatedAt = now, Version = 1,
                });
                var priority = 1;
                foreach (var target in profile.TargetOccupations)
                {
                    targets.Add(new TargetOccupation { PersonId = id, OrganisationId = service.Id, OccupationCode = target, Priority = priority++, CreatedAt = now, UpdatedAt = now, Version = 1 });
                }

                foreach (var past in profile.PastOccupations.DistinctBy(p => p.OccupationCode))
                {
                    experiences.Add(new PositioningExperience
                    {
                        PersonId = id, OrganisationId = service.Id, OccupationCode = past.OccupationCode, Years = past.Years, CountryCode = "SN",
                        CreatedAt = now, UpdatedAt = now, Version = 1,
                    });
                }

                profiles.Add(new MatchProfile
                {
                    PersonId = id, OrganisationId = service.Id, RightToWorkUntil = profile.RightToWorkUntil, Data = MatchProfileData.Write(profile), UpdatedAt = now,
                });
            }

            await persons.FlushAsync();
            await targets.FlushAsync();
            await experiences.FlushAsync();
            await profiles.FlushAsync();
            if ((offset / chunk) % 8 == 0)
            {
                Console.Error.WriteLine($"  {Math.Min(people, offset + chunk):N0} people ({watch.Elapsed.TotalSeconds:0} s)");
            }
        }

        return (service, employer);
    }
}
