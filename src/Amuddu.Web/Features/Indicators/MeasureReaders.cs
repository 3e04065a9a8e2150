using Amuddu.Web.Data;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using PeopleSex = Amuddu.Web.Features.People.Sex;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// What each <see cref="IndicatorMeasure"/> counts, read from the areas' own tables for a slice of subjects, each
/// table read once per slice. The definitions (docs/indicators.md, "What each measure counts"):
/// <list type="bullet">
/// <item><see cref="IndicatorMeasure.OutreachReached"/>: the agents' counts by sex and age band of each outreach activity
/// done (status Done), in the quarter it was held; one fact per group (<see cref="IndicatorFact.Part"/>), always first.</item>
/// <item><see cref="IndicatorMeasure.PreRegistered"/>: people pre-registered (quarter of the first pre-registration); a
/// pre-registration converted into a file counts as that file's person.</item>
/// <item><see cref="IndicatorMeasure.InformedAtSession"/>: people marked Attended at an information session, in the quarter of the session.</item>
/// <item><see cref="IndicatorMeasure.Registered"/>: people whose file was opened, in the quarter the earliest of their files was created.</item>
/// <item><see cref="IndicatorMeasure.Positioned"/>: people with a positioning record, in the quarter of its interview.</item>
/// <item><see cref="IndicatorMeasure.ActionPlanAgreed"/>: people whose action plan has an agreement date, in that quarter.</item>
/// <item><see cref="IndicatorMeasure.FollowedUp"/>: people with an appointment marked Attended; events: those appointments.</item>
/// <item><see cref="IndicatorMeasure.Trained"/>, <see cref="IndicatorMeasure.Employed"/>, <see cref="IndicatorMeasure.SelfEmployed"/>:
/// people with an outcome of that kind starting in the quarter; events: those outcomes.</item>
/// <item><see cref="IndicatorMeasure.InWorkAt3Months"/> (6, 12): people whose 3- (6-, 12-) month check was done with the result
/// still in the job or changed job, in the quarter it was done.</item>
/// <item><see cref="IndicatorMeasure.Referred"/>: people with a referral sent by the organisation, in the quarter it was sent;
/// partner: the recipient of the quarter's first referral; events: the referrals.</item>
/// <item><see cref="IndicatorMeasure.ReferredAndServed"/>: people whose referral the partner completed with the service given
/// (outcome service delivered, training certified, employed or other), in the quarter it was completed.</item>
/// <item><see cref="IndicatorMeasure.GrantsPaid"/>: people with a payment order paid (a grant to them, or an incentive to their
/// employer), in the quarter it settled; amount: the MAD paid; one fact per programme, the person counted on the first.</item>
/// <item><see cref="IndicatorMeasure.StaffTrained"/>: staff members of the organisation who completed one of its training
/// cycles (a certificate revoked undoes it), in the quarter they completed it.</item>
/// </list>
/// Every person's fact is counted on their surviving file and broken down by the person's sex, age band at the start of
/// the quarter, nationality, legal group on the day of the quarter's first event, and the person's agency.
/// </summary>
internal static class MeasureReaders
{
    /// <summary>Measures a person is counted by once in a lifetime: only the earliest event counts (a second file opened is no second registration).</summary>
    public static readonly IndicatorMeasure[] OnceOnly =
        [IndicatorMeasure.Registered, IndicatorMeasure.PreRegistered, IndicatorMeasure.Positioned, IndicatorMeasure.ActionPlanAgreed];

    private static readonly ReferralOutcome[] Served =
        [ReferralOutcome.ServiceDelivered, ReferralOutcome.TrainingCertified, ReferralOutcome.Employed, ReferralOutcome.Other];

    private static readonly CheckResult[] InWork = [CheckResult.StillInJob, CheckResult.ChangedJob];

    /// <summary>One thing that happened to a subject on a day, for a measure.</summary>
    private readonly record struct Happening(IndicatorMeasure Measure, Guid Subject, DateOnly Day, long Amount = 0, Guid PartnerId = default, Guid ProgrammeId = default);

