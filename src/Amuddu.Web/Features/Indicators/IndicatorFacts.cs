using System.Diagnostics;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals.Network;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// What a refresh did: nothing when another instance held the organisation's lease (<see cref="Ran"/> false).
/// <see cref="Subjects"/> counts the indicators' subjects recomputed (people, pre-registrations, activities, staff);
/// <see cref="Facts"/> and <see cref="Slices"/>, every table's (indicators, funnel, network, programmes).
/// </summary>
public sealed record IndicatorRefreshResult(
    Guid OrganisationId, bool Ran, bool Rebuilt, int Subjects, int Facts, int Slices, DateTimeOffset? ReadUpTo, TimeSpan Elapsed);

/// <summary>
/// Keeps the statistics' facts and their sums (<see cref="FactTable"/>) in step with the areas' data: the indicators'
/// (<see cref="IndicatorFact"/>), the outreach funnel's (<see cref="FunnelFact"/>, per pre-registration) and the referral
/// network's (<see cref="NetworkFact"/>, per referral sent) and the programme dashboards' (<see cref="ProgrammeFact"/>, per
/// application). <see cref="RebuildAsync"/> recomputes an organisation's facts
/// from scratch, then sums them all; <see cref="RefreshAsync"/> recomputes only the subjects whose data changed since the
/// last refresh (minus a safety margin, each change found on an (organisation, time) index), taking their old facts out
/// of the sums and adding the new ones in (a grouped upsert), so a refresh costs what changed, not the size of the
/// tables. Subjects are read 500 at a time, each source table once per slice.
/// A lease on the organisation's <see cref="IndicatorRefresh"/> row (a conditional update, with an expiry) lets one
/// instance refresh an organisation at a time.
/// </summary>
public static class IndicatorFacts
{
    private const int SliceSize = 500;

    /// <summary>Every table of facts the refresh keeps, with its sums.</summary>
    public static readonly IReadOnlyList<FactTable> Tables = [FactTable.Indicators, FunnelFact.Table, NetworkFact.Table, ProgrammeFact.Table];

    /// <summary>
    /// When the organisation's statistics were last counted (null before the first refresh); with no organisation, the
    /// oldest of every organisation's (the referral network spans them all).
    /// </summary>
    public static Task<DateTimeOffset?> CountedAtAsync(AmudduDbContext db, Guid? organisationId, CancellationToken cancellationToken) =>
        db.IndicatorRefreshes.AsNoTracking().Where(r => organisationId == null || r.OrganisationId == organisationId)
            .MinAsync(r => r.RefreshedAt, cancellationToken);

