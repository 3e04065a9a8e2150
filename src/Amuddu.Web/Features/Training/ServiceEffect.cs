using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Exchanges;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// "Is the service better?" The one place where the before/after view is computed (docs/exchanges.md defines each
/// indicator). For the counsellors who completed the module on face-to-face services (module 3), the people they
/// follow in the 6 months before and the 6 months after their completion, against the counsellors not yet trained in
/// the same periods; and, for each adopted practice linked to an indicator, that indicator in the adopting agency
/// around the adoption. The database filters (who, which period); the counting of a few rows per person is done here.
/// An observational comparison: it shows what changed, not why.
/// </summary>
public static class ServiceEffect
{
    public const int SmallestCell = 5;
    public const int WindowMonths = 6;

    /// <summary>A period [From, To) in the site's calendar.</summary>
    private sealed record Window(DateOnly From, DateOnly To)
    {
        public DateTimeOffset Start => SiteTime.StartOf(From);
        public DateTimeOffset End => SiteTime.StartOf(To);
        public static Window Before(DateOnly day) => new(day.AddMonths(-WindowMonths), day);
        public static Window After(DateOnly day) => new(day, day.AddMonths(WindowMonths));
    }

    private sealed record Received(DateOnly On, DateOnly? PositionedOn, DateOnly? AgreedOn, DateOnly? InWorkOn);

    /// <summary>What one group shows in one period: its people received, its appointments and its referrals, each once.</summary>
    private sealed class Observed
    {
        public Dictionary<Guid, Received> People { get; } = [];
        public Dictionary<Guid, (Guid Person, bool Missed)> Appointments { get; } = [];
        public Dictionary<Guid, (Guid Person, bool Completed)> Referrals { get; } = [];

        public EffectCell Cell(ServiceIndicator indicator, DateOnly today) => indicator switch
        {
            ServiceIndicator.PositionedWithin30Days =>
                EffectCell.Of(People.Values.Count(p => p.PositionedOn <= p.On.AddDays(30)), People.Count, People.Count),
            ServiceIndicator.ActionPlanWithin60Days =>
                EffectCell.Of(People.Values.Count(p => p.AgreedOn <= p.On.AddDays(60)), People.Count, People.Count),
            ServiceIndicator.MissedAppointments =>
                EffectCell.Of(Appointments.Values.Count(a => a.Missed), Appointments.Count, Appointments.Values.Select(a => a.Person).Distinct().Count()),
            ServiceIndicator.ReferralsCompleted =>
                EffectCell.Of(Referrals.Values.Count(r => r.Completed), Referrals.Count, Referrals.Values.Select(r => r.Person).Distinct().Count()),
            ServiceIndicator.EmployedAt6Months => SixMonths(today),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
        };

        private EffectCell SixMonths(DateOnly today)
        {
            var seen = People.Values.Where(p => p.On.AddMonths(WindowMonths) <= today).ToList();
            return EffectCell.Of(seen.Count(p => p.InWorkOn <= p.On.AddMonths(WindowMonths)), seen.Count, seen.Count);
        }
    }

    /// <summary>
    /// How long the view is kept per organisation and day: it reads every person received by the organisation's
    /// counsellors over a year, too much to count again at each view; its windows are months long.
    /// </summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    /// <summary>The view as last counted (at most <see cref="KeptFor"/> ago), with when it was counted.</summary>
    public static async Task<ServiceEffectResponse> LoadAsync(AmudduDbContext db, KeptFigures kept, Guid organisationId, DateOnly today,
        CancellationToken cancellationToken)
    {
        var (effect, countedAt) = await kept.GetAsync((nameof(ServiceEffect), organisationId, today), KeptFor,
            () => ComputeAsync(db, organisationId, today, cancellationToken));
        return effect with { CountedAt = countedAt };
    }