    /// <summary>Who a subject is, for the breakdown; <see cref="Hidden"/> stores every personal dimension as unknown.</summary>
    private sealed class Profile
    {
        public IndicatorSex Sex { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public int? BirthYear { get; init; }
        public string Nationality { get; init; } = "";
        public Guid SiteId { get; init; }
        public bool Hidden { get; init; }
        public List<IdentityDocument> Documents { get; } = [];
    }

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(SiteTime.ToLocal(instant));

    /// <summary>The band of an age in whole years (<see cref="Applications.Eligibility.AgeOn"/>), unknown when the birth is.</summary>
    public static IndicatorAgeBand AgeBandOf(int? age) => age switch
    {
        null or < 0 => IndicatorAgeBand.Unknown,
        < 15 => IndicatorAgeBand.Under15,
        < 18 => IndicatorAgeBand.From15To17,
        < 25 => IndicatorAgeBand.From18To24,
        < 35 => IndicatorAgeBand.From25To34,
        < 45 => IndicatorAgeBand.From35To44,
        < 55 => IndicatorAgeBand.From45To54,
        _ => IndicatorAgeBand.From55,
    };

    public static LegalGroup GroupOf(string? statusCode) => statusCode switch
    {
        "REFUGEE" => LegalGroup.Refugee,
        "ASYLUM_SEEKER" => LegalGroup.AsylumSeeker,
        "REGULARISED_MIGRANT" => LegalGroup.RegularResident,
        "IN_REGULARISATION" => LegalGroup.InRegularisation,
        _ => LegalGroup.Other,
    };

    private static IndicatorSex SexOf(PeopleSex? sex) => sex switch
    {
        PeopleSex.Female => IndicatorSex.Female,
        PeopleSex.Male => IndicatorSex.Male,
        _ => IndicatorSex.Unknown,
    };

    private static string Code(string? nationality) => nationality is { Length: > 0 and <= 3 } n ? n.ToUpperInvariant() : "";

    /// <summary>
    /// The facts of people: <paramref name="groups"/> maps every file of the slice (survivors and the files merged into them)
    /// to its survivor, the subject. Returns nothing for a survivor of another organisation.
    /// </summary>
    public static async Task<List<IndicatorFact>> PeopleAsync(
        AmudduDbContext db, Guid organisationId, IReadOnlyDictionary<Guid, Guid> groups, IReadOnlyDictionary<Guid, string> siteRegions,
        bool countWithdrawnInTotals, CancellationToken cancellationToken)
    {
        var ids = groups.Keys.ToList();
        Guid RootOf(Guid id) => groups.TryGetValue(id, out var root) ? root : id;
        var files = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.OrganisationId == organisationId)
            .Select(p => new { p.Id, p.CreatedAt, p.SiteId, p.Sex, p.DateOfBirth, p.BirthYear, p.NationalityCode, p.ErasedAt }).ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking().Where(c => ids.Contains(c.PersonId) && c.Purpose == ConsentPurpose.Statistics)
            .Select(c => new { c.PersonId, c.RecordedAt, c.WithdrawnAt }).ToListAsync(cancellationToken);
        var withdrawn = consents.GroupBy(c => RootOf(c.PersonId))
            .Where(g => g.OrderByDescending(c => c.RecordedAt).First().WithdrawnAt is not null).Select(g => g.Key).ToHashSet();
        var documents = await db.IdentityDocuments.AsNoTracking().Where(d => ids.Contains(d.PersonId)).ToListAsync(cancellationToken);

