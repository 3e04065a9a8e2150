using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Platform;

/// <summary>The demo's results framework and the two years of history behind its registry, as seed-demo makes them.</summary>
public sealed class DemoHistoryTests
{
    [Fact]
    public async Task The_demo_has_a_results_framework_with_targets_and_eight_quarters_of_history_with_people_in_each()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedAllDemoDataAsync();
        var first = DemoHistory.FirstQuarter(app.Clock);
        var last = DemoHistory.LastQuarter(app.Clock);
        var quarters = Quarter.Range(first, last).ToList();
        Assert.Equal(8, quarters.Count);
        Assert.Equal(Quarter.Of(app.Today).Previous, last);

        // The framework: R1 to R4 in order, titled in the three languages, starting with the history.
        var areas = await app.QueryAsync(db => db.ResultAreas.AsNoTracking().OrderBy(r => r.Order).ToListAsync());
        Assert.Equal(["R1", "R2", "R3", "R4"], areas.Select(a => a.Code));
        Assert.All(areas, a => Assert.False(string.IsNullOrWhiteSpace(a.TitleAr) || string.IsNullOrWhiteSpace(a.TitleEn)));
        Assert.All(areas, a => Assert.Equal(first.Key, a.StartQuarter));

        var indicators = await app.QueryAsync(db => db.Indicators.AsNoTracking().OrderBy(i => i.Order).ToListAsync());
        Assert.Equal(DemoIndicators.IndicatorCount, indicators.Count);
        Assert.All(areas, a => Assert.True(indicators.Count(i => i.ResultAreaId == a.Id) >= 2, a.Code));
        Assert.All(indicators, i => Assert.StartsWith(areas.Single(a => a.Id == i.ResultAreaId).Code + ".", i.Code, StringComparison.Ordinal));
        IndicatorMeasure[] measures =
        [
            IndicatorMeasure.OutreachReached, IndicatorMeasure.PreRegistered, IndicatorMeasure.InformedAtSession, IndicatorMeasure.Registered,
            IndicatorMeasure.StaffTrained, IndicatorMeasure.Positioned, IndicatorMeasure.ActionPlanAgreed, IndicatorMeasure.Trained,
            IndicatorMeasure.GrantsPaid, IndicatorMeasure.Employed, IndicatorMeasure.InWorkAt6Months, IndicatorMeasure.SelfEmployed,
            IndicatorMeasure.Referred, IndicatorMeasure.ReferredAndServed,
        ];
        Assert.Empty(measures.Except(indicators.Select(i => i.Measure)));
        Assert.Equal([IndicatorUnit.People, IndicatorUnit.Amount, IndicatorUnit.Average],
            indicators.Where(i => i.Measure == IndicatorMeasure.GrantsPaid).Select(i => i.Unit).Order());
        Assert.Contains(indicators, i => i.Rule == PeriodRule.InQuarter);
        Assert.Contains(indicators, i => i.Rule == PeriodRule.Cumulative);
        int[] years = [first.Year, first.Year + 1, first.Year + 2];
        Assert.Equal(app.Today.Year, years[^1]);
        foreach (var indicator in indicators)
        {
            Assert.False(string.IsNullOrWhiteSpace(indicator.NameAr) || string.IsNullOrWhiteSpace(indicator.NameEn), indicator.Code);
            Assert.False(string.IsNullOrWhiteSpace(indicator.DefinitionFr) || string.IsNullOrWhiteSpace(indicator.DefinitionAr)
                || string.IsNullOrWhiteSpace(indicator.DefinitionEn), indicator.Code);
            Assert.Equal(indicator.Unit == IndicatorUnit.Percentage, indicator.DenominatorMeasure is not null);
            Assert.NotNull(indicator.Baseline);
            Assert.Equal(years, indicator.Targets.Select(t => t.Year).Order());
            Assert.All(indicator.Targets, t => Assert.True(t.Value > 0, indicator.Code));
            if (indicator.Rule == PeriodRule.Cumulative && indicator.Unit is IndicatorUnit.People or IndicatorUnit.Amount)
            {
                // Cumulative targets grow year on year.
                var values = indicator.Targets.OrderBy(t => t.Year).Select(t => t.Value).ToList();
                Assert.True(values.SequenceEqual(values.Order()) && values[0] < values[^1], indicator.Code);
            }
        }

        var narratives = await app.QueryAsync(db => db.ResultNarratives.AsNoTracking().ToListAsync());
        Assert.Equal(areas.Select(a => a.Id).Order(), narratives.Select(n => n.ResultAreaId).Order());
        Assert.All(narratives, n => Assert.Equal(last.Key, n.Quarter));