    public static async Task<ServiceEffectResponse> ComputeAsync(AmudduDbContext db, Guid organisationId, DateOnly today, CancellationToken cancellationToken)
    {
        // Who completed module 3, and when (their first completion of it).
        var completed = (await (from c in db.ModuleCompletions
                                join m in db.TrainingModules on c.ModuleId equals m.Id
                                join cycle in db.TrainingCycles on m.CycleId equals cycle.Id
                                where m.Theme == ModuleTheme.FaceToFaceServices && cycle.OrganisationId == organisationId
                                select new { c.UserId, c.CompletedOn }).ToListAsync(cancellationToken))
            .GroupBy(c => c.UserId).ToDictionary(g => g.Key, g => g.Min(c => c.CompletedOn));

        // The organisation's counsellors (the roles that follow people).
        var counsellors = await (from u in db.Users
                                 join ur in db.UserRoles on u.Id equals ur.UserId
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where u.OrganisationId == organisationId && Policies.PeopleFileRoles.Contains(r.Name!)
                                 select u.Id).Distinct().ToListAsync(cancellationToken);

        var trainedBefore = new Observed();
        var trainedAfter = new Observed();
        var untrainedBefore = new Observed();
        var untrainedAfter = new Observed();
        foreach (var anchor in completed.GroupBy(c => c.Value, c => c.Key))
        {
            var trained = anchor.ToList();
            var before = Window.Before(anchor.Key);
            var after = Window.After(anchor.Key);
            // Not yet trained: no completion of module 3 before the end of the period.
            List<Guid> NotYetTrained(Window window) => [.. counsellors.Where(u => !completed.TryGetValue(u, out var on) || on >= window.To)];
            await ObserveAsync(db, organisationId, FollowedBy(db, organisationId, trained), before, trainedBefore, cancellationToken);
            await ObserveAsync(db, organisationId, FollowedBy(db, organisationId, trained), after, trainedAfter, cancellationToken);
            await ObserveAsync(db, organisationId, FollowedBy(db, organisationId, NotYetTrained(before)), before, untrainedBefore, cancellationToken);
            await ObserveAsync(db, organisationId, FollowedBy(db, organisationId, NotYetTrained(after)), after, untrainedAfter, cancellationToken);
        }

        var indicators = Enum.GetValues<ServiceIndicator>().Select(i => new IndicatorComparison(
            i, trainedBefore.Cell(i, today), trainedAfter.Cell(i, today), untrainedBefore.Cell(i, today), untrainedAfter.Cell(i, today))).ToList();

        // Adopted practices linked to an indicator: that indicator in the adopting agency around the adoption.
        var adoptions = await (from c in db.Commitments
                               join site in db.Sites on c.SiteId equals site.Id
                               where c.OrganisationId == organisationId && c.AdoptedOn != null && c.Indicator != null
                                   && (c.Status == CommitmentStatus.Adopted || c.Status == CommitmentStatus.Adapted)
                               orderby c.AdoptedOn
                               select new { c.Id, c.PracticeId, c.SiteId, Site = site.Name, AdoptedOn = c.AdoptedOn!.Value, Indicator = c.Indicator!.Value })
            .ToListAsync(cancellationToken);
        var practiceIds = adoptions.Select(a => a.PracticeId).Distinct().ToList();
        var names = (await db.PracticeTexts.Where(t => practiceIds.Contains(t.PracticeId)).Join(db.Practices, t => t.PracticeId, p => p.Id,
                (t, p) => new { t.PracticeId, t.Language, t.Name, p.OriginalLanguage }).ToListAsync(cancellationToken))
            .GroupBy(t => t.PracticeId).ToDictionary(g => g.Key, g => g.Where(t => t.Language == t.OriginalLanguage).Select(t => t.Name).FirstOrDefault() ?? g.First().Name);
        var adopted = new List<AdoptionEffect>();
        foreach (var a in adoptions)
        {
            var agency = db.People.Where(p => p.OrganisationId == organisationId && p.SiteId == a.SiteId && p.MergedIntoId == null && p.ErasedAt == null);
            var before = new Observed();
            var after = new Observed();
            await ObserveAsync(db, organisationId, agency, Window.Before(a.AdoptedOn), before, cancellationToken);
            await ObserveAsync(db, organisationId, agency, Window.After(a.AdoptedOn), after, cancellationToken);
            adopted.Add(new AdoptionEffect(a.Id, a.PracticeId, names.GetValueOrDefault(a.PracticeId, "—"), a.SiteId, a.Site, a.AdoptedOn, a.Indicator,
                before.Cell(a.Indicator, today), after.Cell(a.Indicator, today)));
        }

        var untrained = counsellors.Count(u => !completed.ContainsKey(u));
        return new ServiceEffectResponse(today, WindowMonths, SmallestCell, completed.Count, untrained, [.. completed.Values.Distinct().Order()],
            indicators, adopted);
    }