        var profiles = new Dictionary<Guid, Profile>();
        foreach (var group in files.GroupBy(f => RootOf(f.Id)))
        {
            if (withdrawn.Contains(group.Key) && !countWithdrawnInTotals)
            {
                continue;
            }

            // The survivor's own data; a merged file fills in only what the survivor lacks.
            var ordered = group.OrderBy(f => f.Id == group.Key ? 0 : 1).ThenBy(f => f.CreatedAt).ToList();
            var survivor = ordered[0];
            var born = ordered.FirstOrDefault(f => f.DateOfBirth is not null) ?? ordered.FirstOrDefault(f => f.BirthYear is not null);
            profiles[group.Key] = new Profile
            {
                Sex = SexOf(survivor.Sex),
                DateOfBirth = born?.DateOfBirth,
                BirthYear = born?.DateOfBirth is null ? born?.BirthYear : null,
                Nationality = Code(survivor.NationalityCode),
                SiteId = survivor.SiteId,
                Hidden = withdrawn.Contains(group.Key) || group.Any(f => f.ErasedAt is not null),
            };
        }

        foreach (var document in documents)
        {
            profiles.GetValueOrDefault(RootOf(document.PersonId))?.Documents.Add(document);
        }

        var happenings = new List<Happening>();
        happenings.AddRange(files.Select(f => new Happening(IndicatorMeasure.Registered, RootOf(f.Id), DayOf(f.CreatedAt))));

        happenings.AddRange((await db.PositioningRecords.AsNoTracking().Where(r => ids.Contains(r.PersonId))
                .Select(r => new { r.PersonId, r.InterviewedOn }).ToListAsync(cancellationToken))
            .Select(r => new Happening(IndicatorMeasure.Positioned, RootOf(r.PersonId), r.InterviewedOn)));

        happenings.AddRange((await db.ActionPlans.AsNoTracking().Where(p => ids.Contains(p.PersonId) && p.AgreedOn != null)
                .Select(p => new { p.PersonId, p.AgreedOn }).ToListAsync(cancellationToken))
            .Select(p => new Happening(IndicatorMeasure.ActionPlanAgreed, RootOf(p.PersonId), p.AgreedOn!.Value)));

        happenings.AddRange((await db.Appointments.AsNoTracking().Where(a => ids.Contains(a.PersonId) && a.Status == AppointmentStatus.Attended)
                .Select(a => new { a.PersonId, a.StartsAt }).ToListAsync(cancellationToken))
            .Select(a => new Happening(IndicatorMeasure.FollowedUp, RootOf(a.PersonId), DayOf(a.StartsAt))));

