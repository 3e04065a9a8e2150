using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Exchanges;

public class ServiceEffectTests
{
    /// <summary>
    /// The view on the demo data, against the test's own count: every row read from the database and counted in plain
    /// loops, per person, following the definitions of docs/exchanges.md.
    /// </summary>
    [Fact]
    public async Task The_before_after_view_on_the_demo_data_matches_counts_made_independently()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedAllDemoDataAsync();
        var analyst = await app.ApiClientAsync(Demo.Analyst);
        var effect = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/training/effect");
        Assert.True(effect.GetProperty("observational").GetBoolean());

        var anapec = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync());
        var completions = await app.QueryAsync(db => (from c in db.ModuleCompletions
                                                     join m in db.TrainingModules on c.ModuleId equals m.Id
                                                     join y in db.TrainingCycles on m.CycleId equals y.Id
                                                     where y.OrganisationId == anapec && m.Theme == ModuleTheme.FaceToFaceServices
                                                     select new { c.UserId, c.CompletedOn }).ToListAsync());
        var trainedOn = new Dictionary<Guid, DateOnly>();
        foreach (var c in completions)
        {
            if (!trainedOn.TryGetValue(c.UserId, out var known) || c.CompletedOn < known)
            {
                trainedOn[c.UserId] = c.CompletedOn;
            }
        }

        var counsellors = await app.QueryAsync(db => (from u in db.Users
                                                     from ur in db.UserRoles
                                                     from r in db.Roles
                                                     where ur.UserId == u.Id && r.Id == ur.RoleId && u.OrganisationId == anapec
                                                         && (r.Name == Roles.Counsellor || r.Name == Roles.SelfEmploymentCounsellor)
                                                     select u.Id).ToListAsync());
        var people = await app.QueryAsync(db => db.People.AsNoTracking().Where(p => p.OrganisationId == anapec).ToListAsync());
        var positionings = await app.QueryAsync(db => db.PositioningRecords.AsNoTracking().ToListAsync());
        var plans = await app.QueryAsync(db => db.ActionPlans.AsNoTracking().ToListAsync());
        var outcomes = await app.QueryAsync(db => db.Outcomes.AsNoTracking().ToListAsync());
        var appointments = await app.QueryAsync(db => db.Appointments.AsNoTracking().ToListAsync());
        var referrals = await app.QueryAsync(db => db.Referrals.AsNoTracking().Where(r => r.SenderOrganisationId == anapec).ToListAsync());
        var today = app.Today;

        // Which (group, period) each open file belongs to, per anchor date.
        var sets = new Dictionary<string, HashSet<Guid>> { ["TrainedBefore"] = [], ["TrainedAfter"] = [], ["UntrainedBefore"] = [], ["UntrainedAfter"] = [] };
        var windows = new Dictionary<string, List<(DateOnly From, DateOnly To, HashSet<Guid> Counsellors)>>
        {
            ["TrainedBefore"] = [], ["TrainedAfter"] = [], ["UntrainedBefore"] = [], ["UntrainedAfter"] = [],
        };
        foreach (var day in trainedOn.Values.Distinct())
        {
            var trained = trainedOn.Where(t => t.Value == day).Select(t => t.Key).ToHashSet();
            HashSet<Guid> Untrained(DateOnly end) => counsellors.Where(c => !trainedOn.ContainsKey(c) || trainedOn[c] >= end).ToHashSet();
            windows["TrainedBefore"].Add((day.AddMonths(-6), day, trained));
            windows["TrainedAfter"].Add((day, day.AddMonths(6), trained));
            windows["UntrainedBefore"].Add((day.AddMonths(-6), day, Untrained(day)));
            windows["UntrainedAfter"].Add((day, day.AddMonths(6), Untrained(day.AddMonths(6))));
        }

        static DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(SiteTime.ToLocal(at));
        var checkedCells = 0;
        foreach (var (group, list) in windows)
        {
            var received = new HashSet<Guid>();
            var appointmentIds = new HashSet<Guid>();
            var referralIds = new HashSet<Guid>();
            foreach (var (from, to, who) in list)
            {
                foreach (var p in people)
                {
                    if (p.MergedIntoId is not null || p.ErasedAt is not null || p.CounsellorId is not { } c || !who.Contains(c))
                    {
                        continue;
                    }

                    var on = Local(p.CreatedAt);
                    if (on >= from && on < to)
                    {
                        received.Add(p.Id);
                    }

                    foreach (var a in appointments)
                    {
                        var at = Local(a.StartsAt);
                        if (a.PersonId == p.Id && at >= from && at < to && a.Status is AppointmentStatus.Attended or AppointmentStatus.NoShow)
                        {
                            appointmentIds.Add(a.Id);
                        }
                    }

                    foreach (var r in referrals)
                    {
                        if (r.PersonId == p.Id && r.SentAt is { } sent && Local(sent) >= from && Local(sent) < to)
                        {
                            referralIds.Add(r.Id);
                        }
                    }
                }
            }

            var byId = people.ToDictionary(p => p.Id);
            int positioned = 0, planned = 0, seen = 0, employed = 0;
            foreach (var id in received)
            {
                var on = Local(byId[id].CreatedAt);
                positioned += positionings.Any(r => r.PersonId == id && r.InterviewedOn <= on.AddDays(30)) ? 1 : 0;
                planned += plans.Any(a => a.PersonId == id && a.AgreedOn is { } agreed && agreed <= on.AddDays(60)) ? 1 : 0;
                if (on.AddMonths(6) <= today)
                {
                    seen++;
                    employed += outcomes.Any(o => o.PersonId == id && o.Kind is OutcomeKind.Employed or OutcomeKind.SelfEmployed && o.StartsOn <= on.AddMonths(6)) ? 1 : 0;
                }
            }

            var missed = appointments.Count(a => appointmentIds.Contains(a.Id) && a.Status == AppointmentStatus.NoShow);
            var completed = referrals.Count(r => referralIds.Contains(r.Id) && r.CompletedAt is not null);
            var expected = new Dictionary<string, (int N, int D, int People)>
            {
                ["PositionedWithin30Days"] = (positioned, received.Count, received.Count),
                ["ActionPlanWithin60Days"] = (planned, received.Count, received.Count),
                ["MissedAppointments"] = (missed, appointmentIds.Count, appointments.Where(a => appointmentIds.Contains(a.Id)).Select(a => a.PersonId).Distinct().Count()),
                ["ReferralsCompleted"] = (completed, referralIds.Count, referrals.Where(r => referralIds.Contains(r.Id)).Select(r => r.PersonId).Distinct().Count()),
                ["EmployedAt6Months"] = (employed, seen, seen),
            };
            foreach (var row in effect.GetProperty("indicators").EnumerateArray())
            {
                var name = row.GetProperty("indicator").GetString()!;
                var cell = row.GetProperty(char.ToLowerInvariant(group[0]) + group[1..]);
                var (n, d, count) = expected[name];
                if (count < 5)
                {
                    Assert.True(cell.GetProperty("suppressed").GetBoolean(), $"{group} {name}");
                    Assert.Equal(JsonValueKind.Null, cell.GetProperty("numerator").ValueKind);
                }
                else
                {
                    Assert.False(cell.GetProperty("suppressed").GetBoolean(), $"{group} {name}");
                    Assert.Equal((n, d), (cell.GetProperty("numerator").GetInt32(), cell.GetProperty("denominator").GetInt32()));
                    checkedCells++;
                }
            }
        }

        // The demo shows something: every indicator of the trained counsellors, before and after, and most of the others.
        Assert.True(checkedCells >= 16, $"only {checkedCells} cells shown");
        var trainedRow = effect.GetProperty("indicators")[0];
        Assert.True(trainedRow.GetProperty("trainedAfter").GetProperty("rate").GetDouble() > trainedRow.GetProperty("trainedBefore").GetProperty("rate").GetDouble());

        // The adopted practice's indicator in its agency, around the adoption, counted the same way over the agency's people.
        var adoption = Assert.Single(effect.GetProperty("adoptions").EnumerateArray(), a => a.GetProperty("indicator").GetString() == "PositionedWithin30Days");
        var adoptedOn = DateOnly.Parse(adoption.GetProperty("adoptedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var site = adoption.GetProperty("siteId").GetGuid();
        int before = 0, beforeHits = 0;
        foreach (var p in people)
        {
            var on = Local(p.CreatedAt);
            if (p.SiteId == site && p.MergedIntoId is null && p.ErasedAt is null && on >= adoptedOn.AddMonths(-6) && on < adoptedOn)
            {
                before++;
                beforeHits += positionings.Any(r => r.PersonId == p.Id && r.InterviewedOn <= on.AddDays(30)) ? 1 : 0;
            }
        }

        Assert.True(before >= 5);
        Assert.Equal((beforeHits, before), (adoption.GetProperty("before").GetProperty("numerator").GetInt32(), adoption.GetProperty("before").GetProperty("denominator").GetInt32()));

        // The page says what it is, and shows the counts.
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, ExchangesTests.Trainer);
        var html = await (await browser.GetAsync("/training/effect")).ReadHtmlAsync();
        Assert.Contains("observationnelle", html);
        Assert.Contains($"({trainedRow.GetProperty("trainedAfter").GetProperty("numerator").GetInt32()} / ", html);
    }

    [Fact]
    public async Task A_cell_of_fewer_than_5_people_is_never_shown()
    {
        await using var app = await AmudduApp.StartAsync();
        var day = app.Today.AddMonths(-8);
        await app.QueryAsync(async db =>
        {
            var anapec = await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync();
            var vdab = await db.Organisations.Where(o => o.Name == DemoOrganisations.Vdab).Select(o => o.Id).SingleAsync();
            var counsellor = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => new { u.Id, u.SiteId }).SingleAsync();
            var cycle = new TrainingCycle { OrganisationId = anapec, Title = "Cycle", DeliveredById = vdab, StartsOn = day.AddDays(-10), EndsOn = day };
            var module = new TrainingModule { CycleId = cycle.Id, Number = 3, Title = "Module 3", Theme = ModuleTheme.FaceToFaceServices };
            var participant = new CycleParticipant { CycleId = cycle.Id, UserId = counsellor.Id, NominatedBy = counsellor.Id };
            db.AddRange(cycle, module, participant);
            db.ModuleCompletions.Add(new ModuleCompletion { ParticipantId = participant.Id, ModuleId = module.Id, UserId = counsellor.Id, CompletedOn = day });
            for (var i = 0; i < 4; i++)
            {
                db.People.Add(new Person
                {
                    FileNumber = $"S-{i}", OrganisationId = anapec, SiteId = counsellor.SiteId!.Value, CounsellorId = counsellor.Id, FirstName = "Awa",
                    NationalityCode = "SN", RegionCode = "MA-06", City = "Casablanca", CreatedAt = SiteTime.StartOf(day.AddDays(3 + i)),
                });
            }

            return await db.SaveChangesAsync();
        });

        var effect = await (await app.ApiClientAsync(Demo.Analyst)).GetFromJsonAsync<JsonElement>("/api/v1/training/effect");
        var cell = effect.GetProperty("indicators")[0].GetProperty("trainedAfter");
        Assert.True(cell.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, cell.GetProperty("numerator").ValueKind);
        Assert.Equal(JsonValueKind.Null, cell.GetProperty("denominator").ValueKind);
        Assert.Equal(JsonValueKind.Null, cell.GetProperty("people").ValueKind);
        // Counted once and kept a while (it reads a year of the organisation's people): the page says when.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await (await app.ApiClientAsync(Demo.Analyst)).GetFromJsonAsync<JsonElement>("/api/v1/training/effect");
        Assert.Equal(effect.GetProperty("countedAt").GetDateTimeOffset(), again.GetProperty("countedAt").GetDateTimeOffset());

        // Only the coordinator, administrators and analysts see the view.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(Demo.Counsellor)).GetAsync("/api/v1/training/effect")).StatusCode);
        var browser = app.CreateBrowser("ar");
        await app.WebSignInAsync(browser, ExchangesTests.Trainer);
        var html = await (await browser.GetAsync("/training/effect")).ReadHtmlAsync();
        Assert.Contains("data-suppressed", html);
        Assert.Contains("< 5</abbr>", html);
        Assert.Contains("data-counted-at", html);
    }
}
