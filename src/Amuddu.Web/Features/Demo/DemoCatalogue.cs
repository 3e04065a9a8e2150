using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Organisations;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// A catalogue of real-looking trainings and services in five regions, in three languages, kept by
/// the demo organisations: mostly published, a few drafts, one archived, some not checked for months.
/// </summary>
public static class DemoCatalogue
{
    private sealed record Words(string Name, string Description, string? Schedule = null, string? Requirements = null);

    private sealed record Entry(
        string Organisation, OfferKind Kind, string? Occupation, string Region, string City, string? Address, string? Site, string? Provider,
        int? Hours, int? Weeks, int Cost, bool Grant, int? Seats, string[] Languages, string[] Documents, Eligibility[] Eligibility,
        int? MinAge, int? MaxAge, string? Phone, Words Fr, Words? Ar, Words? En,
        OfferStatus Status = OfferStatus.Published, int VerifiedMonthsAgo = 1);

    private const string Anapec = DemoOrganisations.Anapec;
    private const string Entraide = DemoOrganisations.EntraideNationale;
    private const string Ngo = DemoOrganisations.Ngo;
    private const string Centre = DemoOrganisations.TrainingCentre;
    private const string Foundation = DemoOrganisations.RabatFoundation;
    private const string LegalAid = DemoOrganisations.LegalAid;
    private static readonly string[] Fr = ["fr"];
    private static readonly string[] FrAry = ["fr", "ary"];
    private static readonly string[] FrAr = ["fr", "ar"];
    private static readonly string[] FrEn = ["fr", "en"];
    private static readonly string[] NoDocs = [];
    private static readonly string[] Card = ["RESIDENCE_CARD"];
    private static readonly string[] AnyCard = ["RESIDENCE_CARD", "REFUGEE_CARD", "UNHCR_CERTIFICATE"];
    private static readonly Eligibility[] Any = [Eligibility.AnyStatus];
    private static readonly Eligibility[] Permit = [Eligibility.ResidencePermitRequired];