        foreach (var outcome in await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.PersonId) && o.Kind != OutcomeKind.Exited)
                     .Select(o => new { o.PersonId, o.Kind, o.StartsOn }).ToListAsync(cancellationToken))
        {
            var measure = outcome.Kind switch
            {
                OutcomeKind.Employed => IndicatorMeasure.Employed,
                OutcomeKind.SelfEmployed => IndicatorMeasure.SelfEmployed,
                _ => IndicatorMeasure.Trained,
            };
            happenings.Add(new Happening(measure, RootOf(outcome.PersonId), outcome.StartsOn));
        }

        foreach (var check in await db.FollowUpChecks.AsNoTracking()
                     .Where(c => ids.Contains(c.PersonId) && c.Status == CheckStatus.Done && c.Result != null && InWork.Contains(c.Result.Value))
                     .Select(c => new { c.PersonId, c.AfterMonths, c.DoneOn, c.DoneAt, c.DueOn }).ToListAsync(cancellationToken))
        {
            IndicatorMeasure? measure = check.AfterMonths switch
            {
                3 => IndicatorMeasure.InWorkAt3Months,
                6 => IndicatorMeasure.InWorkAt6Months,
                12 => IndicatorMeasure.InWorkAt12Months,
                _ => null,
            };
            if (measure is { } m)
            {
                happenings.Add(new Happening(m, RootOf(check.PersonId), check.DoneOn ?? (check.DoneAt is { } at ? DayOf(at) : check.DueOn)));
            }
        }

        foreach (var referral in await db.Referrals.AsNoTracking()
                     .Where(r => ids.Contains(r.PersonId) && r.SenderOrganisationId == organisationId && r.SentAt != null)
                     .Select(r => new { r.PersonId, r.SentAt, r.CompletedAt, r.Outcome, r.RecipientOrganisationId }).ToListAsync(cancellationToken))
        {
            var subject = RootOf(referral.PersonId);
            happenings.Add(new Happening(IndicatorMeasure.Referred, subject, DayOf(referral.SentAt!.Value), PartnerId: referral.RecipientOrganisationId));
            if (referral.CompletedAt is { } completed && referral.Outcome is { } outcome && Served.Contains(outcome))
            {
                happenings.Add(new Happening(IndicatorMeasure.ReferredAndServed, subject, DayOf(completed), PartnerId: referral.RecipientOrganisationId));
            }
        }

        var applications = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.PersonId) && a.OrganisationId == organisationId)
            .Select(a => new { a.Id, a.PersonId }).ToDictionaryAsync(a => a.Id, a => a.PersonId, cancellationToken);
        if (applications.Count > 0)
        {
            var applicationIds = applications.Keys.ToList();
            happenings.AddRange((await db.PaymentOrders.AsNoTracking()
                    .Where(o => applicationIds.Contains(o.ApplicationId) && o.Status == PaymentStatus.Paid)
                    .Select(o => new { o.ApplicationId, o.ProgrammeId, o.AmountCentimes, o.SettledOn, o.ExportedAt, o.CreatedAt }).ToListAsync(cancellationToken))
                .Select(o => new Happening(IndicatorMeasure.GrantsPaid, RootOf(applications[o.ApplicationId]),
                    o.SettledOn ?? DayOf(o.ExportedAt ?? o.CreatedAt), o.AmountCentimes, ProgrammeId: o.ProgrammeId)));
        }

        var preRegistrations = await db.PreRegistrations.AsNoTracking()
            .Where(p => p.PersonId != null && ids.Contains(p.PersonId.Value) && p.OrganisationId == organisationId)
            .Select(p => new { p.Id, p.PersonId, p.CreatedAt }).ToListAsync(cancellationToken);
        happenings.AddRange(preRegistrations.Select(p => new Happening(IndicatorMeasure.PreRegistered, RootOf(p.PersonId!.Value), DayOf(p.CreatedAt))));
        var preRegistrationPeople = preRegistrations.ToDictionary(p => p.Id, p => p.PersonId!.Value);
        var preRegistrationIds = preRegistrationPeople.Keys.ToList();
        foreach (var attended in await db.SessionRegistrations.AsNoTracking()
                     .Where(r => r.OrganisationId == organisationId && r.Status == RegistrationStatus.Attended
                         && ((r.PersonId != null && ids.Contains(r.PersonId.Value))
                             || (r.PreRegistrationId != null && preRegistrationIds.Contains(r.PreRegistrationId.Value))))
                     .Join(db.InfoSessions, r => r.SessionId, s => s.Id, (r, s) => new { r.PersonId, r.PreRegistrationId, s.StartsAt })
                     .ToListAsync(cancellationToken))
        {
            var person = attended.PersonId ?? preRegistrationPeople[attended.PreRegistrationId!.Value];
            happenings.Add(new Happening(IndicatorMeasure.InformedAtSession, RootOf(person), DayOf(attended.StartsAt)));
        }

        return Assemble(organisationId, happenings, profiles, siteRegions);
    }

    /// <summary>The facts of pre-registrations not (or not yet) converted into a file: each one a subject of its own.</summary>
    public static async Task<List<IndicatorFact>> PreRegistrationsAsync(
        AmudduDbContext db, Guid organisationId, IReadOnlyCollection<Guid> preRegistrationIds, IReadOnlyDictionary<Guid, string> siteRegions,
        CancellationToken cancellationToken)
    {
        var ids = preRegistrationIds.ToList();
        var rows = await db.PreRegistrations.AsNoTracking().Where(p => ids.Contains(p.Id) && p.OrganisationId == organisationId && p.PersonId == null)
            .Select(p => new { p.Id, p.SiteId, p.Sex, p.NationalityCode, p.CreatedAt, p.ErasedAt }).ToListAsync(cancellationToken);
        var kept = rows.Select(r => r.Id).ToList();
        var sessions = await db.SessionRegistrations.AsNoTracking()
            .Where(r => r.PreRegistrationId != null && kept.Contains(r.PreRegistrationId.Value) && r.PersonId == null && r.Status == RegistrationStatus.Attended)
            .Join(db.InfoSessions, r => r.SessionId, s => s.Id, (r, s) => new { r.PreRegistrationId, s.StartsAt, s.SiteId }).ToListAsync(cancellationToken);
        var profiles = new Dictionary<Guid, Profile>();
        var happenings = new List<Happening>();
        foreach (var row in rows)
        {
            var siteId = row.SiteId ?? sessions.FirstOrDefault(s => s.PreRegistrationId == row.Id)?.SiteId ?? Guid.Empty;
            profiles[row.Id] = new Profile
            {
                Sex = SexOf(row.Sex), Nationality = Code(row.NationalityCode), SiteId = siteId, Hidden = row.ErasedAt is not null,
            };
            happenings.Add(new Happening(IndicatorMeasure.PreRegistered, row.Id, DayOf(row.CreatedAt)));
        }

        happenings.AddRange(sessions.Select(s => new Happening(IndicatorMeasure.InformedAtSession, s.PreRegistrationId!.Value, DayOf(s.StartsAt))));
        return Assemble(organisationId, happenings, profiles, siteRegions);
    }

    /// <summary>The staff members' completions of the organisation's training cycles.</summary>
    public static async Task<List<IndicatorFact>> StaffAsync(
        AmudduDbContext db, Guid organisationId, IReadOnlyCollection<Guid> userIds, IReadOnlyDictionary<Guid, string> siteRegions,
        CancellationToken cancellationToken)
    {
        var ids = userIds.ToList();
        var completions = await db.CycleParticipants.AsNoTracking()
            .Where(p => ids.Contains(p.UserId) && p.CompletedAt != null)
            .Join(db.TrainingCycles.Where(c => c.OrganisationId == organisationId), p => p.CycleId, c => c.Id, (p, c) => new { p.Id, p.CycleId, p.UserId, p.CompletedAt })
            .Where(p => !db.TrainingCertificates.Any(c => c.CycleId == p.CycleId && c.ParticipantId == p.Id && c.RevokedAt != null))
            .ToListAsync(cancellationToken);
        var sites = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.SiteId })
            .ToDictionaryAsync(u => u.Id, u => u.SiteId, cancellationToken);
        var profiles = ids.ToDictionary(id => id, id => new Profile { SiteId = sites.GetValueOrDefault(id) ?? Guid.Empty });
        var happenings = completions.Select(c => new Happening(IndicatorMeasure.StaffTrained, c.UserId, DayOf(c.CompletedAt!.Value))).ToList();
        return Assemble(organisationId, happenings, profiles, siteRegions);
    }

    /// <summary>
    /// The outreach activities' anonymous counts: one fact per (sex, age band) group of an activity done. The agents' bands
    /// map onto the indicators' as follows: under 18 as 15–17, 18–24 and 25–34 as they are, 35 and over as unknown (it spans
    /// three of the indicators' bands).
    /// </summary>
    public static async Task<List<IndicatorFact>> OutreachAsync(
        AmudduDbContext db, Guid organisationId, IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken)
    {
        var ids = activityIds.ToList();
        var activities = await db.OutreachActivities.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.OrganisationId == organisationId && a.Status == OutreachStatus.Done).ToListAsync(cancellationToken);
        var facts = new List<IndicatorFact>();
        foreach (var activity in activities)
        {
            var quarter = Quarter.Of(DayOf(activity.PlannedAt)).Key;
            var part = 0;
            foreach (var group in activity.Reached.Where(r => r.Count > 0)
                         .GroupBy(r => (Sex: SexOf(r.Sex), Band: BandOf(r.AgeBand))).OrderBy(g => g.Key.Sex).ThenBy(g => g.Key.Band))
            {
                var count = group.Sum(r => r.Count);
                facts.Add(new IndicatorFact
                {
                    OrganisationId = organisationId, Measure = IndicatorMeasure.OutreachReached, Subject = activity.Id, Part = part++, Quarter = quarter,
                    First = true, Sex = group.Key.Sex, AgeBand = group.Key.Band, RegionCode = activity.RegionCode, SiteId = activity.SiteId,
                    People = count, Events = count,
                });
            }
        }

        return facts;
    }

    private static IndicatorAgeBand BandOf(AgeBand band) => band switch
    {
        AgeBand.Under18 => IndicatorAgeBand.From15To17,
        AgeBand.From18To24 => IndicatorAgeBand.From18To24,
        AgeBand.From25To34 => IndicatorAgeBand.From25To34,
        _ => IndicatorAgeBand.Unknown,
    };

    /// <summary>Turns what happened into facts: each subject once per measure and quarter, first in its earliest quarter.</summary>
    private static List<IndicatorFact> Assemble(
        Guid organisationId, List<Happening> happenings, Dictionary<Guid, Profile> profiles, IReadOnlyDictionary<Guid, string> siteRegions)
    {
        var facts = new List<IndicatorFact>();
        foreach (var byMeasure in happenings.GroupBy(h => (h.Measure, h.Subject)))
        {
            if (!profiles.TryGetValue(byMeasure.Key.Subject, out var profile))
            {
                continue;
            }

            var all = byMeasure.OrderBy(h => h.Day).ToList();
            if (OnceOnly.Contains(byMeasure.Key.Measure))
            {
                all = [all[0]];
            }

            var quarters = all.GroupBy(h => Quarter.Of(h.Day)).OrderBy(q => q.Key).ToList();
            var firstQuarter = quarters[0].Key;
            foreach (var inQuarter in quarters)
            {
                var firstDay = inQuarter.First().Day;
                var legal = profile.Hidden ? LegalGroup.Other
                    : GroupOf(LegalStatus.From(profile.Documents.Where(d => d.IssuedOn is null || d.IssuedOn <= firstDay), firstDay).StatusCode);
                // One fact per programme for payments (the person counted on the first), one per quarter otherwise.
                var parts = byMeasure.Key.Measure == IndicatorMeasure.GrantsPaid
                    ? inQuarter.GroupBy(h => h.ProgrammeId).Select(g => g.ToList()).ToList()
                    : [inQuarter.ToList()];
                for (var part = 0; part < parts.Count; part++)
                {
                    var events = parts[part];
                    facts.Add(new IndicatorFact
                    {
                        OrganisationId = organisationId, Measure = byMeasure.Key.Measure, Subject = byMeasure.Key.Subject, Part = part,
                        Quarter = inQuarter.Key.Key, First = inQuarter.Key == firstQuarter,
                        Sex = profile.Hidden ? IndicatorSex.Unknown : profile.Sex,
                        AgeBand = profile.Hidden ? IndicatorAgeBand.Unknown
                            : AgeBandOf(Applications.Eligibility.AgeOn(inQuarter.Key.FirstDay, profile.DateOfBirth, profile.BirthYear)),
                        NationalityCode = profile.Hidden ? "" : profile.Nationality,
                        LegalStatus = legal,
                        RegionCode = siteRegions.GetValueOrDefault(profile.SiteId) ?? "",
                        SiteId = profile.SiteId, PartnerId = events[0].PartnerId, ProgrammeId = events[0].ProgrammeId,
                        People = part == 0 ? 1 : 0, Events = events.Count, AmountCentimes = events.Sum(e => e.Amount),
                    });
                }
            }
        }

        return facts;
    }
}
