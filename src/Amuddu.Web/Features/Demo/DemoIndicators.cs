using Amuddu.Web.Data;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// The demo employment service's results framework, modelled on the Amuddu programme's: four results (information and
/// access, capacity, measures that remove barriers, networking and referral) and their indicators, each with a
/// definition in French, Arabic and English, a unit, a period rule, a baseline and a target for each year of the
/// <see cref="DemoHistory"/> and the current year, and the manager's words on each result for the last complete quarter.
/// Targets follow the volumes the history is seeded with, a little above them, so some are met and some are not.
/// </summary>
public static class DemoIndicators
{
    private sealed record Result(string Code, string Fr, string Ar, string En, string Narrative);

    /// <param name="PerRegistration">The expected value per person registered in a quarter (counts and amounts).</param>
    /// <param name="Fixed">The targets by year of the framework (first, second, current) when they do not follow the volumes.</param>
    private sealed record Definition(
        string Code, IndicatorMeasure Measure, IndicatorUnit Unit, PeriodRule Rule,
        string NameFr, string NameAr, string NameEn, string DefinitionFr, string DefinitionAr, string DefinitionEn,
        double PerRegistration = 0, decimal[]? Fixed = null, decimal Baseline = 0, IndicatorMeasure? Denominator = null);

    private static readonly Result[] Results =
    [
        new("R1", "Information et accès aux services", "الإعلام والولوج إلى الخدمات", "Information and access to services",
            "Les sorties de proximité ont repris leur rythme après l'été, surtout à Casablanca (Derb Ghallef, Sidi Moumen) et à Rabat (Takaddoum). "
            + "Les séances d'information collectives restent la principale porte d'entrée vers l'inscription ; la séance en darija attire un public nouveau."),
        new("R2", "Capacités du service de l'emploi et de ses partenaires", "قدرات مصلحة التشغيل وشركائها", "Capacity of the employment service and its partners",
            "La deuxième promotion du cycle « interculturalité et système multi-acteurs » a été certifiée. Les délais entre l'inscription et le positionnement "
            + "se sont réduits dans les agences dont les conseillers ont été formés ; l'agence d'Oujda reste à renforcer."),
        new("R3", "Mesures qui lèvent les obstacles à l'emploi", "تدابير لرفع العوائق أمام التشغيل", "Measures that remove barriers to employment",
            "Les placements progressent dans le textile, la logistique et la restauration. Le maintien en emploi à six mois se confirme. "
            + "La première phase des subventions à l'auto-emploi est clôturée ; les derniers versements ont été effectués au cours du trimestre."),
        new("R4", "Mise en réseau et orientation", "التشبيك والتوجيه", "Networking and referral",
            "Les orientations vers l'Entraide Nationale et les associations partenaires sont mieux suivies : la plupart reçoivent une réponse dans le délai "
            + "convenu. Les retours des partenaires sur les personnes prises en charge restent à systématiser."),
    ];