        // The history: people in every quarter, as planned, growing; kept apart from the hand-written demo people.
        var people = await app.QueryAsync(db => db.People.AsNoTracking()
            .Select(p => new { p.Id, p.FileNumber, p.CreatedAt, p.CounsellorId, p.NationalityCode, p.BirthYear, p.DateOfBirth }).ToListAsync());
        var history = people.Where(p => p.FileNumber.Contains("-R", StringComparison.Ordinal)).ToList();
        Assert.Equal(DemoHistory.PlannedPeople(app.Clock), history.Count);
        Quarter QuarterOf(DateTimeOffset at) => Quarter.Of(DateOnly.FromDateTime(SiteTime.ToLocal(at)));
        var perQuarter = history.GroupBy(p => QuarterOf(p.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(quarters, perQuarter.Keys.Order());
        Assert.All(quarters.Select((q, i) => (q, i)), x => Assert.Equal(DemoHistory.PlannedRegistrations(x.q, x.i), perQuarter[x.q]));
        Assert.True(quarters.Skip(4).Sum(q => perQuarter[q]) > quarters.Take(4).Sum(q => perQuarter[q]));
        Assert.All(history, p => Assert.Null(p.CounsellorId));
        var newestDemo = people.Where(p => p.FileNumber.Length == 11 && p.FileNumber[4] == '-' && char.IsAsciiDigit(p.FileNumber[5])).Max(p => p.CreatedAt);
        Assert.True(history.Max(p => p.CreatedAt) < newestDemo.AddDays(-1));
        Assert.Contains(history, p => p.DateOfBirth is null && p.BirthYear is not null);
        Assert.InRange(history.Select(p => p.NationalityCode).Distinct().Count(), 10, 14);
        // A small cell or more for the suppression to show.
        Assert.Contains(history.GroupBy(p => p.NationalityCode), g => g.Count() is >= 1 and <= 4);

        var ids = history.Select(p => p.Id).ToHashSet();
        var withdrawn = await app.QueryAsync(db => db.Consents.AsNoTracking()
            .Where(c => c.Purpose == ConsentPurpose.Statistics && c.WithdrawnAt != null).Select(c => c.PersonId).ToListAsync());
        Assert.InRange(withdrawn.Count(ids.Contains), 2, 20);
        var pending = await app.QueryAsync(db => db.FollowUpChecks.AsNoTracking().Where(c => c.Status == CheckStatus.Pending).Select(c => c.PersonId).ToListAsync());
        Assert.DoesNotContain(pending, ids.Contains);

        // Each quarter has its pathway events, outreach and sessions.
        var positioned = await app.QueryAsync(db => db.PositioningRecords.AsNoTracking().Select(r => new { r.PersonId, r.InterviewedOn }).ToListAsync());
        var referrals = await app.QueryAsync(db => db.Referrals.AsNoTracking().Where(r => r.SentAt != null).Select(r => new { r.PersonId, r.SentAt }).ToListAsync());
        var outcomes = await app.QueryAsync(db => db.Outcomes.AsNoTracking().Select(o => new { o.PersonId, o.Kind, o.StartsOn }).ToListAsync());
        var outings = await app.QueryAsync(db => db.OutreachActivities.AsNoTracking().Where(a => a.Status == OutreachStatus.Done)
            .Select(a => new { a.PlannedAt, a.ReachedTotal }).ToListAsync());
        var attended = await app.QueryAsync(db => (from r in db.SessionRegistrations
                                                   join s in db.InfoSessions on r.SessionId equals s.Id
                                                   where r.Status == RegistrationStatus.Attended
                                                   select s.StartsAt).ToListAsync());
        var paid = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().Where(o => o.Status == PaymentStatus.Paid && o.SettledOn != null)
            .Select(o => o.SettledOn!.Value).ToListAsync());
        var completions = await app.QueryAsync(db => db.ModuleCompletions.AsNoTracking().Select(c => c.CompletedOn).ToListAsync());
        foreach (var quarter in quarters)
        {
            Assert.True(positioned.Count(r => ids.Contains(r.PersonId) && Quarter.Of(r.InterviewedOn) == quarter) > 0, $"positioned {quarter}");
            Assert.True(referrals.Count(r => ids.Contains(r.PersonId) && QuarterOf(r.SentAt!.Value) == quarter) > 0, $"referred {quarter}");
            Assert.True(outings.Where(a => QuarterOf(a.PlannedAt) == quarter).Sum(a => a.ReachedTotal) > 50, $"reached {quarter}");
            Assert.True(attended.Count(a => QuarterOf(a) == quarter) > 5, $"informed {quarter}");
        }

        var employed = outcomes.Where(o => ids.Contains(o.PersonId) && o.Kind == OutcomeKind.Employed).ToList();
        Assert.True(quarters.Count(q => employed.Any(o => Quarter.Of(o.StartsOn) == q)) >= 6);
        Assert.Contains(outcomes, o => ids.Contains(o.PersonId) && o.Kind == OutcomeKind.SelfEmployed);
        Assert.Contains(outcomes, o => ids.Contains(o.PersonId) && o.Kind == OutcomeKind.InTraining);
        Assert.True(quarters.Count(q => paid.Any(d => Quarter.Of(d) == q)) >= 5);
        Assert.True(quarters.Count(q => completions.Any(d => Quarter.Of(d) == q)) >= 2);
    }
}
