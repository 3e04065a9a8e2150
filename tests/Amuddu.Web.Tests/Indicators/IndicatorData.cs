using Amuddu.Web.Data;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Indicators;

/// <summary>
/// A small hand-made data set for the indicator facts, written straight into the demo organisation ANAPEC's tables with
/// the dates of past quarters (2024 Q4 to 2025 Q3), so each measure's count can be stated.
/// </summary>
public sealed class IndicatorData
{
    public static readonly Quarter Q4Of2024 = new(2024, 4);
    public static readonly Quarter Q1 = new(2025, 1);
    public static readonly Quarter Q2 = new(2025, 2);
    public static readonly Quarter Q3 = new(2025, 3);

    public required Guid OrganisationId { get; init; }
    public required Guid Casablanca { get; init; }
    public required Guid Rabat { get; init; }
    public required Guid Ngo { get; init; }
    public required Guid CounsellorId { get; init; }
    public required Guid AnalystId { get; init; }

    public static async Task<IndicatorData> OfAsync(AmudduApp app) => await app.QueryAsync(async db =>
    {
        var anapec = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Anapec);
        return new IndicatorData
        {
            OrganisationId = anapec.Id,
            Casablanca = (await db.Sites.SingleAsync(s => s.Name == DemoOrganisations.CasablancaAgency)).Id,
            Rabat = (await db.Sites.SingleAsync(s => s.Name == DemoOrganisations.RabatAgency)).Id,
            Ngo = (await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Ngo)).Id,
            CounsellorId = (await db.Users.SingleAsync(u => u.Email == Demo.Counsellor)).Id,
            AnalystId = (await db.Users.SingleAsync(u => u.Email == Demo.Analyst)).Id,
        };
    });

    /// <summary>Noon (UTC) on the day: the same day in Morocco.</summary>
    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    public static DateOnly On(int year, int month, int day) => new(year, month, day);

    public Person Person(string name, Sex sex, DateOnly? born, int? birthYear, string nationality, Guid site, DateTimeOffset created) => new()
    {
        FileNumber = $"IND-{Guid.NewGuid():N}"[..20],
        OrganisationId = OrganisationId,
        SiteId = site,
        FirstName = name,
        LastName = "Test",
        Sex = sex,
        DateOfBirth = born,
        BirthYear = birthYear ?? born?.Year,
        NationalityCode = nationality,
        RegionCode = site == Rabat ? "MA-04" : "MA-06",
        City = site == Rabat ? "Rabat" : "Casablanca",
        CreatedAt = created,
    };

    public Appointment Appointment(Person person, DateTimeOffset at, AppointmentStatus status = AppointmentStatus.Attended) => new()
    {
        PersonId = person.Id, OrganisationId = OrganisationId, CounsellorId = CounsellorId, StartsAt = at, DurationMinutes = 30,
        EndsAt = at.AddMinutes(30), Status = status, SiteId = person.SiteId,
    };

    public Outcome Outcome(Person person, OutcomeKind kind, DateOnly startsOn) => new()
    {
        PersonId = person.Id, OrganisationId = OrganisationId, Kind = kind, StartsOn = startsOn, RecordedAt = At(startsOn.Year, startsOn.Month, startsOn.Day),
    };

    public IdentityDocument Document(Person person, string type, DateOnly issued, DateOnly expires) => new()
    {
        PersonId = person.Id, OrganisationId = OrganisationId, TypeCode = type, NumberCipher = "x", NumberFingerprint = Guid.NewGuid().ToString("N"),
        IssuedOn = issued, ExpiresOn = expires, RecordedAt = At(issued.Year, issued.Month, issued.Day),
    };

    public Consent Statistics(Person person, DateOnly given, DateTimeOffset? withdrawn = null) => new()
    {
        PersonId = person.Id, OrganisationId = OrganisationId, Purpose = ConsentPurpose.Statistics, GivenOn = given,
        RecordedAt = At(given.Year, given.Month, given.Day), WithdrawnAt = withdrawn,
    };

    /// <summary>
    /// The hand-made set: Aminata (F, born 10 May 2000, SN, refugee card, Casablanca), Moussa (M, born 1990 only, ML, a
    /// regularisation receipt, Rabat, converted from a pre-registration), Kofi (M, born 10 February 2007, GH, Casablanca),
    /// an unconverted pre-registration, an outreach activity done (and one only planned), a staff member trained.
    /// </summary>
    public async Task<(Person Aminata, Person Moussa, Person Kofi, Guid ProgrammeId)> SeedAsync(AmudduDbContext db)
    {
        var aminata = Person("Aminata", Sex.Female, On(2000, 5, 10), null, "SN", Casablanca, At(2025, 1, 15));
        var moussa = Person("Moussa", Sex.Male, null, 1990, "ML", Rabat, At(2025, 2, 3));
        var kofi = Person("Kofi", Sex.Male, On(2007, 2, 10), null, "GH", Casablanca, At(2024, 12, 20));
        db.People.AddRange(aminata, moussa, kofi);
        db.IdentityDocuments.AddRange(
            Document(aminata, "REFUGEE_CARD", On(2024, 1, 1), On(2027, 1, 1)),
            Document(moussa, "REGULARISATION_RECEIPT", On(2025, 2, 1), On(2026, 2, 1)));

        db.PositioningRecords.Add(new PositioningRecord { PersonId = aminata.Id, OrganisationId = OrganisationId, InterviewedOn = On(2025, 2, 1) });
        db.ActionPlans.Add(new ActionPlan { PersonId = aminata.Id, OrganisationId = OrganisationId, Status = ActionPlanStatus.Active, AgreedOn = On(2025, 3, 1) });
        db.Appointments.AddRange(
            Appointment(aminata, At(2025, 2, 10)), Appointment(aminata, At(2025, 2, 20)), Appointment(aminata, At(2025, 4, 10)),
            Appointment(aminata, At(2025, 3, 5), AppointmentStatus.NoShow),
            Appointment(kofi, At(2025, 3, 1)), Appointment(kofi, At(2025, 5, 1)));
        var employed = Outcome(aminata, OutcomeKind.Employed, On(2025, 4, 1));
        db.Outcomes.AddRange(employed, Outcome(moussa, OutcomeKind.InTraining, On(2025, 2, 15)), Outcome(moussa, OutcomeKind.SelfEmployed, On(2025, 5, 1)),
            Outcome(kofi, OutcomeKind.Exited, On(2025, 6, 1)));
        db.FollowUpChecks.AddRange(
            new FollowUpCheck
            {
                OutcomeId = employed.Id, PersonId = aminata.Id, OrganisationId = OrganisationId, AfterMonths = 3, DueOn = On(2025, 7, 1),
                Status = CheckStatus.Done, Result = CheckResult.StillInJob, DoneOn = On(2025, 7, 2),
            },
            new FollowUpCheck
            {
                OutcomeId = employed.Id, PersonId = aminata.Id, OrganisationId = OrganisationId, AfterMonths = 6, DueOn = On(2025, 10, 1),
                Status = CheckStatus.Pending,
            });

        var offer = new Offer { OrganisationId = Ngo, RegionCode = "MA-04", City = "Rabat" };
        db.Offers.Add(offer);
        db.Referrals.Add(new Referral
        {
            Reference = $"REF-{Guid.NewGuid():N}"[..20], PersonId = moussa.Id, SenderOrganisationId = OrganisationId, SenderUserId = CounsellorId,
            OfferId = offer.Id, RecipientOrganisationId = Ngo, Status = ReferralStatus.Completed, Reason = "test", RespondBy = On(2025, 3, 1),
            SentAt = At(2025, 2, 20), CompletedAt = At(2025, 4, 5), Outcome = ReferralOutcome.ServiceDelivered,
        });
        db.Referrals.Add(new Referral
        {
            Reference = $"REF-{Guid.NewGuid():N}"[..20], PersonId = kofi.Id, SenderOrganisationId = OrganisationId, SenderUserId = CounsellorId,
            OfferId = offer.Id, RecipientOrganisationId = Ngo, Status = ReferralStatus.Draft, Reason = "draft, never sent", RespondBy = On(2025, 3, 1),
        });

        var programme = new Programme { OrganisationId = OrganisationId, Code = $"P-{Guid.NewGuid():N}"[..12], Name = "Grants", Funder = "Donor" };
        db.Programmes.Add(programme);
        var application = new SupportApplication
        {
            Reference = $"DEM-{Guid.NewGuid():N}"[..20], ProgrammeId = programme.Id, OrganisationId = OrganisationId, PersonId = aminata.Id,
            Status = ApplicationStatus.InPayment, Purpose = "training", StartsOn = On(2025, 5, 1), RegionCode = "MA-06",
        };
        db.Applications.Add(application);
        foreach (var (number, amount, settled, status) in new[]
                 {
                     (1, 100_000L, On(2025, 5, 10), PaymentStatus.Paid), (2, 50_000L, On(2025, 6, 10), PaymentStatus.Paid),
                     (3, 70_000L, On(2025, 6, 20), PaymentStatus.Failed),
                 })
        {
            var tranche = new Tranche
            {
                ApplicationId = application.Id, ProgrammeId = programme.Id, OrganisationId = OrganisationId, Number = number, DueOn = settled,
                AmountCentimes = amount, Status = status == PaymentStatus.Paid ? TrancheStatus.Paid : TrancheStatus.Due,
            };
            db.Tranches.Add(tranche);
            db.PaymentOrders.Add(new PaymentOrder
            {
                Reference = $"PAY-{Guid.NewGuid():N}"[..20], IdempotencyKey = Guid.NewGuid().ToString(), RequestHash = "h", OrganisationId = OrganisationId,
                ProgrammeId = programme.Id, ApplicationId = application.Id, TrancheId = tranche.Id, AmountCentimes = amount, PayeeName = "Aminata",
                PayeeAccountCipher = "x", Status = status, CreatedAt = At(settled.Year, settled.Month, 1), CreatedBy = CounsellorId,
                SettledOn = status == PaymentStatus.Paid ? settled : null,
            });
        }

        var walkIn = new PreRegistration
        {
            OrganisationId = OrganisationId, SiteId = Casablanca, Source = PreRegistrationSource.Outreach, FirstName = "Grace", Sex = Sex.Female,
            NationalityCode = "CM", Language = "fr", CreatedAt = At(2025, 1, 20),
        };
        var converted = new PreRegistration
        {
            OrganisationId = OrganisationId, SiteId = Rabat, Source = PreRegistrationSource.Outreach, FirstName = "Moussa", Language = "fr",
            Status = PreRegistrationStatus.Converted, PersonId = moussa.Id, CreatedAt = At(2025, 1, 25),
        };
        db.PreRegistrations.AddRange(walkIn, converted);
        var session = new InfoSession
        {
            OrganisationId = OrganisationId, SiteId = Casablanca, Title = "Séance", Language = "fr", StartsAt = At(2025, 2, 5), DurationMinutes = 60,
            Capacity = 20, Status = SessionStatus.Held,
        };
        db.InfoSessions.Add(session);
        db.SessionRegistrations.AddRange(
            new SessionRegistration { SessionId = session.Id, OrganisationId = OrganisationId, PreRegistrationId = walkIn.Id, Status = RegistrationStatus.Attended },
            new SessionRegistration { SessionId = session.Id, OrganisationId = OrganisationId, PersonId = moussa.Id, Status = RegistrationStatus.Attended },
            new SessionRegistration { SessionId = session.Id, OrganisationId = OrganisationId, PersonId = kofi.Id, Status = RegistrationStatus.Absent });

        db.OutreachActivities.AddRange(
            new OutreachActivity
            {
                OrganisationId = OrganisationId, SiteId = Casablanca, PlannedAt = At(2025, 1, 10), Status = OutreachStatus.Done, RegionCode = "MA-06",
                City = "Casablanca", Reached =
                [
                    new ReachCount { Sex = Sex.Female, AgeBand = AgeBand.From18To24, Count = 5 },
                    new ReachCount { Sex = Sex.Male, AgeBand = AgeBand.From25To34, Count = 7 },
                    new ReachCount { Sex = Sex.Male, AgeBand = AgeBand.From35, Count = 3 },
                ],
                ReachedTotal = 15,
            },
            new OutreachActivity
            {
                OrganisationId = OrganisationId, SiteId = Casablanca, PlannedAt = At(2025, 3, 10), Status = OutreachStatus.Planned, RegionCode = "MA-06",
                City = "Casablanca", Reached = [new ReachCount { Sex = Sex.Female, AgeBand = AgeBand.From18To24, Count = 40 }], ReachedTotal = 40,
            });

        var cycle = new TrainingCycle
        {
            OrganisationId = OrganisationId, Title = "Cycle", DeliveredById = OrganisationId, StartsOn = On(2025, 1, 6), EndsOn = On(2025, 3, 20), Capacity = 10,
        };
        db.TrainingCycles.Add(cycle);
        db.CycleParticipants.AddRange(
            new CycleParticipant { CycleId = cycle.Id, UserId = CounsellorId, NominatedBy = CounsellorId, NominatedAt = At(2025, 1, 2), CompletedAt = At(2025, 3, 20) },
            new CycleParticipant { CycleId = cycle.Id, UserId = AnalystId, NominatedBy = CounsellorId, NominatedAt = At(2025, 1, 2) });

        await db.SaveChangesAsync();
        return (aminata, moussa, kofi, programme.Id);
    }
}