    private static readonly Definition[] Definitions =
    [
        new("R1.1", IndicatorMeasure.OutreachReached, IndicatorUnit.People, PeriodRule.Cumulative,
            "Personnes touchées par les actions de proximité", "الأشخاص الذين تم الوصول إليهم عبر أنشطة القرب", "People reached by outreach",
            "Personnes rencontrées lors des sorties de proximité réalisées par les agents communautaires et les conseillers, selon les comptages par sexe et tranche d'âge relevés sur place (des personnes, non des dossiers).",
            "الأشخاص الذين تم لقاؤهم خلال أنشطة القرب التي أنجزها الأعوان الجماعيون والمستشارون، حسب الإحصاءات المسجلة في عين المكان بحسب الجنس والفئة العمرية (أشخاص وليس ملفات).",
            "People met at the outreach activities carried out by community agents and counsellors, from the counts by sex and age band taken on site (people, not files).",
            PerRegistration: 8),
        new("R1.2", IndicatorMeasure.PreRegistered, IndicatorUnit.People, PeriodRule.InQuarter,
            "Personnes pré-inscrites", "الأشخاص المسجلون تسجيلًا أوليًا", "People pre-registered",
            "Personnes pré-inscrites au cours du trimestre par un agent communautaire ou sur le formulaire public.",
            "الأشخاص الذين سُجّلوا تسجيلًا أوليًا خلال الفصل من طرف عون جماعي أو عبر الاستمارة العمومية.",
            "People pre-registered in the quarter by a community agent or on the public form.",
            PerRegistration: 1.0, Baseline: 15),
        new("R1.3", IndicatorMeasure.InformedAtSession, IndicatorUnit.People, PeriodRule.Cumulative,
            "Personnes informées lors d'une séance d'information", "الأشخاص الذين حضروا جلسة إعلامية", "People informed at an information session",
            "Personnes ayant assisté à au moins une séance d'information collective, comptées une fois depuis le début du programme.",
            "الأشخاص الذين حضروا جلسة إعلامية جماعية واحدة على الأقل، ويُحتسب كل منهم مرة واحدة منذ بداية البرنامج.",
            "People who attended at least one group information session, each counted once since the start of the programme.",
            PerRegistration: 0.8),
        new("R1.4", IndicatorMeasure.Registered, IndicatorUnit.People, PeriodRule.Cumulative,
            "Personnes inscrites auprès du service de l'emploi", "الأشخاص المسجلون لدى مصلحة التشغيل", "People registered with the employment service",
            "Personnes dont le dossier a été ouvert dans une agence (inscription complète), comptées une fois, dossiers fusionnés compris.",
            "الأشخاص الذين فُتح ملفهم في إحدى الوكالات (تسجيل كامل)، ويُحتسب كل منهم مرة واحدة مع مراعاة الملفات المدمجة.",
            "People whose file was opened at an agency (full registration), each counted once, merged files included.",
            PerRegistration: 1.0),
        new("R2.1", IndicatorMeasure.StaffTrained, IndicatorUnit.People, PeriodRule.Cumulative,
            "Membres du personnel formés", "الموظفون الذين استفادوا من التكوين", "Staff trained",
            "Conseillers, agents et personnels des partenaires ayant achevé un cycle de renforcement des capacités (interculturalité, système multi-acteurs, accueil, positionnement et suivi).",
            "المستشارون والأعوان وموظفو الشركاء الذين أتمّوا دورة لتعزيز القدرات (التواصل بين الثقافات، المنظومة متعددة الفاعلين، الاستقبال والتموقع والتتبع).",
            "Counsellors, agents and partner staff who completed a capacity-building cycle (interculturality, the multi-actor system, reception, positioning and follow-up).",
            Fixed: [5, 10, 14]),
        new("R2.2", IndicatorMeasure.Positioned, IndicatorUnit.People, PeriodRule.InQuarter,
            "Personnes positionnées", "الأشخاص الذين خضعوا لمقابلة التموقع", "People positioned",
            "Personnes ayant eu un entretien de positionnement (compétences, langues, diplômes et expérience) au cours du trimestre.",
            "الأشخاص الذين أجروا مقابلة تموقع (الكفاءات واللغات والشهادات والخبرة) خلال الفصل.",
            "People who had a positioning interview (skills, languages, diplomas and experience) in the quarter.",
            PerRegistration: 0.85, Baseline: 15),
        new("R2.3", IndicatorMeasure.ActionPlanAgreed, IndicatorUnit.People, PeriodRule.Cumulative,
            "Personnes avec un plan d'action individuel convenu", "الأشخاص الذين لديهم خطة عمل فردية متفق عليها", "People with an agreed individual action plan",
            "Personnes dont le plan d'action individuel a été convenu avec leur conseiller, signé ou accepté oralement.",
            "الأشخاص الذين تم الاتفاق على خطة عملهم الفردية مع مستشارهم، موقّعةً أو مقبولةً شفويًا.",
            "People whose individual action plan was agreed with their counsellor, signed or agreed orally.",
            PerRegistration: 0.65),
        new("R3.1", IndicatorMeasure.Trained, IndicatorUnit.People, PeriodRule.Cumulative,
            "Personnes entrées en formation", "الأشخاص الذين التحقوا بتكوين", "People who entered training",
            "Personnes ayant commencé une formation qualifiante ou linguistique (résultat « en formation »).",
            "الأشخاص الذين بدأوا تكوينًا تأهيليًا أو لغويًا (نتيجة «في طور التكوين»).",
            "People who started a vocational or language training (outcome \"in training\").",
            PerRegistration: 0.11),
        new("R3.2", IndicatorMeasure.GrantsPaid, IndicatorUnit.Amount, PeriodRule.Cumulative,
            "Montant des aides versées (MAD)", "مبلغ المنح المصروفة (بالدرهم)", "Grants paid (MAD)",
            "Somme des paiements effectués au titre des bourses de formation, des incitations à l'embauche et des subventions à l'auto-emploi.",
            "مجموع الأداءات المنجزة في إطار منح التكوين وتحفيزات التشغيل ومنح التشغيل الذاتي.",
            "Sum of the payments made for training grants, hiring incentives and self-employment grants.",
            PerRegistration: 1_100),
        new("R3.3", IndicatorMeasure.GrantsPaid, IndicatorUnit.People, PeriodRule.Cumulative,
            "Personnes ayant bénéficié d'une aide versée", "الأشخاص المستفيدون من منحة مصروفة", "People who received a grant",
            "Personnes pour qui au moins un paiement a été effectué, à elles-mêmes ou à leur employeur pour une incitation à l'embauche.",
            "الأشخاص الذين أُنجز لفائدتهم أداء واحد على الأقل، لهم مباشرة أو لمشغّلهم في إطار تحفيز على التشغيل.",
            "People for whom at least one payment was made, to them or to their employer for a hiring incentive.",
            PerRegistration: 0.06),
        new("R3.4", IndicatorMeasure.Employed, IndicatorUnit.People, PeriodRule.Cumulative,
            "Personnes placées en emploi", "الأشخاص الذين تم إدماجهم في الشغل", "People placed in work",
            "Personnes ayant commencé un emploi salarié (résultat « en emploi »).",
            "الأشخاص الذين بدأوا عملًا مأجورًا (نتيجة «في الشغل»).",
            "People who started a paid job (outcome \"employed\").",
            PerRegistration: 0.22),
        new("R3.5", IndicatorMeasure.InWorkAt6Months, IndicatorUnit.Percentage, PeriodRule.Cumulative,
            "Personnes en emploi à 6 mois (% des personnes placées)", "الأشخاص في الشغل بعد 6 أشهر (% من المُدمَجين)", "In work at 6 months (% of people placed)",
            "Part des personnes placées en emploi qui étaient toujours en emploi lors du contrôle à 6 mois.",
            "نسبة الأشخاص المُدمَجين في الشغل الذين كانوا لا يزالون يشتغلون عند المراقبة بعد 6 أشهر.",
            "Share of the people placed in work who were still in work at the 6-month check.",
            Fixed: [55, 60, 65], Baseline: 50, Denominator: IndicatorMeasure.Employed),
        new("R3.6", IndicatorMeasure.SelfEmployed, IndicatorUnit.People, PeriodRule.Cumulative,
            "Personnes ayant créé leur activité", "الأشخاص الذين أنشأوا نشاطهم الخاص", "People self-employed",
            "Personnes ayant démarré une activité indépendante ou une micro-entreprise, ou rejoint une coopérative.",
            "الأشخاص الذين بدأوا نشاطًا مستقلًا أو مقاولة صغيرة جدًا، أو انضموا إلى تعاونية.",
            "People who started an activity of their own or a micro-enterprise, or joined a cooperative.",
            PerRegistration: 0.08),
        new("R3.7", IndicatorMeasure.GrantsPaid, IndicatorUnit.Average, PeriodRule.InQuarter,
            "Montant moyen versé par bénéficiaire (MAD)", "متوسط المبلغ المصروف لكل مستفيد (بالدرهم)", "Average amount paid per beneficiary (MAD)",
            "Montant versé au cours du trimestre divisé par le nombre de personnes ayant bénéficié d'un paiement.",
            "المبلغ المصروف خلال الفصل مقسومًا على عدد الأشخاص الذين استفادوا من أداء.",
            "Amount paid in the quarter divided by the number of people who received a payment.",
            Fixed: [13_000, 14_000, 15_000], Baseline: 12_000),
        new("R4.1", IndicatorMeasure.Referred, IndicatorUnit.People, PeriodRule.InQuarter,
            "Personnes orientées vers un partenaire", "الأشخاص الموجَّهون نحو شريك", "People referred to a partner",
            "Personnes pour qui une orientation a été envoyée à un service partenaire (Entraide Nationale, associations, centres de formation) au cours du trimestre.",
            "الأشخاص الذين أُرسل بشأنهم توجيه إلى خدمة شريكة (التعاون الوطني، الجمعيات، مراكز التكوين) خلال الفصل.",
            "People for whom a referral was sent to a partner service (Entraide Nationale, NGOs, training centres) in the quarter.",
            PerRegistration: 0.27, Baseline: 5),
        new("R4.2", IndicatorMeasure.ReferredAndServed, IndicatorUnit.Percentage, PeriodRule.Cumulative,
            "Personnes orientées et prises en charge (% des personnes orientées)", "الأشخاص الموجَّهون الذين تم التكفل بهم (% من الموجَّهين)",
            "People referred and served (% of people referred)",
            "Part des personnes orientées dont l'orientation a été menée à terme par le partenaire.",
            "نسبة الأشخاص الموجَّهين الذين أتمّ الشريك توجيههم.",
            "Share of the people referred whose referral the partner completed.",
            Fixed: [65, 70, 75], Baseline: 55, Denominator: IndicatorMeasure.Referred),
    ];

