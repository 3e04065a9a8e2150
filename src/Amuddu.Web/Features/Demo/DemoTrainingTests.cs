using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// The demo 2020 cycle's tests, questionnaires and certificates, laid on the cycle the training demo seeds (found by
/// its title; nothing happens without it): a pre-test and a post-test of three questions for each module in
/// fr/ar/en, the participants' attempts (one fails the post-test once, then passes), anonymous answers to the
/// questionnaire of every held session, and the certificates of those who completed the cycle, one of them revoked.
/// </summary>
public static class DemoTrainingTests
{
    public const string CycleTitle = "Cycle de formation 2020 – accueil et accompagnement des migrants";

    private sealed record Choice(string Fr, string Ar, string En, bool Correct);

    private sealed record Question(QuestionKind Kind, string Fr, string Ar, string En, Choice[] Choices);

    private static readonly Choice True = new("Vrai", "صحيح", "True", true);
    private static readonly Choice False = new("Faux", "خطأ", "False", false);

    private static readonly Question[][] Bank =
    [
        [
            new(QuestionKind.SingleChoice, "Lors d'un premier entretien, que faire d'abord ?", "في أول مقابلة، ماذا نفعل أولا؟", "In a first interview, what comes first?",
            [
                new("Vérifier tous les papiers", "التحقق من كل الوثائق", "Check every paper", false),
                new("Présenter le service et écouter la personne", "تقديم الخدمة والإنصات للشخص", "Present the service and listen to the person", true),
                new("Proposer une offre d'emploi", "اقتراح عرض شغل", "Offer a vacancy", false),
            ]),
            new(QuestionKind.MultipleChoice, "Quelles attitudes aident la communication interculturelle ?", "ما المواقف التي تساعد على التواصل بين الثقافات؟", "Which attitudes help intercultural communication?",
            [
                new("Reformuler pour vérifier la compréhension", "إعادة الصياغة للتحقق من الفهم", "Rephrase to check understanding", true),
                new("Parler plus fort", "رفع الصوت", "Speak louder", false),
                new("Demander comment la personne préfère être appelée", "سؤال الشخص كيف يفضل أن ينادى", "Ask how the person prefers to be addressed", true),
            ]),
            new(QuestionKind.TrueFalse, "On peut faire appel à un interprète quand la personne ne parle ni l'arabe ni le français.",
                "يمكن الاستعانة بمترجم عندما لا يتحدث الشخص العربية ولا الفرنسية.", "An interpreter may be called when the person speaks neither Arabic nor French.",
                [True, False]),
        ],
        [
            new(QuestionKind.SingleChoice, "Vers qui orienter une personne sans hébergement ?", "إلى من نوجه شخصا بدون مأوى؟", "Where to refer a person without shelter?",
            [
                new("Un partenaire d'assistance sociale", "شريك في المساعدة الاجتماعية", "A social assistance partner", true),
                new("Un employeur", "مشغل", "An employer", false),
                new("Personne : ce n'est pas notre rôle", "لا أحد: ليس هذا دورنا", "Nobody: it is not our role", false),
            ]),
            new(QuestionKind.MultipleChoice, "Que faut-il avant de partager des données avec un partenaire ?", "ما المطلوب قبل مشاركة المعطيات مع شريك؟", "What is needed before sharing data with a partner?",
            [
                new("Le consentement de la personne", "موافقة الشخص", "The person's consent", true),
                new("Se limiter aux données utiles", "الاقتصار على المعطيات الضرورية", "Only the data needed", true),
                new("L'accord d'un employeur", "موافقة مشغل", "An employer's approval", false),
            ]),
            new(QuestionKind.TrueFalse, "Une orientation sans retour du partenaire est terminée.", "التوجيه دون رد من الشريك يعتبر منتهيا.", "A referral the partner never answered is finished.",
                [True with { Correct = false }, False with { Correct = true }]),
        ],
        [
            new(QuestionKind.SingleChoice, "Dans quel délai viser le positionnement après l'accueil ?", "في أي أجل نستهدف التموقع بعد الاستقبال؟", "Within how long should positioning follow reception?",
            [
                new("30 jours", "30 يوما", "30 days", true),
                new("6 mois", "6 أشهر", "6 months", false),
                new("1 an", "سنة واحدة", "1 year", false),
            ]),
            new(QuestionKind.MultipleChoice, "Que contient un plan d'action individuel ?", "ماذا يتضمن مخطط العمل الفردي؟", "What does an individual action plan hold?",
            [
                new("Des étapes", "مراحل", "Steps", true),
                new("Un responsable et une échéance par étape", "مسؤول وأجل لكل مرحلة", "An owner and a due date per step", true),
                new("Le salaire visé, obligatoirement", "الأجر المستهدف إلزاميا", "The target salary, always", false),
            ]),
            new(QuestionKind.TrueFalse, "Un rendez-vous manqué appelle une relance.", "الموعد الفائت يستدعي تذكيرا.", "A missed appointment calls for a follow-up.", [True, False]),
        ],
    ];

    private static readonly (string Text, int Rating)[] Opinions =
    [
        ("Très concret, les mises en situation aident.", 5),
        ("", 4),
        ("مفيد جدا، نحتاج إلى وقت أطول للتمارين.", 4),
        ("La salle était trop petite.", 3),
        ("", 5),
        ("Useful exchange with the VDAB experts.", 4),
        ("Trop de théorie le matin.", 2),
    ];

    public static async Task SeedAsync(AmudduDbContext db, CancellationToken cancellationToken)
    {
        var cycle = await db.TrainingCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Title == CycleTitle, cancellationToken);
        if (cycle is null || await db.TestQuestions.AnyAsync(q => q.CycleId == cycle.Id, cancellationToken))
        {
            return;
        }