    /// <summary>Recomputes every fact of the organisation, then all its cells and totals.</summary>
    public static Task<IndicatorRefreshResult> RebuildAsync(
        AmudduDbContext db, Guid organisationId, TimeProvider clock, IndicatorOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(db, organisationId, clock, options ?? new IndicatorOptions(), rebuild: true, cancellationToken);

    /// <summary>
    /// Recomputes the facts of the subjects whose data changed since the last refresh, and the cells and totals they touch;
    /// an organisation never refreshed is rebuilt.
    /// </summary>
    public static Task<IndicatorRefreshResult> RefreshAsync(
        AmudduDbContext db, Guid organisationId, TimeProvider clock, IndicatorOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(db, organisationId, clock, options ?? new IndicatorOptions(), rebuild: false, cancellationToken);

    /// <summary>
    /// Refreshes (or rebuilds) every organisation that can hold what the measures count, one after the other. Employers
    /// and donors hold no person, pre-registration, outreach or training cycle of their own: a national service has
    /// thousands of employers, and the background pass would otherwise run its change scans for each every few minutes.
    /// </summary>
    public static async Task<List<IndicatorRefreshResult>> RefreshAllAsync(
        AmudduDbContext db, TimeProvider clock, IndicatorOptions? options = null, bool rebuild = false, CancellationToken cancellationToken = default)
    {
        var results = new List<IndicatorRefreshResult>();
        foreach (var organisationId in await db.Organisations.AsNoTracking()
                     .Where(o => o.Kind != Organisations.OrganisationKind.Employer && o.Kind != Organisations.OrganisationKind.Donor)
                     .OrderBy(o => o.Name).Select(o => o.Id).ToListAsync(cancellationToken))
        {
            results.Add(await RunAsync(db, organisationId, clock, options ?? new IndicatorOptions(), rebuild, cancellationToken));
        }

        return results;
    }

    private static async Task<IndicatorRefreshResult> RunAsync(
        AmudduDbContext db, Guid organisationId, TimeProvider clock, IndicatorOptions options, bool rebuild, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var startedAt = Whole(clock.GetUtcNow());
        var lease = TimeSpan.FromMinutes(options.LeaseMinutes);
        var state = await TakeLeaseAsync(db, organisationId, startedAt, startedAt + lease, cancellationToken);
        if (state is null)
        {
            return new IndicatorRefreshResult(organisationId, false, false, 0, 0, 0, null, watch.Elapsed);
        }

        var run = new Run(db, organisationId, options, clock, lease, cancellationToken) { LeaseUntil = startedAt + lease };
        try
        {
            rebuild |= state.RefreshedAt is null;
            run.SiteRegions = await db.Sites.AsNoTracking().Where(s => s.OrganisationId == organisationId)
                .ToDictionaryAsync(s => s.Id, s => s.RegionCode, cancellationToken);
            if (rebuild)
            {
                await run.RebuildAsync();
            }
            else
            {
                await run.RefreshAsync(state.ReadUpTo - TimeSpan.FromMinutes(options.SafetyMarginMinutes));
            }

            var now = clock.GetUtcNow();
            await db.IndicatorRefreshes.Where(r => r.OrganisationId == organisationId && r.LeaseUntil == run.LeaseUntil)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadUpTo, startedAt).SetProperty(r => r.RefreshedAt, now)
                    .SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null).SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
            return new IndicatorRefreshResult(organisationId, true, rebuild, run.Subjects, run.Facts, run.Slices, startedAt, watch.Elapsed);
        }
        catch
        {
            // Let the next pass (or another instance) try again without waiting for the lease to lapse.
            if (db.Database.CurrentTransaction is null)
            {
                await db.IndicatorRefreshes.Where(r => r.OrganisationId == organisationId && r.LeaseUntil == run.LeaseUntil)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>
    /// Takes the organisation's lease when nobody holds it (or it lapsed): one conditional update, which only one of two
    /// instances can win. Returns the state as it was, or null when another instance holds the lease.
    /// </summary>
    private static async Task<IndicatorRefresh?> TakeLeaseAsync(
        AmudduDbContext db, Guid organisationId, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (!await db.IndicatorRefreshes.AnyAsync(r => r.OrganisationId == organisationId, cancellationToken))
        {
            var row = new IndicatorRefresh { OrganisationId = organisationId, ReadUpTo = now };
            db.IndicatorRefreshes.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
            {
                // Another instance made it first: the update below decides.
            }
            finally
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }

        var state = await db.IndicatorRefreshes.AsNoTracking().SingleAsync(r => r.OrganisationId == organisationId, cancellationToken);
        var taken = await db.IndicatorRefreshes
            .Where(r => r.OrganisationId == organisationId && r.Version == state.Version && (r.LeaseUntil == null || r.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, until).SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
        return taken == 1 ? state : null;
    }

    /// <summary>One refresh of one organisation.</summary>
    private sealed class Run(AmudduDbContext db, Guid organisationId, IndicatorOptions options, TimeProvider clock, TimeSpan lease, CancellationToken cancellationToken)
    {
        public Dictionary<Guid, string> SiteRegions { get; set; } = [];
        public int Subjects { get; private set; }
        public int Facts { get; private set; }
        public int Slices { get; private set; }
        /// <summary>Until when this run holds the lease; renewed at every slice, on the condition that it is still this run's.</summary>
        public DateTimeOffset LeaseUntil { get; set; }

        public async Task RebuildAsync()
        {
            await InTransactionAsync(async () =>
            {
                foreach (var table in Tables)
                {
                    await table.ClearAsync(db, organisationId, cancellationToken);
                }
            });

            var files = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId)
                .Select(p => new { p.Id, p.MergedIntoId }).ToListAsync(cancellationToken);
            var mergedInto = files.Where(f => f.MergedIntoId != null).ToDictionary(f => f.Id, f => f.MergedIntoId!.Value);
            var groups = files.GroupBy(f => RootIn(mergedInto, f.Id)).ToDictionary(g => g.Key, g => g.Select(f => f.Id).ToList());
            await PeopleAsync(groups, replace: false);

            var preRegistrations = await db.PreRegistrations.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.PersonId == null)
                .Select(p => p.Id).ToListAsync(cancellationToken);
            await OthersAsync(preRegistrations, ids => MeasureReaders.PreRegistrationsAsync(db, organisationId, ids, SiteRegions, cancellationToken), replace: false);

            var activities = await db.OutreachActivities.AsNoTracking().Where(a => a.OrganisationId == organisationId)
                .Select(a => a.Id).ToListAsync(cancellationToken);
            await OthersAsync(activities, ids => MeasureReaders.OutreachAsync(db, organisationId, ids, cancellationToken), replace: false);

            var staff = await StaffOfCyclesAsync(null);
            await OthersAsync(staff, ids => MeasureReaders.StaffAsync(db, organisationId, ids, SiteRegions, cancellationToken), replace: false);

            await FunnelAsync(await db.PreRegistrations.AsNoTracking().Where(p => p.OrganisationId == organisationId)
                .Select(p => p.Id).ToListAsync(cancellationToken), replace: false);
            await NetworkAsync(await db.Referrals.AsNoTracking().Where(r => r.SenderOrganisationId == organisationId && r.SentAt != null)
                .Select(r => r.Id).ToListAsync(cancellationToken), replace: false);
            await ProgrammeAsync(await db.Applications.AsNoTracking().Where(a => a.OrganisationId == organisationId)
                .Select(a => a.Id).ToListAsync(cancellationToken), replace: false);

            await InTransactionAsync(async () =>
            {
                foreach (var table in Tables)
                {
                    await table.SumAllAsync(db, organisationId, cancellationToken);
                }
            });
        }

        public async Task RefreshAsync(DateTimeOffset since)
        {
            var org = organisationId;
            var people = new HashSet<Guid>();
            var preRegistrations = new HashSet<Guid>();
            var activities = new HashSet<Guid>();

            people.UnionWith(await db.People.AsNoTracking().Where(p => p.OrganisationId == org && (p.UpdatedAt > since || p.CreatedAt > since))
                .Select(p => p.Id).ToListAsync(cancellationToken));
            foreach (var merge in await db.PersonMerges.AsNoTracking().Where(m => m.OrganisationId == org && (m.MergedAt > since || m.UndoneAt > since))
                         .Select(m => new { m.SurvivorId, m.DuplicateId }).ToListAsync(cancellationToken))
            {
                people.Add(merge.SurvivorId);
                people.Add(merge.DuplicateId);
            }

            people.UnionWith(await db.Consents.AsNoTracking().Where(c => c.OrganisationId == org && (c.RecordedAt > since || c.WithdrawnAt > since))
                .Select(c => c.PersonId).ToListAsync(cancellationToken));
            people.UnionWith(await db.IdentityDocuments.AsNoTracking().Where(d => d.OrganisationId == org && d.RecordedAt > since)
                .Select(d => d.PersonId).ToListAsync(cancellationToken));
            people.UnionWith(await db.PositioningRecords.AsNoTracking().Where(r => r.OrganisationId == org && r.UpdatedAt > since)
                .Select(r => r.PersonId).ToListAsync(cancellationToken));
            people.UnionWith(await db.ActionPlans.AsNoTracking().Where(r => r.OrganisationId == org && r.UpdatedAt > since)
                .Select(r => r.PersonId).ToListAsync(cancellationToken));
            people.UnionWith(await db.Appointments.AsNoTracking().Where(r => r.OrganisationId == org && r.UpdatedAt > since)
                .Select(r => r.PersonId).ToListAsync(cancellationToken));
            people.UnionWith(await db.Outcomes.AsNoTracking().Where(r => r.OrganisationId == org && r.UpdatedAt > since)
                .Select(r => r.PersonId).ToListAsync(cancellationToken));
            people.UnionWith(await db.FollowUpChecks.AsNoTracking().Where(r => r.OrganisationId == org && r.UpdatedAt > since)
                .Select(r => r.PersonId).ToListAsync(cancellationToken));
            var referrals = await db.Referrals.AsNoTracking().Where(r => r.SenderOrganisationId == org && r.UpdatedAt > since)
                .Select(r => new { r.Id, r.PersonId }).ToListAsync(cancellationToken);
            people.UnionWith(referrals.Select(r => r.PersonId));
            var applications = await db.Applications.AsNoTracking().Where(a => a.OrganisationId == org && a.UpdatedAt > since)
                .Select(a => new { a.Id, a.PersonId }).ToListAsync(cancellationToken);
            people.UnionWith(applications.Select(a => a.PersonId));
            // A document that lapsed since changes its person's legal status today (the programme dashboards count it).
            var (lapsedFrom, today) = (DateOnly.FromDateTime(SiteTime.ToLocal(since)).AddDays(-1), SiteTime.Today(clock));
            people.UnionWith(await db.IdentityDocuments.AsNoTracking()
                .Where(d => d.OrganisationId == org && d.ExpiresOn != null && d.ExpiresOn >= lapsedFrom && d.ExpiresOn < today)
                .Select(d => d.PersonId).ToListAsync(cancellationToken));
            people.UnionWith(await db.Tranches.AsNoTracking().Where(t => t.OrganisationId == org && t.UpdatedAt > since)
                .Join(db.Applications, t => t.ApplicationId, a => a.Id, (t, a) => a.PersonId).ToListAsync(cancellationToken));
            people.UnionWith(await db.PaymentOrders.AsNoTracking()
                .Where(o => o.OrganisationId == org && (o.CreatedAt > since || o.ExportedAt > since || o.CancelledAt > since))
                .Join(db.Applications, o => o.ApplicationId, a => a.Id, (o, a) => a.PersonId).ToListAsync(cancellationToken));

            preRegistrations.UnionWith(await db.PreRegistrations.AsNoTracking().Where(p => p.OrganisationId == org && p.UpdatedAt > since)
                .Select(p => p.Id).ToListAsync(cancellationToken));
            // Registrations changed, and every registration of a session changed (each read on its own index).
            var changedSessions = db.InfoSessions.Where(s => s.OrganisationId == org && s.UpdatedAt > since).Select(s => s.Id);
            var registrations = await db.SessionRegistrations.AsNoTracking().Where(r => r.OrganisationId == org && r.UpdatedAt > since)
                .Select(r => new { r.PersonId, r.PreRegistrationId }).ToListAsync(cancellationToken);
            registrations.AddRange(await db.SessionRegistrations.AsNoTracking().Where(r => changedSessions.Contains(r.SessionId))
                .Select(r => new { r.PersonId, r.PreRegistrationId }).ToListAsync(cancellationToken));
            foreach (var registration in registrations)
            {
                if (registration.PersonId is { } person)
                {
                    people.Add(person);
                }

                if (registration.PreRegistrationId is { } preRegistration)
                {
                    preRegistrations.Add(preRegistration);
                }
            }

            activities.UnionWith(await db.OutreachActivities.AsNoTracking().Where(a => a.OrganisationId == org && a.UpdatedAt > since)
                .Select(a => a.Id).ToListAsync(cancellationToken));
            var staff = await StaffOfCyclesAsync(since);

            // The funnel follows a pre-registration, its session registrations and the file it became (positioned, in a plan);
            // the programme dashboards, an application, its person and their documents.
            var funnel = preRegistrations.ToHashSet();
            var programme = applications.Select(a => a.Id).ToHashSet();
            foreach (var slice in people.Chunk(SliceSize))
            {
                funnel.UnionWith(await db.PreRegistrations.AsNoTracking().Where(p => p.PersonId != null && slice.Contains(p.PersonId.Value))
                    .Select(p => p.Id).ToListAsync(cancellationToken));
                programme.UnionWith(await db.Applications.AsNoTracking().Where(a => a.OrganisationId == org && slice.Contains(a.PersonId))
                    .Select(a => a.Id).ToListAsync(cancellationToken));
            }

            // A converted pre-registration counts as its person: its own facts go, its person's are recomputed.
            var removed = new HashSet<Guid>();
            var unconverted = new List<Guid>();
            foreach (var slice in preRegistrations.Chunk(SliceSize))
            {
                foreach (var row in await db.PreRegistrations.AsNoTracking().Where(p => slice.Contains(p.Id))
                             .Select(p => new { p.Id, p.PersonId }).ToListAsync(cancellationToken))
                {
                    if (row.PersonId is { } person)
                    {
                        removed.Add(row.Id);
                        people.Add(person);
                    }
                    else
                    {
                        unconverted.Add(row.Id);
                    }
                }
            }

            // Every file changed counts on its survivor; a file merged (or no longer merged) loses the facts it had as a subject.
            var roots = await RootsAsync(people);
            removed.UnionWith(people.Where(p => roots.GetValueOrDefault(p, p) != p));
            var groups = await GroupsAsync(roots.Values.ToHashSet());
            foreach (var slice in removed.Chunk(SliceSize))
            {
                await InTransactionAsync(() => RemoveFactsAsync(slice));
            }

            await PeopleAsync(groups, replace: true);
            await OthersAsync(unconverted, ids => MeasureReaders.PreRegistrationsAsync(db, organisationId, ids, SiteRegions, cancellationToken), replace: true);
            await OthersAsync([.. activities], ids => MeasureReaders.OutreachAsync(db, organisationId, ids, cancellationToken), replace: true);
            await OthersAsync(staff, ids => MeasureReaders.StaffAsync(db, organisationId, ids, SiteRegions, cancellationToken), replace: true);
            await FunnelAsync(funnel, replace: true);
            await NetworkAsync([.. referrals.Select(r => r.Id)], replace: true);
            await ProgrammeAsync(programme, replace: true);
        }

        /// <summary>The staff members with a completion (or a certificate issued or revoked) in the organisation's cycles, changed since <paramref name="since"/> (all when null).</summary>
        private async Task<List<Guid>> StaffOfCyclesAsync(DateTimeOffset? since)
        {
            var cycles = db.TrainingCycles.Where(c => c.OrganisationId == organisationId).Select(c => c.Id);
            var participants = db.CycleParticipants.AsNoTracking().Where(p => cycles.Contains(p.CycleId));
            var certificates = db.TrainingCertificates.AsNoTracking().Where(c => cycles.Contains(c.CycleId));
            if (since is { } s)
            {
                participants = participants.Where(p => p.UpdatedAt > s);
                certificates = certificates.Where(c => c.IssuedAt > s || c.RevokedAt > s);
            }
            else
            {
                participants = participants.Where(p => p.CompletedAt != null);
            }

            var users = await participants.Select(p => p.UserId).Distinct().ToListAsync(cancellationToken);
            users.AddRange(await certificates.Select(c => c.UserId).Distinct().ToListAsync(cancellationToken));
            return users.Distinct().ToList();
        }

        private async Task PeopleAsync(Dictionary<Guid, List<Guid>> groups, bool replace)
        {
            foreach (var slice in groups.Chunk(SliceSize))
            {
                var map = new Dictionary<Guid, Guid>();
                foreach (var (root, files) in slice)
                {
                    map[root] = root;
                    foreach (var file in files)
                    {
                        map[file] = root;
                    }
                }

                var facts = await MeasureReaders.PeopleAsync(db, organisationId, map, SiteRegions, options.CountWithdrawnInTotals, cancellationToken);
                await SaveSliceAsync(FactTable.Indicators, slice.Select(s => s.Key).ToList(), facts, replace);
            }
        }

        private Task OthersAsync(IReadOnlyCollection<Guid> subjects, Func<Guid[], Task<List<IndicatorFact>>> read, bool replace) =>
            SlicesAsync(FactTable.Indicators, subjects, read, replace);

        /// <summary>The outreach funnel's facts of these pre-registrations (<see cref="FunnelFact"/>).</summary>
        private Task FunnelAsync(IReadOnlyCollection<Guid> preRegistrations, bool replace) =>
            SlicesAsync(FunnelFact.Table, preRegistrations, ids => FunnelFact.ReadAsync(db, organisationId, ids, cancellationToken), replace);

        /// <summary>The referral network's facts of these referrals sent by the organisation (<see cref="NetworkFact"/>).</summary>
        private Task NetworkAsync(IReadOnlyCollection<Guid> referrals, bool replace) =>
            SlicesAsync(NetworkFact.Table, referrals, ids => NetworkFact.ReadAsync(db, organisationId, ids, cancellationToken), replace);

        /// <summary>The programme dashboards' facts of these applications (<see cref="ProgrammeFact"/>), the evidence as valid today.</summary>
        private Task ProgrammeAsync(IReadOnlyCollection<Guid> applications, bool replace) =>
            SlicesAsync(ProgrammeFact.Table, applications, ids => ProgrammeFact.ReadAsync(db, organisationId, ids, SiteTime.Today(clock), cancellationToken), replace);

        private async Task SlicesAsync<TFact>(FactTable table, IReadOnlyCollection<Guid> subjects, Func<Guid[], Task<List<TFact>>> read, bool replace)
            where TFact : class
        {
            foreach (var slice in subjects.Distinct().Chunk(SliceSize))
            {
                await SaveSliceAsync(table, slice, await read(slice), replace);
            }
        }

        /// <summary>
        /// Saves the facts just read for the slice's subjects; on a refresh (<paramref name="replace"/>) their old facts go
        /// first, and the cells and totals follow both.
        /// </summary>
        private async Task SaveSliceAsync<TFact>(FactTable table, IReadOnlyCollection<Guid> subjects, List<TFact> facts, bool replace)
            where TFact : class
        {
            await InTransactionAsync(async () =>
            {
                if (replace)
                {
                    await table.RemoveAsync(db, organisationId, subjects, cancellationToken);
                }

                db.Set<TFact>().AddRange(facts);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                finally
                {
                    foreach (var fact in facts)
                    {
                        db.Entry(fact).State = EntityState.Detached;
                    }
                }

                if (replace)
                {
                    await table.AddAsync(db, organisationId, subjects, cancellationToken);
                }

                // Still ours: renew the lease for the next slice; lost (it lapsed and another instance took it over), stop.
                var held = LeaseUntil;
                var until = Whole(clock.GetUtcNow() + lease);
                if (until > held)
                {
                    if (await db.IndicatorRefreshes.Where(r => r.OrganisationId == organisationId && r.LeaseUntil == held)
                            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, until), cancellationToken) != 1)
                    {
                        throw new InvalidOperationException("The indicator refresh lease lapsed and another instance took it over.");
                    }

                    LeaseUntil = until;
                }
            });
            if (table == FactTable.Indicators)
            {
                Subjects += subjects.Count;
            }

            Facts += facts.Count;
            Slices++;
        }

        private Task RemoveFactsAsync(IReadOnlyCollection<Guid> subjects) =>
            FactTable.Indicators.RemoveAsync(db, organisationId, subjects, cancellationToken);

        /// <summary>Each file's survivor (itself when not merged), following chains of merges.</summary>
        private async Task<Dictionary<Guid, Guid>> RootsAsync(IReadOnlyCollection<Guid> ids)
        {
            var mergedInto = new Dictionary<Guid, Guid?>();
            var pending = ids.ToHashSet();
            while (pending.Count > 0)
            {
                foreach (var slice in pending.Chunk(SliceSize))
                {
                    foreach (var row in await db.People.AsNoTracking().Where(p => slice.Contains(p.Id) && p.OrganisationId == organisationId)
                                 .Select(p => new { p.Id, p.MergedIntoId }).ToListAsync(cancellationToken))
                    {
                        mergedInto[row.Id] = row.MergedIntoId;
                    }

                    foreach (var id in slice.Where(id => !mergedInto.ContainsKey(id)))
                    {
                        mergedInto[id] = null;
                    }
                }

                pending = mergedInto.Values.Where(v => v is { } m && !mergedInto.ContainsKey(m)).Select(v => v!.Value).ToHashSet();
            }

            var known = mergedInto.Where(m => m.Value is not null).ToDictionary(m => m.Key, m => m.Value!.Value);
            return ids.Where(mergedInto.ContainsKey).ToDictionary(id => id, id => RootIn(known, id));
        }

        /// <summary>Each survivor with every file merged into it, directly or through another.</summary>
        private async Task<Dictionary<Guid, List<Guid>>> GroupsAsync(HashSet<Guid> roots)
        {
            var groups = roots.ToDictionary(r => r, r => new List<Guid> { r });
            var rootOf = roots.ToDictionary(r => r, r => r);
            var frontier = roots.ToList();
            while (frontier.Count > 0)
            {
                var next = new List<Guid>();
                foreach (var slice in frontier.Chunk(SliceSize))
                {
                    foreach (var child in await db.People.AsNoTracking().Where(p => p.MergedIntoId != null && slice.Contains(p.MergedIntoId.Value))
                                 .Select(p => new { p.Id, Into = p.MergedIntoId!.Value }).ToListAsync(cancellationToken))
                    {
                        if (rootOf.TryAdd(child.Id, rootOf[child.Into]))
                        {
                            groups[rootOf[child.Into]].Add(child.Id);
                            next.Add(child.Id);
                        }
                    }
                }

                frontier = next;
            }

            return groups;
        }

        private async Task InTransactionAsync(Func<Task> work)
        {
            if (db.Database.CurrentTransaction is not null)
            {
                await work();
                return;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work();
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>To the millisecond: PostgreSQL keeps microseconds, and the lease is compared with what was stored.</summary>
    private static DateTimeOffset Whole(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static Guid RootIn(Dictionary<Guid, Guid> mergedInto, Guid id)
    {
        var seen = 0;
        while (mergedInto.TryGetValue(id, out var into) && seen++ < 100)
        {
            id = into;
        }

        return id;
    }
}
