using Amuddu.Web.Data;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Action plans and appointments for the demo people in an action plan or further along: steps in
/// every status (some overdue), past appointments attended or missed, and the counsellors'
/// calendars filled for this week and the next, with reminders queued for those who agreed to SMS.
/// </summary>
public static class DemoActionPlans
{
    private static readonly string[] Goals =
    [
        "Trouver un emploi d'aide-cuisinier dans la restauration à Casablanca.",
        "Obtenir un CDD dans le textile (couture industrielle) d'ici six mois.",
        "Se former au métier d'électricien du bâtiment puis chercher un emploi.",
        "Lancer une petite activité de coiffure à domicile.",
        "Travailler comme agent de sécurité après avoir renouvelé la carte de séjour.",
        "Améliorer le français professionnel et trouver un poste en centre d'appels.",
    ];

    private static readonly (StepKind Kind, string Title, string? Detail)[] Steps =
    [
        (StepKind.LanguageCourse, "Cours de français professionnel (niveau A2)", "Institut français, deux soirs par semaine"),
        (StepKind.VocationalTraining, "Formation qualifiante en cuisine", "OFPPT Hay Hassani, 3 mois"),
        (StepKind.JobSearchWorkshop, "Atelier CV et entretien d'embauche", "Agence, salle 2"),
        (StepKind.JobTryout, "Mise en situation dans un atelier de confection", "Deux semaines chez un employeur partenaire"),
        (StepKind.SelfEmploymentCoaching, "Accompagnement au montage du projet", "Rédiger le plan d'affaires avec la conseillère"),
        (StepKind.Referral, "Orientation vers l'Entraide Nationale", "Demande d'aide au transport"),
        (StepKind.DocumentRenewal, "Renouveler la carte de séjour", "Prendre rendez-vous à la préfecture"),
        (StepKind.Other, "Ouvrir un compte bancaire", null),
    ];

    private static readonly string[] Purposes =
    [
        "Point sur le plan d'action", "Préparation à l'entretien d'embauche", "Suivi de la formation", "Bilan de la mise en situation",
        "Signature du plan d'action", "Suivi des démarches administratives",
    ];

    public static async Task SeedAsync(AmudduDbContext db, IReadOnlyList<(Person Person, DemoStage Stage)> people, FieldProtector protector,
        IStringLocalizer text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var random = new Random(4242);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var following = people.Where(p => p.Stage >= DemoStage.InActionPlan && p.Person.CounsellorId is not null).ToList();
        foreach (var (person, stage) in following)
        {
            if (person.Stage is PathwayStage.Received or PathwayStage.Positioned)
            {
                person.Stage = PathwayStage.InActionPlan;
            }

            var counsellor = person.CounsellorId!.Value;
            var started = now.AddDays(-random.Next(30, 200));
            var startedOn = DateOnly.FromDateTime(started.UtcDateTime);
            var plan = new ActionPlan
            {
                PersonId = person.Id,
                OrganisationId = person.OrganisationId,
                Goal = Goals[random.Next(Goals.Length)],
                Status = stage == DemoStage.Outcome ? ActionPlanStatus.Completed : ActionPlanStatus.Active,
                AgreedOn = startedOn,
                AgreementMethod = random.Next(3) == 0 ? AgreementMethod.Oral : AgreementMethod.Signed,
                AgreementRecordedBy = counsellor,
                CreatedAt = started,
            };
            db.ActionPlans.Add(plan);
            var count = 2 + random.Next(3);
            for (var i = 0; i < count; i++)
            {
                var (kind, title, detail) = Steps[random.Next(Steps.Length)];
                var due = startedOn.AddDays(20 + random.Next(150));
                // Outcomes have their steps behind them; the others a mix, some overdue.
                var status = stage == DemoStage.Outcome ? (random.Next(5) == 0 ? StepStatus.Cancelled : StepStatus.Done)
                    : (StepStatus)random.Next(4);
                db.ActionPlanSteps.Add(new ActionPlanStep
                {
                    PlanId = plan.Id,
                    PersonId = person.Id,
                    OrganisationId = person.OrganisationId,
                    Kind = kind,
                    Title = title,
                    Detail = detail,
                    OwnerUserId = random.Next(3) == 0 ? null : counsellor,
                    DueOn = due,
                    Status = status,
                    CompletedOn = status == StepStatus.Done ? Min(due.AddDays(-random.Next(10)), today) : null,
                    CreatedAt = started,
                });
            }

            if (person.Phone is not null && random.Next(3) > 0)
            {
                db.Consents.Add(new Consent
                {
                    PersonId = person.Id,
                    OrganisationId = person.OrganisationId,
                    Purpose = ConsentPurpose.ContactBySmsOrWhatsApp,
                    Method = ConsentMethod.SignedForm,
                    GivenOn = startedOn,
                    RecordedBy = counsellor,
                    RecordedAt = started,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // Half-hour slots from 9:00, one counsellor never twice in the same slot.
        var taken = new HashSet<(Guid, DateTimeOffset)>();
        var monday = SiteTime.Today(clock).AddDays(-(((int)SiteTime.Today(clock).DayOfWeek + 6) % 7));
        DateTimeOffset? FreeSlot(Guid counsellor, int fromDay, int toDay)
        {
            for (var attempt = 0; attempt < 40; attempt++)
            {
                var day = monday.AddDays(fromDay + random.Next(toDay - fromDay));
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                var start = SiteTime.FromLocal(day, new TimeOnly(9, 0).AddMinutes(30 * random.Next(14)));
                if (taken.Add((counsellor, start)))
                {
                    return start;
                }
            }

            return null;
        }

        foreach (var (person, _) in following)
        {
            var counsellor = person.CounsellorId!.Value;
            var slots = new List<DateTimeOffset?> { FreeSlot(counsellor, -28, 0), FreeSlot(counsellor, 0, 14) };
            if (random.Next(2) == 0)
            {
                slots.Add(FreeSlot(counsellor, -56, -28));
            }

            foreach (var start in slots.OfType<DateTimeOffset>())
            {
                var past = start < now;
                var appointment = new Appointment
                {
                    PersonId = person.Id,
                    OrganisationId = person.OrganisationId,
                    CounsellorId = counsellor,
                    StartsAt = start,
                    DurationMinutes = 30,
                    EndsAt = start.AddMinutes(30),
                    Channel = random.Next(5) switch { 0 => AppointmentChannel.Phone, 1 => AppointmentChannel.WhatsApp, _ => AppointmentChannel.AtAgency },
                    Purpose = Purposes[random.Next(Purposes.Length)],
                    Status = !past ? AppointmentStatus.Booked : random.Next(4) == 0 ? AppointmentStatus.NoShow : AppointmentStatus.Attended,
                    CreatedAt = (past ? start : now).AddDays(-7),
                };
                appointment.SiteId = appointment.Channel == AppointmentChannel.AtAgency ? person.SiteId : null;
                db.Appointments.Add(appointment);
                if (!past)
                {
                    await AppointmentReminders.ScheduleAsync(db, protector, clock, text, appointment, cancellationToken);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