    private static readonly Entry[] Entries =
    [
        // Casablanca-Settat
        new(Centre, OfferKind.VocationalTraining, "OCC-TAILOR", "MA-06", "Casablanca", "Rue 14, Hay Mohammadi", "Site Hay Mohammadi", null,
            480, 24, 0, true, 20, FrAry, AnyCard, [Eligibility.AnyStatus, Eligibility.Women], 18, 45, "+212522613040",
            new("Couture et retouche", "Apprendre à prendre des mesures, couper et assembler un vêtement, faire des retouches. Stage de quatre semaines dans un atelier de confection du quartier.", "Du lundi au vendredi, 9 h – 13 h", "Savoir lire et compter ; aucun diplôme demandé."),
            new("الخياطة والتعديل", "تعلّم أخذ المقاسات وقصّ الثوب وتجميعه وإجراء التعديلات. تدريب لمدة أربعة أسابيع في ورشة خياطة بالحي.", "من الاثنين إلى الجمعة، من 9 إلى 13", "إتقان القراءة والحساب؛ لا تُشترط شهادة."),
            new("Sewing and alterations", "Learn to take measurements, cut and assemble a garment and make alterations. Four-week placement in a local clothing workshop.", "Monday to Friday, 9 am – 1 pm", "Able to read and count; no diploma needed.")),
        new(Centre, OfferKind.VocationalTraining, "OCC-COOK", "MA-06", "Casablanca", "Rue 14, Hay Mohammadi", "Site Hay Mohammadi", null,
            600, 26, 0, true, 16, FrAry, AnyCard, Any, 18, 40, "+212522613040",
            new("Cuisine marocaine et internationale", "Techniques de base, hygiène alimentaire (HACCP), plats marocains et cuisine de restaurant. Stage en restaurant ou en hôtel à la fin.", "Du lundi au samedi, 8 h 30 – 13 h 30", "Avoir 18 ans ; certificat médical demandé à l'entrée."),
            new("الطبخ المغربي والعالمي", "التقنيات الأساسية، والنظافة الغذائية، والأطباق المغربية وطبخ المطاعم. تدريب في مطعم أو فندق في النهاية.", "من الاثنين إلى السبت، من 8:30 إلى 13:30", "بلوغ 18 سنة؛ تُطلب شهادة طبية عند الولوج."),
            new("Moroccan and international cooking", "Basic techniques, food hygiene (HACCP), Moroccan dishes and restaurant cooking. Placement in a restaurant or hotel at the end.", "Monday to Saturday, 8.30 am – 1.30 pm", "Aged 18 or over; a medical certificate is asked for on entry.")),
        new(Centre, OfferKind.VocationalTraining, "OCC-BAKER", "MA-06", "Casablanca", "Rue 14, Hay Mohammadi", "Site Hay Mohammadi", null,
            360, 16, 300, true, 14, FrAry, AnyCard, Any, 18, 40, "+212522613040",
            new("Pâtisserie et viennoiserie", "Pâtes de base, gâteaux marocains, viennoiseries et pains. Le coût couvre la tenue et les ingrédients ; une bourse peut le prendre en charge.", "Lundi, mercredi et vendredi, 14 h – 18 h"),
            new("الحلويات والمعجنات", "العجائن الأساسية والحلويات المغربية والمعجنات والخبز. تغطي التكلفة البذلة والمكونات؛ ويمكن أن تتكفل بها منحة.", "الاثنين والأربعاء والجمعة، من 14 إلى 18"),
            new("Pastry and baking", "Basic doughs, Moroccan cakes, pastries and breads. The cost covers the uniform and ingredients; a grant can pay for it.", "Monday, Wednesday and Friday, 2 pm – 6 pm")),
        new(Centre, OfferKind.VocationalTraining, "OCC-HAIRDRESSER", "MA-06", "Casablanca", "Rue 14, Hay Mohammadi", "Site Hay Mohammadi", null,
            400, 20, 0, true, 15, FrAry, NoDocs, [Eligibility.AnyStatus, Eligibility.Women], 18, null, "+212522613040",
            new("Coiffure et tresses", "Shampoing, coupe, brushing, coloration et tresses africaines. Pratique sur des clients du centre dès la sixième semaine.", "Du lundi au jeudi, 9 h – 14 h"),
            new("الحلاقة والضفائر", "الغسل والقص والتجفيف والصباغة والضفائر الإفريقية. تطبيق على زبائن المركز ابتداءً من الأسبوع السادس.", "من الاثنين إلى الخميس، من 9 إلى 14"),
            new("Hairdressing and braiding", "Washing, cutting, blow-drying, colouring and African braiding. Practice on the centre's clients from the sixth week.", "Monday to Thursday, 9 am – 2 pm")),
        new(Anapec, OfferKind.VocationalTraining, "OCC-ELECTRICIAN", "MA-06", "Casablanca", "ISTA Hay Hassani, route d'Azemmour", null, "OFPPT – ISTA Hay Hassani",
            720, 30, 0, true, 18, Fr, Card, Permit, 18, 35, "+212522364400",
            new("Électricité du bâtiment", "Lire un schéma, poser des circuits, tableaux et prises aux normes, dépanner une installation. Formation qualifiante avec stage en entreprise.", "Du lundi au vendredi, 8 h 30 – 16 h 30", "Niveau de fin de collège souhaité ; test d'entrée en mathématiques."),
            new("كهرباء البنايات", "قراءة التصاميم، وتركيب الدارات واللوحات والمآخذ وفق المعايير، وإصلاح الأعطال. تكوين تأهيلي مع تدريب في مقاولة.", "من الاثنين إلى الجمعة، من 8:30 إلى 16:30", "يُستحسن مستوى نهاية الإعدادي؛ اختبار ولوج في الرياضيات."),
            new("Building electrics", "Read a wiring diagram, install circuits, boards and sockets to standard, and fix faults. Qualifying course with a company placement.", "Monday to Friday, 8.30 am – 4.30 pm", "Lower-secondary level preferred; maths entry test.")),
        new(Anapec, OfferKind.VocationalTraining, "OCC-CARE-ASSISTANT", "MA-06", "Casablanca", "Boulevard Zerktouni, Maârif", DemoOrganisations.CasablancaAgency, "Institut de formation aux carrières de santé (partenaire)",
            900, 36, 0, true, 12, FrAr, Card, Permit, 20, 40, "+212522981200",
            new("Aide-soignant·e", "Soins d'hygiène et de confort, accompagnement des personnes âgées et des malades, gestes d'urgence. Stages en clinique et en maison de retraite.", "Du lundi au vendredi, 8 h – 15 h", "Niveau baccalauréat ou équivalent ; entretien de motivation."),
            new("مساعد(ة) في العلاج", "العناية بالنظافة والراحة، ومرافقة المسنين والمرضى، والإسعافات الأولية. تداريب في مصحة ودار للمسنين.", "من الاثنين إلى الجمعة، من 8 إلى 15", "مستوى الباكالوريا أو ما يعادله؛ مقابلة للتحفيز."),
            new("Health care assistant", "Hygiene and comfort care, supporting elderly and sick people, first aid. Placements in a clinic and a care home.", "Monday to Friday, 8 am – 3 pm", "Baccalaureate level or equivalent; motivation interview.")),
        new(Anapec, OfferKind.EmploymentSupport, null, "MA-06", "Casablanca", "Boulevard Zerktouni, Maârif", DemoOrganisations.CasablancaAgency, null,
            null, 12, 0, false, null, ["fr", "ar", "en", "ary"], NoDocs, Any, 16, null, "+212522981200",
            new("Accompagnement vers l'emploi", "Un conseiller fait le point sur votre parcours, vos compétences et vos diplômes, vous aide à écrire votre CV et à préparer les entretiens, et vous présente des offres d'emploi.", "Sur rendez-vous, du lundi au vendredi"),
            new("المواكبة نحو الشغل", "يقيّم مستشار مسارك ومهاراتك وشهاداتك، ويساعدك على كتابة سيرتك الذاتية والتحضير للمقابلات، ويقترح عليك عروض شغل.", "بموعد، من الاثنين إلى الجمعة"),
            new("Employment support", "A counsellor reviews your background, skills and diplomas, helps you write your CV and prepare for interviews, and shows you job offers.", "By appointment, Monday to Friday")),
        new(Ngo, OfferKind.LanguageCourse, null, "MA-06", "Casablanca", "Derb Ghallef, rue 7", DemoOrganisations.NgoOffice, null,
            96, 12, 0, false, 25, ["ary", "fr"], NoDocs, Any, 16, null, "+212661203344",
            new("Cours de darija", "Parler la darija du quotidien : se présenter, faire ses courses, prendre le bus, parler au travail. Petits groupes, méthode orale.", "Mardi et jeudi, 17 h – 19 h"),
            new("دروس الدارجة", "التحدث بالدارجة اليومية: التعريف بالنفس، والتسوق، وركوب الحافلة، والتواصل في العمل. مجموعات صغيرة وطريقة شفوية.", "الثلاثاء والخميس، من 17 إلى 19"),
            new("Darija classes", "Speak everyday Darija: introduce yourself, go shopping, take the bus, talk at work. Small groups, spoken method.", "Tuesday and Thursday, 5 pm – 7 pm")),
        new(Ngo, OfferKind.LegalAid, null, "MA-06", "Casablanca", "Derb Ghallef, rue 7", DemoOrganisations.NgoOffice, null,
            null, null, 0, false, null, ["fr", "en", "ar"], NoDocs, Any, null, null, "+212661203344",
            new("Permanence juridique", "Un juriste répond à vos questions sur le séjour, l'asile, le travail et la famille, et vous aide dans vos démarches. Confidentiel et gratuit.", "Mercredi, 10 h – 16 h, sans rendez-vous"),
            new("المداومة القانونية", "يجيب حقوقي عن أسئلتك حول الإقامة واللجوء والعمل والأسرة، ويساعدك في إجراءاتك. بسرية ومجانًا.", "الأربعاء، من 10 إلى 16، بدون موعد"),
            new("Legal advice desk", "A lawyer answers your questions on residence, asylum, work and family, and helps with your paperwork. Confidential and free.", "Wednesday, 10 am – 4 pm, no appointment needed")),
        new(Entraide, OfferKind.SocialAssistance, null, "MA-06", "Casablanca", "Sidi Moumen, boulevard Moulay Ismaïl", "Centre social Casablanca Sidi Moumen", null,
            null, null, 0, false, null, FrAr, NoDocs, Any, null, null, "+212522724410",
            new("Accueil et assistance sociale", "Une assistante sociale vous reçoit pour l'accès aux soins, au logement, à l'école des enfants et aux aides d'urgence.", "Du lundi au vendredi, 9 h – 16 h"),
            new("الاستقبال والمساعدة الاجتماعية", "تستقبلك مساعدة اجتماعية من أجل الولوج إلى العلاج والسكن وتمدرس الأطفال والمساعدات الاستعجالية.", "من الاثنين إلى الجمعة، من 9 إلى 16"),
            null, VerifiedMonthsAgo: 8),
        new(Centre, OfferKind.VocationalTraining, "OCC-IT-SUPPORT", "MA-06", "Casablanca", "Rue 14, Hay Mohammadi", "Site Hay Mohammadi", null,
            120, 8, 0, false, 20, FrEn, NoDocs, [Eligibility.AnyStatus, Eligibility.Youth], 16, 35, "+212522613040",
            new("Informatique de base", "Se servir d'un ordinateur et d'un smartphone, écrire un courrier, utiliser la messagerie et chercher un emploi en ligne.", "Samedi, 9 h – 13 h"),
            null,
            new("Basic computing", "Use a computer and a smartphone, write a letter, use e-mail and look for work online.", "Saturday, 9 am – 1 pm"),
            OfferStatus.Draft),

        // Rabat-Salé-Kénitra
        new(Entraide, OfferKind.VocationalTraining, "OCC-TAILOR", "MA-04", "Rabat", "Avenue Hassan II, Yacoub El Mansour", DemoOrganisations.EntraideRabat, null,
            800, 40, 0, true, 24, FrAr, NoDocs, [Eligibility.AnyStatus, Eligibility.Women], 16, 45, "+212537290150",
            new("Coupe et couture traditionnelle", "Caftan, djellaba et couture moderne sur machine industrielle. Les stagiaires reçoivent une attestation du centre d'éducation et de formation.", "Du lundi au vendredi, 8 h 30 – 12 h 30"),
            new("الفصالة والخياطة التقليدية", "القفطان والجلابة والخياطة العصرية على الآلة الصناعية. يحصل المتدربون على شهادة من مركز التربية والتكوين.", "من الاثنين إلى الجمعة، من 8:30 إلى 12:30"),
            new("Traditional cutting and sewing", "Kaftan, djellaba and modern sewing on industrial machines. Trainees receive a certificate from the education and training centre.", "Monday to Friday, 8.30 am – 12.30 pm")),
        new(Entraide, OfferKind.VocationalTraining, "OCC-EMBROIDERER", "MA-04", "Rabat", "Avenue Hassan II, Yacoub El Mansour", DemoOrganisations.EntraideRabat, null,
            400, 20, 0, true, 15, FrAr, NoDocs, [Eligibility.Women], 16, null, "+212537290150",
            new("Broderie rbati", "Broderie traditionnelle de Rabat à la main et à la machine ; vente des pièces lors des expositions du centre.", "Du lundi au jeudi, 14 h – 17 h"),
            new("الطرز الرباطي", "الطرز التقليدي الرباطي يدويًا وبالآلة؛ وبيع القطع خلال معارض المركز.", "من الاثنين إلى الخميس، من 14 إلى 17"),
            null, VerifiedMonthsAgo: 9),
        new(Entraide, OfferKind.LanguageCourse, null, "MA-04", "Rabat", "Avenue Hassan II, Yacoub El Mansour", DemoOrganisations.EntraideRabat, null,
            120, 15, 0, false, 30, ["ar", "fr"], NoDocs, Any, 15, null, "+212537290150",
            new("Alphabétisation en arabe", "Apprendre à lire et écrire l'arabe, pour les adultes qui débutent. Programme national d'alphabétisation.", "Lundi, mercredi et vendredi, 15 h – 17 h"),
            new("محو الأمية بالعربية", "تعلّم القراءة والكتابة بالعربية للكبار المبتدئين. البرنامج الوطني لمحو الأمية.", "الاثنين والأربعاء والجمعة، من 15 إلى 17"),
            new("Arabic literacy", "Learn to read and write Arabic, for adult beginners. National literacy programme.", "Monday, Wednesday and Friday, 3 pm – 5 pm")),
        new(Anapec, OfferKind.SelfEmploymentSupport, null, "MA-04", "Rabat", "Rue Oued Ziz, Agdal", DemoOrganisations.RabatAgency, null,
            60, 10, 0, true, 20, FrAr, AnyCard, Any, 18, null, "+212537673300",
            new("Créer son activité ou sa coopérative", "De l'idée au plan d'affaires : étude de marché, budget, démarches (auto-entrepreneur, coopérative), puis suivi pendant un an et accès aux subventions de démarrage.", "Atelier collectif le mardi, 9 h – 12 h, puis rendez-vous individuels"),
            new("إنشاء نشاطك أو تعاونيتك", "من الفكرة إلى مخطط الأعمال: دراسة السوق والميزانية والإجراءات (مقاول ذاتي، تعاونية)، ثم مواكبة لمدة سنة والولوج إلى منح الانطلاق.", "ورشة جماعية يوم الثلاثاء، من 9 إلى 12، ثم مواعيد فردية"),
            new("Start your business or cooperative", "From idea to business plan: market study, budget, formalities (self-employed status, cooperative), then a year of follow-up and access to start-up grants.", "Group workshop on Tuesday, 9 am – 12 pm, then one-to-one appointments")),
        new(Anapec, OfferKind.VocationalTraining, "OCC-SECURITY-GUARD", "MA-04", "Salé", "Zone industrielle Hay Rahma", null, "Centre de formation Sécurité Plus (partenaire)",
            140, 4, 0, true, 25, Fr, Card, Permit, 21, 45, "+212537861122",
            new("Agent·e de sécurité", "Surveillance, contrôle d'accès, sécurité incendie et premiers secours ; préparation à l'embauche dans les sociétés de gardiennage partenaires.", "Du lundi au vendredi, 9 h – 16 h", "Casier judiciaire vierge ; bonne condition physique."),
            null, null, VerifiedMonthsAgo: 7),
        new(Anapec, OfferKind.EmploymentSupport, null, "MA-04", "Kénitra", "Avenue Mohammed V", null, "ANAPEC – agence de Kénitra",
            null, 8, 0, false, 15, FrAr, NoDocs, Any, 18, null, "+212537374455",
            new("Atelier recherche d'emploi", "En groupe : CV, lettre, entretien d'embauche, droits au travail au Maroc, offres des employeurs de la zone Atlantic Free Zone.", "Chaque lundi, 9 h 30 – 12 h 30"),
            new("ورشة البحث عن عمل", "في مجموعة: السيرة الذاتية، والرسالة، ومقابلة التشغيل، وحقوق الشغل بالمغرب، وعروض مشغلي منطقة أطلانتيك الحرة.", "كل يوم اثنين، من 9:30 إلى 12:30"),
            new("Job search workshop", "In a group: CV, cover letter, job interview, rights at work in Morocco, offers from employers in the Atlantic Free Zone.", "Every Monday, 9.30 am – 12.30 pm"),
            OfferStatus.Draft),

        // Tanger-Tétouan-Al Hoceïma
        new(Anapec, OfferKind.VocationalTraining, "OCC-SEWING-OPERATOR", "MA-01", "Tanger", "Zone franche Tanger Automotive City", null, "Atlas Textile SARL – centre de formation interne",
            200, 8, 0, true, 30, FrAry, Card, Permit, 18, 40, "+212539394500",
            new("Opérateur·rice sur machine à coudre industrielle", "Formation en usine avec embauche à la clé : piquage, assemblage, contrôle qualité, sécurité au poste.", "Du lundi au samedi, 7 h – 15 h"),
            new("عامل(ة) على آلة الخياطة الصناعية", "تكوين داخل المصنع مع التشغيل في النهاية: الدرز والتجميع ومراقبة الجودة والسلامة في مركز العمل.", "من الاثنين إلى السبت، من 7 إلى 15"),
            new("Industrial sewing machine operator", "Factory-based training leading to a job: stitching, assembly, quality control, workplace safety.", "Monday to Saturday, 7 am – 3 pm")),
        new(Anapec, OfferKind.VocationalTraining, "OCC-WELDER", "MA-01", "Tanger", "ISTA Tanger, route de Tétouan", null, "OFPPT – ISTA Tanger",
            640, 28, 0, true, 16, Fr, Card, Permit, 18, 35, "+212539312020",
            new("Soudure à l'arc et semi-automatique", "Soudure à l'arc, MIG-MAG et TIG, lecture de plans, sécurité. Forte demande dans l'automobile et la construction navale.", "Du lundi au vendredi, 8 h 30 – 16 h 30", "Niveau fin de primaire ; test pratique d'entrée."),
            new("التلحيم بالقوس ونصف الأوتوماتيكي", "التلحيم بالقوس وMIG-MAG وTIG، وقراءة التصاميم، والسلامة. طلب كبير في قطاع السيارات وبناء السفن.", "من الاثنين إلى الجمعة، من 8:30 إلى 16:30", "مستوى نهاية الابتدائي؛ اختبار تطبيقي عند الولوج."),
            new("Arc and MIG welding", "Arc, MIG-MAG and TIG welding, reading drawings, safety. Strong demand in the car and shipbuilding industries.", "Monday to Friday, 8.30 am – 4.30 pm", "Primary school level; practical entry test.")),
        new(Anapec, OfferKind.EmploymentSupport, null, "MA-01", "Tanger", "Boulevard Pasteur", DemoOrganisations.TangerAgency, null,
            null, 12, 0, false, null, ["fr", "ar", "en", "es"], NoDocs, Any, 16, null, "+212539941100",
            new("Accompagnement vers l'emploi – Tanger", "Bilan de compétences, orientation vers une formation, mise en relation avec les entreprises de la zone franche et du port Tanger Med.", "Sur rendez-vous, du lundi au vendredi"),
            new("المواكبة نحو الشغل – طنجة", "حصيلة المهارات، والتوجيه نحو تكوين، والربط مع مقاولات المنطقة الحرة وميناء طنجة المتوسط.", "بموعد، من الاثنين إلى الجمعة"),
            new("Employment support – Tangier", "Skills review, guidance towards training, introductions to companies in the free zone and the Tanger Med port.", "By appointment, Monday to Friday")),
        new(Anapec, OfferKind.LanguageCourse, null, "MA-01", "Tétouan", "Avenue Mohammed V", null, "Institut Cervantes et ANAPEC",
            80, 10, 200, false, 20, ["fr", "es"], NoDocs, Any, 16, null, null,
            new("Français professionnel", "Le français du travail pour l'hôtellerie, la vente et les centres d'appels : se présenter, accueillir un client, répondre au téléphone.", "Lundi et mercredi, 18 h – 20 h"),
            null, null, OfferStatus.Archived, VerifiedMonthsAgo: 14),

        // Oriental
        new(Anapec, OfferKind.VocationalTraining, "OCC-PLUMBER", "MA-02", "Oujda", "Quartier Al Qods", null, "OFPPT – ISTA Oujda",
            560, 24, 0, true, 16, FrAr, Card, Permit, 18, 35, "+212536682233",
            new("Plomberie sanitaire", "Poser et réparer des canalisations, installer sanitaires et chauffe-eau, lire un plan. Stage chez des artisans de la ville.", "Du lundi au vendredi, 8 h 30 – 16 h 30"),
            new("الترصيص الصحي", "تركيب وإصلاح القنوات، وتركيب الأدوات الصحية وسخانات الماء، وقراءة التصاميم. تدريب لدى حرفيي المدينة.", "من الاثنين إلى الجمعة، من 8:30 إلى 16:30"),
            new("Plumbing", "Lay and repair pipes, install sanitary fittings and water heaters, read a plan. Placement with local tradesmen.", "Monday to Friday, 8.30 am – 4.30 pm")),
        new(Anapec, OfferKind.EmploymentSupport, null, "MA-02", "Oujda", "Boulevard Mohammed VI", DemoOrganisations.OujdaAgency, null,
            null, 12, 0, false, null, ["fr", "ar", "en"], NoDocs, Any, 16, null, "+212536700800",
            new("Accueil et orientation – Oujda", "Inscription, bilan avec un conseiller, orientation vers les formations et les emplois de la région de l'Oriental.", "Du lundi au vendredi, 8 h 30 – 16 h 30"),
            new("الاستقبال والتوجيه – وجدة", "التسجيل، وحصيلة مع مستشار، والتوجيه نحو تكوينات وفرص شغل جهة الشرق.", "من الاثنين إلى الجمعة، من 8:30 إلى 16:30"),
            new("Reception and guidance – Oujda", "Registration, a review with a counsellor, guidance towards training and jobs in the Oriental region.", "Monday to Friday, 8.30 am – 4.30 pm"),
            VerifiedMonthsAgo: 10),
        new(Ngo, OfferKind.LanguageCourse, null, "MA-02", "Nador", "Quartier Ouled Mimoun", null, "Association partenaire de Nador",
            72, 12, 0, false, 20, ["fr", "en"], NoDocs, Any, 15, null, "+212662445566",
            new("Cours de français pour débutants", "Lire, écrire et parler français au quotidien, pour les adultes anglophones et non francophones.", "Lundi, mercredi, vendredi, 10 h – 12 h"),
            new("دروس الفرنسية للمبتدئين", "القراءة والكتابة والتحدث بالفرنسية في الحياة اليومية، للكبار الناطقين بالإنجليزية وغير الناطقين بالفرنسية.", "الاثنين والأربعاء والجمعة، من 10 إلى 12"),
            new("French for beginners", "Read, write and speak everyday French, for English-speaking and other non-French-speaking adults.", "Monday, Wednesday, Friday, 10 am – 12 pm")),

        // Souss-Massa
        new(Anapec, OfferKind.VocationalTraining, "OCC-FARM-WORKER", "MA-09", "Agadir", "Aït Melloul, route de Biougra", null, "Centre de qualification agricole de Chtouka",
            300, 12, 0, true, 25, FrAry, NoDocs, Any, 18, 45, "+212528247700",
            new("Maraîchage et conduite de serre", "Semis, irrigation goutte à goutte, récolte et conditionnement des légumes sous serre, sécurité phytosanitaire. Embauche saisonnière possible dans les exploitations partenaires.", "Du lundi au samedi, 7 h – 13 h"),
            new("الزراعة الخضرية وتدبير البيوت المغطاة", "الزرع والسقي بالتنقيط وجني الخضر وتلفيفها داخل البيوت المغطاة والسلامة من المبيدات. تشغيل موسمي ممكن في الضيعات الشريكة.", "من الاثنين إلى السبت، من 7 إلى 13"),
            new("Market gardening and greenhouse work", "Sowing, drip irrigation, harvesting and packing vegetables under greenhouses, pesticide safety. Seasonal jobs possible on partner farms.", "Monday to Saturday, 7 am – 1 pm")),
        new(Anapec, OfferKind.VocationalTraining, "OCC-ELECTRICIAN", "MA-09", "Agadir", "Quartier industriel Anza", null, "OFPPT – ISTA Agadir",
            700, 30, 0, true, 18, Fr, Card, Permit, 18, 35, "+212528841010",
            new("Électricité du bâtiment – Agadir", "Installations électriques domestiques et tertiaires, mise aux normes, dépannage.", "Du lundi au vendredi, 8 h 30 – 16 h 30", "Niveau fin de collège ; test d'entrée."),
            null, null, OfferStatus.Draft),
        new(Entraide, OfferKind.SocialAssistance, null, "MA-09", "Agadir", "Hay Dakhla", null, "Entraide Nationale – délégation d'Agadir",
            null, null, 0, false, null, FrAr, NoDocs, [Eligibility.AnyStatus, Eligibility.RefugeesAndAsylumSeekers], null, null, "+212528230910",
            new("Orientation sociale et aide d'urgence", "Écoute, orientation vers les soins, hébergement d'urgence et aides alimentaires, en lien avec les associations de la ville.", "Du lundi au vendredi, 9 h – 15 h"),
            new("التوجيه الاجتماعي والمساعدة الاستعجالية", "الإنصات، والتوجيه نحو العلاج، والإيواء الاستعجالي والمساعدات الغذائية، بتنسيق مع جمعيات المدينة.", "من الاثنين إلى الجمعة، من 9 إلى 15"),
            new("Social guidance and emergency help", "Listening, referral to health care, emergency shelter and food aid, with the town's associations.", "Monday to Friday, 9 am – 3 pm")),
        new(Ngo, OfferKind.LegalAid, null, "MA-09", "Agadir", null, null, "Clinique juridique de l'Université Ibn Zohr",
            null, null, 0, false, null, ["fr", "ar", "en"], NoDocs, [Eligibility.RefugeesAndAsylumSeekers], null, null, "+212528227100",
            new("Consultation juridique asile et séjour", "Des étudiants en droit encadrés par des avocats vous aident pour la demande d'asile, le renouvellement du titre de séjour et les litiges du travail.", "Jeudi, 14 h – 17 h, sur rendez-vous"),
            null, null, OfferStatus.Draft),
        // The referral network's two more partners: a foundation in Rabat and a legal-aid association in Casablanca.
        new(Foundation, OfferKind.LanguageCourse, null, "MA-04", "Rabat", "Rue Oued Sebou, Takaddoum", DemoOrganisations.FoundationCentre, null,
            120, 15, 0, false, 30, FrEn, NoDocs, Any, 16, null, "+212537704512",
            new("Français langue d'accueil", "Cours de français pour adultes arrivés récemment : parler, lire et écrire pour les démarches, le travail et l'école des enfants. Test de niveau à l'inscription.", "Lundi, mercredi et jeudi, 9 h 30 – 12 h"),
            new("الفرنسية لغة الاستقبال", "دروس في الفرنسية للكبار الوافدين حديثًا: التحدث والقراءة والكتابة للإجراءات والعمل ومدرسة الأطفال. اختبار مستوى عند التسجيل.", "الاثنين والأربعاء والخميس، من 9:30 إلى 12"),
            new("French for newcomers", "French classes for recently arrived adults: speaking, reading and writing for paperwork, work and the children's school. Level test on registration.", "Monday, Wednesday and Thursday, 9.30 am – 12 pm")),
        new(Foundation, OfferKind.SocialAssistance, null, "MA-04", "Rabat", "Rue Oued Sebou, Takaddoum", DemoOrganisations.FoundationCentre, null,
            null, null, 0, false, null, ["fr", "en", "ar"], NoDocs, Any, null, null, "+212537704512",
            new("Écoute et accompagnement psychosocial", "Un travailleur social et une psychologue reçoivent les personnes en détresse, orientent vers les soins et l'hébergement et suivent les familles.", "Du lundi au vendredi, 9 h – 17 h, sur rendez-vous"),
            new("الإنصات والمواكبة النفسية الاجتماعية", "يستقبل مساعد اجتماعي وأخصائية نفسية الأشخاص في ضائقة، ويوجهونهم نحو العلاج والإيواء، ويتابعون الأسر.", "من الاثنين إلى الجمعة، من 9 إلى 17، بموعد"),
            new("Listening and psychosocial support", "A social worker and a psychologist see people in distress, refer them to care and shelter, and follow families.", "Monday to Friday, 9 am – 5 pm, by appointment"),
            VerifiedMonthsAgo: 9),
        new(Foundation, OfferKind.EmploymentSupport, null, "MA-04", "Rabat", "Rue Oued Sebou, Takaddoum", DemoOrganisations.FoundationCentre, null,
            null, 6, 0, false, 15, FrEn, NoDocs, [Eligibility.AnyStatus, Eligibility.Youth], 18, 35, "+212537704512",
            new("Atelier emploi des jeunes", "Six semaines en petit groupe : projet professionnel, CV, simulation d'entretien et visites d'entreprises de Rabat et Salé.", "Mardi et vendredi, 14 h – 17 h"),
            null,
            new("Youth employment workshop", "Six weeks in a small group: career plan, CV, mock interviews and visits to companies in Rabat and Salé.", "Tuesday and Friday, 2 pm – 5 pm")),
        new(LegalAid, OfferKind.LegalAid, null, "MA-06", "Casablanca", "Rue Mohammed El Qorri, Casablanca Centre", DemoOrganisations.LegalAidOffice, null,
            null, null, 0, false, null, ["fr", "en", "ar"], NoDocs, Any, null, null, "+212522274190",
            new("Accompagnement juridique séjour et asile", "Un juriste examine votre situation, prépare avec vous la demande de carte de séjour ou d'asile et vous accompagne auprès des administrations.", "Lundi et jeudi, 9 h – 13 h, sur rendez-vous"),
            new("المواكبة القانونية في الإقامة واللجوء", "يدرس قانوني وضعيتك، ويُعدّ معك طلب بطاقة الإقامة أو اللجوء، ويرافقك لدى الإدارات.", "الاثنين والخميس، من 9 إلى 13، بموعد"),
            new("Legal support for residence and asylum", "A lawyer reviews your situation, prepares the residence card or asylum application with you and goes with you to the offices.", "Monday and Thursday, 9 am – 1 pm, by appointment"),
            VerifiedMonthsAgo: 2),
        new(LegalAid, OfferKind.LegalAid, null, "MA-06", "Casablanca", "Rue Mohammed El Qorri, Casablanca Centre", DemoOrganisations.LegalAidOffice, null,
            null, null, 0, false, null, FrAr, NoDocs, Any, null, null, "+212522274190",
            new("Permanence droit du travail", "Salaire impayé, contrat, accident du travail, licenciement : un juriste vous explique vos droits et vous aide à saisir l'inspection du travail.", "Samedi, 9 h – 12 h, sans rendez-vous"),
            new("مداومة قانون الشغل", "أجر غير مؤدى، عقد، حادثة شغل، فصل: يشرح لك قانوني حقوقك ويساعدك على اللجوء إلى مفتشية الشغل.", "السبت، من 9 إلى 12، بدون موعد"),
            null,
            VerifiedMonthsAgo: 10),
        new(LegalAid, OfferKind.LegalAid, null, "MA-04", "Salé", "Maison des associations, Hay Salam", null, null,
            null, null, 0, false, null, FrEn, ["PASSPORT"], Any, null, null, "+212522274190",
            new("État civil : naissances et mariages", "Déclarer la naissance d'un enfant né au Maroc, faire transcrire un mariage : démarches expliquées et dossiers préparés avec vous.", "Un mercredi sur deux, 10 h – 15 h"),
            null,
            new("Civil status: births and marriages", "Registering the birth of a child born in Morocco, recording a marriage: the steps explained and the files prepared with you.", "Every other Wednesday, 10 am – 3 pm"),
            VerifiedMonthsAgo: 3),
    ];