    /// <summary>How many indicators the demo framework holds.</summary>
    public static int IndicatorCount => Definitions.Length;

    /// <summary>Returns false, changing nothing, when the organisation already has a framework.</summary>
    public static async Task<bool> SeedAsync(AmudduDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        await SeedAsync(db, await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync(cancellationToken), clock, cancellationToken);

    /// <summary>The same framework for another organisation (the reporting benchmark's).</summary>
    public static async Task<bool> SeedAsync(AmudduDbContext db, Guid organisationId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.ResultAreas.AnyAsync(r => r.OrganisationId == organisationId, cancellationToken))
        {
            return false;
        }

        var manager = await db.Users.Where(u => u.Email == $"admin@{DemoAccounts.Domain}").Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        var first = DemoHistory.FirstQuarter(clock);
        var current = Quarter.Of(SiteTime.Today(clock));
        var years = Enumerable.Range(first.Year, current.Year - first.Year + 1).ToList();
        // The volumes the history plans for, continued to the end of the current year.
        var planned = Quarter.Range(first, new Quarter(current.Year, 4)).Select((q, i) => (Quarter: q, People: DemoHistory.PlannedRegistrations(q, i))).ToList();
        var created = SiteTime.StartOf(first.FirstDay.AddDays(-20)).AddHours(10);

        var areas = Results.Select((r, i) => new ResultArea
        {
            OrganisationId = organisationId, Code = r.Code, TitleFr = r.Fr, TitleAr = r.Ar, TitleEn = r.En, Order = i + 1, StartQuarter = first.Key,
            CreatedAt = created, CreatedBy = manager,
        }).ToList();
        db.ResultAreas.AddRange(areas);
        var order = 0;
        foreach (var d in Definitions)
        {
            var area = areas.Single(a => d.Code.StartsWith(a.Code + ".", StringComparison.Ordinal));
            db.Indicators.Add(new Indicator
            {
                OrganisationId = organisationId, ResultAreaId = area.Id, Code = d.Code, Order = ++order,
                NameFr = d.NameFr, NameAr = d.NameAr, NameEn = d.NameEn, DefinitionFr = d.DefinitionFr, DefinitionAr = d.DefinitionAr, DefinitionEn = d.DefinitionEn,
                Unit = d.Unit, Measure = d.Measure, DenominatorMeasure = d.Denominator, Rule = d.Rule,
                Baseline = d.Baseline, BaselineYear = first.Year - 1,
                Targets = [.. years.Select((year, y) => new YearTarget { Year = year, Value = d.Fixed?[Math.Min(y, d.Fixed.Length - 1)] ?? Target(d, year, planned) })],
                CreatedAt = created, CreatedBy = manager,
            });
        }

        // The manager's words on each result for the last complete quarter, as printed in the donor report.
        var last = DemoHistory.LastQuarter(clock);
        var written = SiteTime.StartOf(last.LastDay.AddDays(12)).AddHours(15);
        db.ResultNarratives.AddRange(areas.Select((a, i) => new ResultNarrative
        {
            OrganisationId = organisationId, ResultAreaId = a.Id, Quarter = last.Key, Text = Results[i].Narrative,
            CreatedAt = written < clock.GetUtcNow() ? written : clock.GetUtcNow(), CreatedBy = manager,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// A cumulative indicator aims at the planned volume since the start to the end of the year; one read in the quarter at
    /// the year's average quarter. A tenth above the plan, rounded.
    /// </summary>
    private static decimal Target(Definition d, int year, List<(Quarter Quarter, int People)> planned)
    {
        var value = d.Rule == PeriodRule.Cumulative
            ? planned.Where(p => p.Quarter.Year <= year).Sum(p => p.People * d.PerRegistration)
            : planned.Where(p => p.Quarter.Year == year).Average(p => p.People * d.PerRegistration);
        var aimed = value * 1.1;
        var step = aimed >= 10_000 ? 1_000 : aimed >= 100 ? 10 : 1;
        return (decimal)(Math.Round(aimed / step) * step);
    }
}