        var modules = await db.TrainingModules.AsNoTracking().Where(m => m.CycleId == cycle.Id).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.CycleId == cycle.Id).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var participants = await db.CycleParticipants.AsNoTracking().Where(p => p.CycleId == cycle.Id && p.Status == ParticipantStatus.Enrolled)
            .OrderBy(p => p.NominatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var cycleStart = SiteTime.FromLocal(cycle.StartsOn, new TimeOnly(9, 0));

        foreach (var (module, index) in modules.Select((m, i) => (m, i)))
        {
            var bank = Bank[index % Bank.Length];
            foreach (var test in new[] { TestKind.Pre, TestKind.Post })
            {
                var number = 1;
                foreach (var q in bank)
                {
                    var question = new TestQuestion
                    {
                        ModuleId = module.Id, CycleId = cycle.Id, Test = test, Number = number++, Kind = q.Kind, TextFr = q.Fr, TextAr = q.Ar, TextEn = q.En,
                    };
                    db.TestQuestions.Add(question);
                    var n = 1;
                    foreach (var c in q.Choices)
                    {
                        db.TestChoices.Add(new TestChoice { QuestionId = question.Id, Number = n++, TextFr = c.Fr, TextAr = c.Ar, TextEn = c.En, IsCorrect = c.Correct });
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var (module, m) in modules.Select((x, i) => (x, i)))
        {
            var first = sessions.FirstOrDefault(s => s.ModuleId == module.Id && !s.IsCatchUp);
            var startsAt = first?.StartsAt ?? cycleStart.AddDays(7 * m);
            var pre = await TestQuestions.LoadAsync(db, module.Id, TestKind.Pre, cancellationToken);
            var post = await TestQuestions.LoadAsync(db, module.Id, TestKind.Post, cancellationToken);
            foreach (var (participant, p) in participants.Select((x, i) => (x, i)))
            {
                // Before: one or two right of three; after: most get all right, one fails first and passes on a second try.
                Attempt(db, cycle, module, participant, TestKind.Pre, pre, rightCount: 1 + (p + m) % 2, startsAt.AddHours(-1));
                if (p == 1 && m == 0)
                {
                    Attempt(db, cycle, module, participant, TestKind.Post, post, rightCount: 1, startsAt.AddDays(1));
                }

                Attempt(db, cycle, module, participant, TestKind.Post, post, rightCount: (p + m) % 4 == 3 ? 2 : 3, startsAt.AddDays(2));
            }
        }

        var present = await db.TrainingAttendance.AsNoTracking().Where(a => a.Status == AttendanceStatus.Present)
            .Select(a => new { a.SessionId, a.ParticipantId }).ToListAsync(cancellationToken);
        var opinion = 0;
        foreach (var session in sessions.Where(s => s.Status == TrainingSessionStatus.Held))
        {
            foreach (var participant in participants.Where(p => present.Any(a => a.SessionId == session.Id && a.ParticipantId == p.Id)))
            {
                var (text, rating) = Opinions[opinion++ % Opinions.Length];
                db.SatisfactionAnswers.Add(new SatisfactionAnswer
                {
                    SessionId = session.Id, ModuleId = session.ModuleId, CycleId = cycle.Id, Rating = rating, Comment = text.Length == 0 ? null : text,
                });
                db.SatisfactionReceipts.Add(new SatisfactionReceipt
                {
                    SessionId = session.Id, ParticipantId = participant.Id, AnsweredOn = DateOnly.FromDateTime(SiteTime.ToLocal(session.StartsAt)),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // Completion settled and certificates issued a week after the cycle ended, as the coordinator would have.
        var coordinatorEmail = DemoAccounts.All.First(a => a.Role == Roles.TrainingCoordinator).Email;
        var coordinator = await db.Users.SingleAsync(u => u.Email == coordinatorEmail, cancellationToken);
        var issuedAt = new FixedClock(SiteTime.FromLocal(cycle.EndsOn.AddDays(7), new TimeOnly(10, 0)));
        await CertificateIssue.IssueAsync(db, new AttemptPostTestScores(), cycle, coordinator.Id, issuedAt, cancellationToken);
        var revoked = await db.TrainingCertificates.Where(c => c.CycleId == cycle.Id).OrderByDescending(c => c.HolderName).FirstOrDefaultAsync(cancellationToken);
        if (revoked is not null && await db.TrainingCertificates.CountAsync(c => c.CycleId == cycle.Id, cancellationToken) > 1)
        {
            revoked.RevokedAt = issuedAt.GetUtcNow().AddDays(20);
            revoked.RevokedBy = coordinator.Id;
            revoked.RevocationReason = "Présence saisie par erreur à une séance (démo)";
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Attempt(AmudduDbContext db, TrainingCycle cycle, TrainingModule module, CycleParticipant participant, TestKind test,
        List<TestQuestions.Loaded> questions, int rightCount, DateTimeOffset at)
    {
        // The first rightCount questions answered right, the others with the first wrong choice.
        var answers = questions.Select((q, i) => (q.Question.Id, Chosen: i < rightCount
            ? q.Choices.Where(c => c.IsCorrect).Select(c => c.Id).ToHashSet()
            : q.Choices.Where(c => !c.IsCorrect).Take(1).Select(c => c.Id).ToHashSet())).ToDictionary(a => a.Id, a => a.Chosen);
        var score = TestScoring.Mark(questions, answers);
        db.TestAttempts.Add(new TestAttempt
        {
            ParticipantId = participant.Id, ModuleId = module.Id, CycleId = cycle.Id, Test = test, Correct = score.Correct, Total = score.Total,
            Percent = score.Percent, SubmittedAt = at, ChoiceIds = [.. answers.Values.SelectMany(c => c)],
        });
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