    public static async Task SeedAsync(
        AmudduDbContext db, IReadOnlyDictionary<string, Organisation> organisations, IReadOnlyDictionary<string, Site> sites,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var random = new Random(5_2026);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var e in Entries)
        {
            var verified = today.AddMonths(-e.VerifiedMonthsAgo).AddDays(-random.Next(0, 20));
            var created = new DateTimeOffset(verified.AddMonths(-random.Next(1, 6)).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            var offer = new Offer
            {
                OrganisationId = organisations[e.Organisation].Id,
                Kind = e.Kind,
                Status = e.Status,
                ProviderName = e.Provider,
                SiteId = e.Site is null ? null : sites[e.Site].Id,
                RegionCode = e.Region,
                City = e.City,
                Address = e.Address,
                OccupationCode = e.Occupation,
                DurationHours = e.Hours,
                DurationWeeks = e.Weeks,
                CostMad = e.Cost,
                GrantAvailable = e.Grant,
                Seats = e.Seats,
                StartDates = e.Weeks is null || e.Kind is OfferKind.EmploymentSupport
                    ? []
                    : [.. Enumerable.Range(0, random.Next(1, 4)).Select(i => today.AddDays(10 + (i * 60) + random.Next(0, 30))).Order()],
                Languages = [.. e.Languages],
                RequiredDocuments = [.. e.Documents],
                Eligibility = [.. e.Eligibility],
                MinimumAge = e.MinAge,
                MaximumAge = e.MaxAge,
                ContactPhone = e.Phone,
                ContactEmail = e.Organisation == Ngo ? "contact@solidarite-migrants.example.ma" : null,
                Url = e.Provider?.StartsWith("OFPPT", StringComparison.Ordinal) == true ? "https://www.ofppt.ma" : null,
                PublishedAt = e.Status == OfferStatus.Draft ? null : created.AddDays(2),
                LastVerifiedOn = verified,
                CreatedAt = created,
            };
            foreach (var (language, words) in new[] { ("fr", e.Fr), ("ar", e.Ar), ("en", e.En) })
            {
                if (words is not null)
                {
                    offer.Texts.Add(new OfferText
                    {
                        OfferId = offer.Id, Language = language, Name = words.Name, Description = words.Description,
                        Schedule = words.Schedule, EntryRequirements = words.Requirements,
                    });
                }
            }

            db.Offers.Add(offer);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