    /// <summary>The open files of the organisation whose counsellor is one of <paramref name="counsellors"/>.</summary>
    private static IQueryable<Person> FollowedBy(AmudduDbContext db, Guid organisationId, List<Guid> counsellors) =>
        db.People.Where(p => p.OrganisationId == organisationId && p.CounsellorId != null && counsellors.Contains(p.CounsellorId.Value)
            && p.MergedIntoId == null && p.ErasedAt == null);

    private static async Task ObserveAsync(AmudduDbContext db, Guid organisationId, IQueryable<Person> followed, Window window, Observed into,
        CancellationToken cancellationToken)
    {
        var (start, end) = (window.Start, window.End);
        var received = followed.Where(p => p.CreatedAt >= start && p.CreatedAt < end);
        var receivedIds = received.Select(p => p.Id);
        var people = await received.AsNoTracking().Select(p => new { p.Id, p.CreatedAt }).ToListAsync(cancellationToken);
        var positioned = (await db.PositioningRecords.Where(r => receivedIds.Contains(r.PersonId))
            .Select(r => new { r.PersonId, r.InterviewedOn }).ToListAsync(cancellationToken)).ToLookup(r => r.PersonId, r => r.InterviewedOn);
        var agreed = (await db.ActionPlans.Where(a => a.AgreedOn != null && receivedIds.Contains(a.PersonId))
            .Select(a => new { a.PersonId, AgreedOn = a.AgreedOn!.Value }).ToListAsync(cancellationToken)).ToLookup(a => a.PersonId, a => a.AgreedOn);
        var inWork = (await db.Outcomes.Where(o => (o.Kind == OutcomeKind.Employed || o.Kind == OutcomeKind.SelfEmployed) && receivedIds.Contains(o.PersonId))
            .Select(o => new { o.PersonId, o.StartsOn }).ToListAsync(cancellationToken)).ToLookup(o => o.PersonId, o => o.StartsOn);
        foreach (var p in people)
        {
            into.People.TryAdd(p.Id, new Received(DateOnly.FromDateTime(SiteTime.ToLocal(p.CreatedAt)),
                First(positioned[p.Id]), First(agreed[p.Id]), First(inWork[p.Id])));
        }

        var followedIds = followed.Select(p => p.Id);
        var appointments = await db.Appointments
            .Where(a => a.StartsAt >= start && a.StartsAt < end && (a.Status == AppointmentStatus.Attended || a.Status == AppointmentStatus.NoShow)
                && followedIds.Contains(a.PersonId))
            .Select(a => new { a.Id, a.PersonId, a.Status }).ToListAsync(cancellationToken);
        foreach (var a in appointments)
        {
            into.Appointments.TryAdd(a.Id, (a.PersonId, a.Status == AppointmentStatus.NoShow));
        }

        var referrals = await db.Referrals
            .Where(r => r.SenderOrganisationId == organisationId && r.SentAt != null && r.SentAt >= start && r.SentAt < end && followedIds.Contains(r.PersonId))
            .Select(r => new { r.Id, r.PersonId, r.CompletedAt }).ToListAsync(cancellationToken);
        foreach (var r in referrals)
        {
            into.Referrals.TryAdd(r.Id, (r.PersonId, r.CompletedAt != null));
        }
    }

    private static DateOnly? First(IEnumerable<DateOnly> dates) => dates.Select(d => (DateOnly?)d).Min();
}
