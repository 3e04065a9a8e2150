using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Positioning;

/// <summary>
/// The starter taxonomy every database gets with its reference data: the occupations migrants and
/// refugees most often hold or seek in Morocco, and the skills they call for. Missing codes are
/// added; labels an administrator or an ESCO import changed are left as they are. Alternative
/// labels are separated by '|' here and stored one per line, as ESCO does.
/// </summary>
public static class TaxonomySeed
{
    private static Skill S(string code, SkillKind kind, string fr, string ar, string en, string altFr = "", string altAr = "", string altEn = "")
    {
        var skill = new Skill
        {
            Code = code, Kind = kind, NameFr = fr, NameAr = ar, NameEn = en,
            AltLabelsFr = Lines(altFr), AltLabelsAr = Lines(altAr), AltLabelsEn = Lines(altEn),
        };
        skill.SearchText = TaxonomyText.SearchTextOf(skill);
        return skill;
    }

    private static (Occupation Occupation, string Essential, string Optional) O(
        string code, string isco, string fr, string ar, string en, string altFr, string altAr, string altEn, string essential, string optional = "")
    {
        var occupation = new Occupation
        {
            Code = code, IscoGroup = isco, NameFr = fr, NameAr = ar, NameEn = en,
            AltLabelsFr = Lines(altFr), AltLabelsAr = Lines(altAr), AltLabelsEn = Lines(altEn),
        };
        occupation.SearchText = TaxonomyText.SearchTextOf(occupation);
        return (occupation, essential, optional);
    }

    private static string Lines(string labels) => labels.Replace('|', '\n');

    private const SkillKind Tr = SkillKind.Transversal;
    private const SkillKind Di = SkillKind.Digital;
    private const SkillKind Te = SkillKind.Technical;
    private const SkillKind Li = SkillKind.Licence;

    public static readonly IReadOnlyList<Skill> Skills =
    [
        // Transversal: they travel from one trade and one language to another.
        S("SK-TEAMWORK", Tr, "Travailler en équipe", "العمل ضمن فريق", "Work in a team", "esprit d'équipe", "روح الفريق", "teamwork"),
        S("SK-CUSTOMER-RELATIONS", Tr, "Accueillir et servir la clientèle", "استقبال الزبناء وخدمتهم", "Welcome and serve customers", "relation client|service client", "خدمة الزبناء", "customer service"),
        S("SK-INSTRUCTIONS", Tr, "Suivre des consignes de travail", "اتباع تعليمات العمل", "Follow work instructions", "respect des consignes", "احترام التعليمات", "follow instructions"),
        S("SK-PUNCTUALITY", Tr, "Être ponctuel et assidu", "الانضباط واحترام المواعيد", "Be punctual and reliable", "ponctualité|assiduité", "الانضباط", "punctuality|reliability"),
        S("SK-PROBLEM-SOLVING", Tr, "Résoudre des problèmes", "حل المشكلات", "Solve problems"),
        S("SK-ADAPTABILITY", Tr, "S'adapter au changement", "التكيف مع التغيير", "Adapt to change", "adaptabilité|polyvalence", "المرونة", "adaptability|versatility"),
        S("SK-PRESSURE", Tr, "Travailler sous pression", "العمل تحت الضغط", "Work under pressure", "gestion du stress", "تحمل الضغط", "stress management"),
        S("SK-TIME-MANAGEMENT", Tr, "Organiser son temps", "تنظيم الوقت", "Manage time", "gestion du temps|organisation", "تدبير الوقت", "time management"),
        S("SK-INTERCULTURAL", Tr, "Communiquer avec des personnes de cultures différentes", "التواصل مع أشخاص من ثقافات مختلفة", "Communicate across cultures", "interculturalité", "التواصل بين الثقافات", "intercultural communication"),
        S("SK-AUTONOMY", Tr, "Travailler en autonomie", "العمل باستقلالية", "Work independently", "autonomie", "الاستقلالية", "autonomy"),
        S("SK-ATTENTION-DETAIL", Tr, "Travailler avec minutie", "الدقة في العمل", "Pay attention to detail", "minutie|précision", "الدقة", "precision"),
        S("SK-PHYSICAL-STAMINA", Tr, "Tenir un travail physique", "تحمل العمل البدني", "Sustain physical work", "endurance physique|port de charges", "القدرة البدنية|حمل الأثقال", "physical endurance|lifting loads"),
        S("SK-HEALTH-SAFETY", Tr, "Appliquer les règles de santé et de sécurité au travail", "تطبيق قواعد الصحة والسلامة في العمل", "Apply health and safety rules at work", "sécurité au travail|EPI", "السلامة المهنية", "occupational safety|PPE"),
        S("SK-HYGIENE", Tr, "Respecter les règles d'hygiène", "احترام قواعد النظافة", "Follow hygiene rules", "hygiène", "النظافة الصحية", "hygiene"),
        S("SK-CONFLICT", Tr, "Gérer les conflits et les réclamations", "تدبير النزاعات والشكايات", "Handle conflicts and complaints", "gestion des réclamations", "معالجة الشكايات", "complaint handling"),
        S("SK-LEARNING", Tr, "Apprendre sur le poste de travail", "التعلم أثناء العمل", "Learn on the job", "apprentissage", "التعلم الذاتي", "learning by doing"),
        S("SK-SUPERVISION", Tr, "Encadrer une petite équipe", "تأطير فريق صغير", "Supervise a small team", "chef d'équipe|encadrement", "رئيس فريق|التأطير", "team leader|supervision"),
        S("SK-NEGOTIATION", Tr, "Négocier et convaincre", "التفاوض والإقناع", "Negotiate and persuade", "négociation|argumentation", "التفاوض", "negotiation"),
        S("SK-CASH-HANDLING", Tr, "Manipuler de l'argent et rendre la monnaie", "التعامل مع النقود وإرجاع الباقي", "Handle cash and give change", "tenue de caisse", "مسك الصندوق", "cash handling"),
        S("SK-NUMERACY-WORK", Tr, "Calculer, mesurer et compter au travail", "الحساب والقياس والعد في العمل", "Calculate, measure and count at work", "calcul|métré", "الحساب|القياس", "numeracy|measuring"),
        S("SK-REPORTING", Tr, "Rendre compte de son travail par écrit", "تقديم تقرير مكتوب عن العمل", "Report on one's work in writing", "compte rendu|rapport", "تقرير", "written report"),
        S("SK-ENTREPRENEURSHIP", Tr, "Gérer une petite activité", "تدبير نشاط صغير", "Run a small business", "entrepreneuriat|auto-entrepreneur", "المقاولة|المقاول الذاتي", "entrepreneurship|self-employment"),

        // Digital.
        S("SK-COMPUTER-BASICS", Di, "Utiliser un ordinateur", "استعمال الحاسوب", "Use a computer", "informatique de base|bureautique de base", "المعلوميات الأساسية", "basic computer skills"),
        S("SK-SMARTPHONE", Di, "Utiliser un smartphone et les messageries", "استعمال الهاتف الذكي وتطبيقات المراسلة", "Use a smartphone and messaging apps", "WhatsApp|téléphone", "واتساب|الهاتف", "WhatsApp|mobile phone"),
        S("SK-EMAIL-INTERNET", Di, "Utiliser la messagerie électronique et Internet", "استعمال البريد الإلكتروني والإنترنت", "Use e-mail and the internet", "e-mail|courriel|recherche en ligne", "الإنترنت|البريد", "email|online search"),
        S("SK-WORD-PROCESSING", Di, "Rédiger avec un traitement de texte", "التحرير ببرنامج معالجة النصوص", "Write with a word processor", "Word|bureautique", "وورد|برامج المكتب", "Word|office software"),
        S("SK-SPREADSHEET", Di, "Utiliser un tableur", "استعمال جداول البيانات", "Use spreadsheets", "Excel|tableur", "إكسل", "Excel"),
        S("SK-DATA-ENTRY", Di, "Saisir des données", "إدخال البيانات", "Enter data", "saisie informatique|frappe rapide", "حجز المعطيات|الرقن", "data entry|typing"),
        S("SK-CRM", Di, "Utiliser un logiciel de gestion de la relation client", "استعمال برنامج تدبير العلاقة مع الزبناء", "Use customer relationship software", "CRM", "CRM", "CRM"),
        S("SK-POS", Di, "Utiliser une caisse enregistreuse", "استعمال آلة تسجيل المبيعات", "Use a point-of-sale terminal", "caisse|terminal de paiement", "الصندوق الإلكتروني", "cash register|till"),
        S("SK-SOCIAL-MEDIA", Di, "Promouvoir une activité sur les réseaux sociaux", "الترويج لنشاط على شبكات التواصل الاجتماعي", "Promote a business on social media", "Facebook|Instagram|marketing digital", "التسويق الرقمي", "digital marketing"),
        S("SK-PROGRAMMING", Di, "Programmer des logiciels", "برمجة البرمجيات", "Program software", "développement|code|Java|Python", "البرمجة|تطوير البرمجيات", "software development|coding"),
        S("SK-WEB-DEV", Di, "Développer des sites web", "تطوير مواقع الويب", "Develop websites", "HTML|CSS|JavaScript|PHP", "تصميم المواقع", "web development"),
        S("SK-HARDWARE-REPAIR", Di, "Réparer des ordinateurs et des téléphones", "إصلاح الحواسيب والهواتف", "Repair computers and phones", "maintenance informatique|réparation de téléphones", "صيانة الحواسيب|إصلاح الهواتف", "computer maintenance|phone repair"),
        S("SK-NETWORKS", Di, "Installer un réseau informatique", "تركيب شبكة معلوماتية", "Install computer networks", "réseaux|câblage", "الشبكات", "networking|cabling"),
        S("SK-USER-SUPPORT", Di, "Assister les utilisateurs informatiques", "مساعدة مستعملي المعلوميات", "Support computer users", "support technique|helpdesk", "الدعم التقني", "technical support|helpdesk"),
        S("SK-GRAPHIC-DESIGN", Di, "Concevoir des visuels graphiques", "تصميم مواد بصرية", "Design graphics", "PAO|Photoshop|Canva", "التصميم الغرافيكي", "graphic design|Photoshop"),
        S("SK-WMS", Di, "Utiliser un logiciel de gestion d'entrepôt", "استعمال برنامج تدبير المستودعات", "Use warehouse management software", "WMS|scanner", "الماسح الضوئي", "WMS|barcode scanner"),

        // Licences and certificates.
        S("SK-LICENCE-B", Li, "Permis de conduire B (voiture)", "رخصة السياقة صنف ب (سيارة)", "Driving licence B (car)", "permis voiture", "رخصة السياقة", "car driving licence"),
        S("SK-LICENCE-C", Li, "Permis de conduire C (poids lourd)", "رخصة السياقة صنف ج (الوزن الثقيل)", "Driving licence C (heavy goods vehicle)", "permis camion|poids lourd", "رخصة الشاحنة", "HGV licence|truck licence"),
        S("SK-LICENCE-D", Li, "Permis de conduire D (autocar)", "رخصة السياقة صنف د (حافلة)", "Driving licence D (bus)", "permis bus", "رخصة الحافلة", "bus licence"),
        S("SK-LICENCE-A", Li, "Permis de conduire A (moto)", "رخصة السياقة صنف أ (دراجة نارية)", "Driving licence A (motorcycle)", "permis moto", "رخصة الدراجة النارية", "motorcycle licence"),
        S("SK-FORKLIFT", Li, "Conduire un chariot élévateur", "سياقة الرافعة الشوكية", "Operate a forklift truck", "cariste|CACES", "الرافعة الشوكية|كلارك", "forklift licence"),
        S("SK-FIRST-AID", Li, "Porter les premiers secours", "تقديم الإسعافات الأولية", "Give first aid", "secourisme|SST", "الإسعافات الأولية", "first aid certificate"),

        // Construction.
        S("SK-BRICKLAYING", Te, "Monter des murs en briques ou en parpaings", "بناء الجدران بالآجر أو البلوكات", "Lay bricks and blocks", "maçonnerie", "البناء بالآجر", "masonry"),
        S("SK-CONCRETE", Te, "Préparer et couler le béton", "تحضير الخرسانة وصبها", "Mix and pour concrete", "béton|coffrage", "الخرسانة|البيطون|القوالب", "concrete|formwork"),
        S("SK-PLANS", Te, "Lire un plan de construction", "قراءة تصميم البناء", "Read construction plans", "lecture de plans", "قراءة التصاميم", "blueprint reading"),
        S("SK-TILING", Te, "Poser du carrelage et du zellige", "تركيب الزليج والبلاط", "Lay tiles and zellige", "carrelage|zellige", "الزليج|الزليج البلدي", "tiling"),
        S("SK-PLASTERING", Te, "Enduire et plâtrer", "التلبيس بالجبس", "Plaster walls and ceilings", "plâtrerie|enduit|placo", "الجبس|الصباغة الجبسية", "plastering|drywall"),
        S("SK-PAINTING", Te, "Peindre des bâtiments", "صباغة البنايات", "Paint buildings", "peinture en bâtiment", "الصباغة", "painting and decorating"),
        S("SK-CARPENTRY", Te, "Travailler le bois (menuiserie)", "النجارة وأشغال الخشب", "Work wood (carpentry and joinery)", "menuiserie|charpente", "النجارة", "joinery|carpentry"),
        S("SK-PLUMBING", Te, "Installer et réparer la plomberie", "تركيب وإصلاح قنوات الماء", "Install and repair plumbing", "plomberie|sanitaire", "الترصيص|السباكة", "plumbing"),
        S("SK-ELECTRICAL", Te, "Réaliser une installation électrique", "إنجاز التركيبات الكهربائية", "Wire electrical installations", "électricité bâtiment|câblage électrique", "الكهرباء|التركيبات الكهربائية", "electrical wiring"),
        S("SK-WELDING", Te, "Souder les métaux", "تلحيم المعادن", "Weld metals", "soudure à l'arc|soudure TIG|soudure MIG", "التلحيم|اللحام", "arc welding|TIG|MIG"),
        S("SK-STEEL-FIXING", Te, "Façonner et poser les armatures (ferraillage)", "تشكيل وتركيب حديد التسليح", "Fix reinforcing steel", "ferraillage", "حديد التسليح", "rebar fixing"),
        S("SK-SCAFFOLDING", Te, "Monter des échafaudages", "تركيب السقالات", "Erect scaffolding", "échafaudage", "السقالات", "scaffolding"),
        S("SK-SITE-PREPARATION", Te, "Préparer et nettoyer un chantier", "تهيئة الورش وتنظيفه", "Prepare and clear a building site", "manœuvre|terrassement", "الحفر|الورش", "site labouring|earthworks"),
        S("SK-METALWORK", Te, "Fabriquer des ouvrages métalliques", "صناعة المنشآت المعدنية", "Make metal structures", "ferronnerie|serrurerie|chaudronnerie", "الحدادة", "metalwork|ironwork"),

        // Textile and garment.
        S("SK-SEWING-MACHINE", Te, "Coudre sur machine industrielle", "الخياطة على الآلة الصناعية", "Sew on an industrial sewing machine", "piqûre|surjeteuse|piqueuse", "الخياطة الصناعية", "machine sewing|overlock"),
        S("SK-FABRIC-CUTTING", Te, "Couper des tissus", "تفصيل الأثواب", "Cut fabric", "coupe|matelassage", "التفصيل", "fabric cutting|spreading"),
        S("SK-PATTERN-MAKING", Te, "Réaliser des patrons de vêtements", "إعداد باطرونات الملابس", "Make garment patterns", "patronage|modélisme", "الباطرون", "pattern making"),
        S("SK-GARMENT-FINISHING", Te, "Finir et repasser des vêtements", "تشطيب الملابس وكيّها", "Finish and press garments", "repassage|finition", "الكي|التشطيب", "pressing|ironing"),
        S("SK-QUALITY-CONTROL", Te, "Contrôler la qualité des produits", "مراقبة جودة المنتجات", "Check product quality", "contrôle qualité", "مراقبة الجودة", "quality control|inspection"),
        S("SK-EMBROIDERY", Te, "Broder à la main ou à la machine", "الطرز اليدوي أو الآلي", "Embroider by hand or machine", "broderie", "الطرز", "embroidery"),
        S("SK-TAILORING", Te, "Confectionner des vêtements sur mesure", "خياطة الملابس حسب المقاس", "Make made-to-measure clothes", "couture|retouches", "الخياطة التقليدية|الترقيع", "dressmaking|alterations"),

        // Agriculture.
        S("SK-HARVESTING", Te, "Récolter des fruits et légumes", "جني الفواكه والخضر", "Harvest fruit and vegetables", "cueillette|récolte", "الجني|القطف", "picking|harvest"),
        S("SK-CROP-CARE", Te, "Planter et entretenir les cultures", "غرس المزروعات والعناية بها", "Plant and tend crops", "maraîchage|désherbage", "الزراعة|إزالة الأعشاب", "market gardening|weeding"),
        S("SK-GREENHOUSE", Te, "Travailler sous serre", "العمل في البيوت المغطاة", "Work in greenhouses", "serre", "البيوت البلاستيكية", "greenhouse"),
        S("SK-IRRIGATION", Te, "Conduire l'irrigation", "تدبير السقي", "Run irrigation", "goutte-à-goutte|arrosage", "السقي بالتنقيط", "drip irrigation|watering"),
        S("SK-PRUNING", Te, "Tailler les arbres et la vigne", "تقليم الأشجار والكروم", "Prune trees and vines", "taille", "التقليم|الزبر", "pruning"),
        S("SK-LIVESTOCK", Te, "Soigner le bétail et les volailles", "رعاية الماشية والدواجن", "Look after livestock and poultry", "élevage|traite", "تربية الماشية|الحلب", "animal husbandry|milking"),
        S("SK-PRODUCE-PACKING", Te, "Trier et conditionner des produits", "فرز المنتجات وتلفيفها", "Sort and pack produce", "conditionnement|station de conditionnement", "التلفيف|التعبئة", "packing|packhouse"),
        S("SK-TRACTOR", Te, "Conduire un tracteur et des engins agricoles", "سياقة الجرار والآلات الفلاحية", "Drive a tractor and farm machinery", "tractoriste", "سائق الجرار", "tractor driving"),
        S("SK-PHYTOSANITARY", Te, "Appliquer des produits phytosanitaires en sécurité", "استعمال المبيدات بأمان", "Apply crop-protection products safely", "traitement des cultures|pesticides", "المبيدات|المعالجة", "pesticides|spraying"),
        S("SK-GARDENING", Te, "Entretenir des jardins et espaces verts", "صيانة الحدائق والمساحات الخضراء", "Maintain gardens and green spaces", "jardinage|espaces verts", "البستنة", "gardening|landscaping"),

        // Hospitality and catering.
        S("SK-FOOD-PREP", Te, "Préparer les aliments (mise en place)", "تحضير المواد الغذائية", "Prepare food (mise en place)", "commis de cuisine|épluchage", "تحضير الطعام", "food preparation"),
        S("SK-COOKING", Te, "Cuisiner des plats", "طهي الأطباق", "Cook dishes", "cuisine|cuisson", "الطبخ", "cooking"),
        S("SK-MOROCCAN-CUISINE", Te, "Cuisiner des plats marocains", "إعداد الأطباق المغربية", "Cook Moroccan dishes", "tajine|couscous|cuisine marocaine", "الطاجين|الكسكس", "tagine|couscous"),
        S("SK-BAKING", Te, "Faire du pain et des pâtisseries", "إعداد الخبز والحلويات", "Bake bread and pastries", "boulangerie|pâtisserie", "المخبزة|الحلويات", "bakery|pastry"),
        S("SK-FOOD-SAFETY", Te, "Appliquer les règles de sécurité alimentaire (HACCP)", "تطبيق قواعد السلامة الغذائية (HACCP)", "Apply food safety rules (HACCP)", "HACCP|hygiène alimentaire", "السلامة الصحية للأغذية", "HACCP|food hygiene"),
        S("SK-DISHWASHING", Te, "Faire la plonge et entretenir la cuisine", "غسل الأواني وتنظيف المطبخ", "Wash up and clean the kitchen", "plonge", "غسل الصحون", "dishwashing|kitchen porter"),
        S("SK-TABLE-SERVICE", Te, "Servir en salle", "الخدمة في القاعة", "Serve at table", "service en salle|serveur", "خدمة الموائد", "waiting tables"),
        S("SK-BAR-SERVICE", Te, "Préparer et servir des boissons", "تحضير المشروبات وتقديمها", "Prepare and serve drinks", "barista|café", "تحضير القهوة", "barista|coffee"),
        S("SK-HOUSEKEEPING", Te, "Faire les chambres (hôtellerie)", "تنظيف الغرف وترتيبها (الفندقة)", "Clean and prepare rooms (housekeeping)", "femme de chambre|valet de chambre", "عاملة الغرف", "room attendant"),
        S("SK-FRONT-DESK", Te, "Accueillir et enregistrer des clients à la réception", "استقبال النزلاء وتسجيلهم", "Check guests in and out", "réception|check-in", "الاستقبال", "reception|check-in"),

        // Cleaning and care.
        S("SK-CLEANING", Te, "Nettoyer des locaux", "تنظيف المحلات والمكاتب", "Clean premises", "entretien des locaux|ménage", "النظافة|التنظيف", "office cleaning|janitorial"),
        S("SK-CLEANING-PRODUCTS", Te, "Utiliser les produits d'entretien en sécurité", "استعمال مواد التنظيف بأمان", "Use cleaning products safely", "produits chimiques", "المواد الكيميائية", "cleaning chemicals"),
        S("SK-CLEANING-MACHINES", Te, "Utiliser des machines de nettoyage", "استعمال آلات التنظيف", "Operate cleaning machines", "monobrosse|autolaveuse", "آلة التنظيف", "floor scrubber"),
        S("SK-DOMESTIC-WORK", Te, "Tenir une maison (ménage, linge, repas)", "تدبير شؤون البيت (التنظيف والغسيل والطبخ)", "Keep house (cleaning, laundry, meals)", "aide ménagère|employée de maison", "العمل المنزلي", "domestic work"),
        S("SK-ELDERLY-CARE", Te, "Aider une personne âgée dans la vie quotidienne", "مساعدة شخص مسن في حياته اليومية", "Help an older person with daily living", "auxiliaire de vie|aide à domicile", "مساعدة المسنين", "home care|elderly care"),
        S("SK-PERSONAL-CARE", Te, "Faire la toilette d'une personne dépendante", "العناية بنظافة شخص في وضعية تبعية", "Give personal care to a dependent person", "aide à la toilette|soins d'hygiène", "العناية الشخصية", "personal care"),
        S("SK-CHILDCARE", Te, "Garder et éveiller des enfants", "رعاية الأطفال وتنشيطهم", "Look after and stimulate children", "garde d'enfants|nounou", "حضانة الأطفال|المربية", "childminding|nanny"),
        S("SK-PATIENT-MOBILITY", Te, "Aider aux déplacements d'une personne", "مساعدة الشخص على التنقل", "Help a person move about", "transfert|mobilité", "التنقل", "patient handling"),

        // Call centres.
        S("SK-PHONE-SERVICE", Te, "Répondre aux appels des clients", "الرد على مكالمات الزبناء", "Answer customer calls", "appels entrants|téléconseil", "المكالمات الواردة", "inbound calls"),
        S("SK-TELESALES", Te, "Vendre par téléphone", "البيع عبر الهاتف", "Sell by phone", "appels sortants|télévente|prospection", "المكالمات الصادرة|البيع عن بعد", "outbound calls|telemarketing"),
        S("SK-AFTER-SALES", Te, "Traiter le service après-vente", "معالجة خدمة ما بعد البيع", "Handle after-sales service", "SAV|hotline", "خدمة ما بعد البيع", "after-sales|hotline"),

        // Retail and logistics.
        S("SK-SHELF-STOCKING", Te, "Mettre en rayon", "ترتيب السلع في الرفوف", "Stock shelves", "mise en rayon|réassort", "الرفوف", "shelf filling|restocking"),
        S("SK-SALES-ADVICE", Te, "Conseiller et vendre en magasin", "تقديم النصح والبيع في المتجر", "Advise and sell in a shop", "vente|conseil client", "البيع", "retail sales"),
        S("SK-STOCK-MANAGEMENT", Te, "Gérer les stocks et les inventaires", "تدبير المخزون والجرد", "Manage stock and inventories", "inventaire|réception de marchandises", "الجرد|المخزون", "inventory|goods receipt"),
        S("SK-MERCHANDISING", Te, "Présenter les produits (merchandising)", "عرض المنتجات", "Display products (merchandising)", "étalage|vitrine", "الواجهة", "visual merchandising"),
        S("SK-ORDER-PICKING", Te, "Préparer des commandes", "تحضير الطلبيات", "Pick orders", "préparateur de commandes|picking", "تجهيز الطلبيات", "order picking"),
        S("SK-LOADING", Te, "Charger et décharger des marchandises", "شحن البضائع وتفريغها", "Load and unload goods", "manutention", "الشحن والتفريغ", "material handling"),
        S("SK-DELIVERY", Te, "Livrer des colis et des marchandises", "توصيل الطرود والبضائع", "Deliver parcels and goods", "livraison|tournée", "التوصيل", "delivery rounds"),
        S("SK-ROUTE-PLANNING", Te, "S'orienter et planifier un itinéraire", "تحديد الاتجاه وتخطيط المسار", "Find one's way and plan a route", "GPS|itinéraire", "GPS|المسار", "navigation|GPS"),

        // Beauty, mechanics, security and food trades.
        S("SK-HAIRCUT", Te, "Couper et coiffer les cheveux", "قص الشعر وتصفيفه", "Cut and style hair", "coupe|brushing", "الحلاقة|تصفيف الشعر", "haircutting|styling"),
        S("SK-BARBERING", Te, "Tailler la barbe et raser", "تشذيب اللحية والحلاقة", "Trim beards and shave", "barbier", "الحلاق", "barbering"),
        S("SK-BRAIDING", Te, "Tresser et poser des extensions", "ضفر الشعر وتركيب الوصلات", "Braid hair and fit extensions", "tresses|nattes|tissage", "الضفائر", "braids|weaves"),
        S("SK-NAIL-CARE", Te, "Réaliser manucure et pédicure", "العناية بالأظافر", "Do manicures and pedicures", "onglerie|manucure", "المانيكير", "nail care"),
        S("SK-MAKEUP", Te, "Maquiller", "وضع المكياج", "Apply make-up", "maquillage|soins du visage", "التجميل", "make-up|facials"),
        S("SK-VEHICLE-SERVICING", Te, "Entretenir des véhicules (vidange, freins)", "صيانة السيارات (تغيير الزيت والفرامل)", "Service vehicles (oil, brakes)", "mécanique auto|vidange", "الميكانيك|تغيير الزيت", "car maintenance"),
        S("SK-ENGINE-DIAGNOSIS", Te, "Diagnostiquer une panne de moteur", "تشخيص أعطاب المحرك", "Diagnose engine faults", "diagnostic|valise", "التشخيص", "diagnostics"),
        S("SK-AUTO-ELECTRICS", Te, "Réparer l'électricité automobile", "إصلاح كهرباء السيارات", "Repair vehicle electrics", "électricité auto", "كهرباء السيارات", "auto electrics"),
        S("SK-BODYWORK", Te, "Réparer et peindre la carrosserie", "إصلاح هيكل السيارة وصباغته", "Repair and paint bodywork", "carrosserie|tôlerie", "الهيكل|الطولة", "panel beating|car body repair"),
        S("SK-MOTORCYCLE-REPAIR", Te, "Réparer des motos et scooters", "إصلاح الدراجات النارية", "Repair motorcycles and scooters", "mécanique moto", "ميكانيك الدراجات", "motorbike mechanics"),
        S("SK-SECURITY-WATCH", Te, "Surveiller des biens et des personnes", "حراسة الممتلكات والأشخاص", "Guard property and people", "gardiennage|vigile|contrôle d'accès", "الحراسة", "guarding|access control"),
        S("SK-BUTCHERY", Te, "Découper et préparer la viande", "تقطيع اللحوم وتحضيرها", "Cut and prepare meat", "boucherie|découpe", "الجزارة", "butchery"),
    ];

    public static readonly IReadOnlyList<(Occupation Occupation, string Essential, string Optional)> Occupations =
    [
        // ISCO 2 – professionals; 3 – technicians.
        O("OCC-SOFTWARE-DEV", "2512", "Développeur / Développeuse de logiciels", "مطور(ة) برمجيات", "Software developer", "programmeur|informaticien", "مبرمج", "programmer",
            "SK-PROGRAMMING SK-PROBLEM-SOLVING SK-TEAMWORK", "SK-WEB-DEV SK-AUTONOMY"),
        O("OCC-WEB-DEV", "2513", "Développeur / Développeuse web", "مطور(ة) مواقع الويب", "Web developer", "intégrateur web|webmaster", "مصمم المواقع", "web designer|webmaster",
            "SK-WEB-DEV SK-PROGRAMMING SK-PROBLEM-SOLVING", "SK-GRAPHIC-DESIGN"),
        O("OCC-GRAPHIC-DESIGNER", "2166", "Graphiste", "مصمم(ة) غرافيكي", "Graphic designer", "infographiste|designer", "مصمم", "designer",
            "SK-GRAPHIC-DESIGN SK-COMPUTER-BASICS SK-ATTENTION-DETAIL", "SK-SOCIAL-MEDIA SK-WEB-DEV"),
        O("OCC-IT-SUPPORT", "3512", "Technicien / Technicienne support informatique", "تقني(ة) الدعم المعلوماتي", "ICT user support technician", "helpdesk|support technique", "الدعم التقني", "helpdesk technician",
            "SK-USER-SUPPORT SK-COMPUTER-BASICS SK-CUSTOMER-RELATIONS", "SK-NETWORKS SK-HARDWARE-REPAIR"),
        O("OCC-NETWORK-TECH", "3513", "Technicien / Technicienne réseaux", "تقني(ة) الشبكات", "Computer network technician", "câbleur réseau", "تقني شبكات", "network cabling technician",
            "SK-NETWORKS SK-HARDWARE-REPAIR SK-PROBLEM-SOLVING", "SK-ELECTRICAL"),

        // ISCO 4 – clerical support.
        O("OCC-CALL-CENTRE-AGENT", "4222", "Téléconseiller / Téléconseillère", "مستشار(ة) في مركز النداء", "Contact centre agent", "conseiller clientèle à distance|centre d'appels|call center", "مركز الاتصال|كول سنتر", "call centre agent|customer service advisor",
            "SK-PHONE-SERVICE SK-CUSTOMER-RELATIONS SK-CRM SK-PRESSURE", "SK-CONFLICT SK-AFTER-SALES SK-DATA-ENTRY"),
        O("OCC-HOTEL-RECEPTIONIST", "4224", "Réceptionniste d'hôtel", "موظف(ة) استقبال بالفندق", "Hotel receptionist", "réception|front office", "الاستقبال", "front desk agent",
            "SK-FRONT-DESK SK-CUSTOMER-RELATIONS SK-COMPUTER-BASICS", "SK-INTERCULTURAL SK-CONFLICT"),
        O("OCC-DATA-ENTRY", "4132", "Opérateur / Opératrice de saisie", "عون(ة) حجز المعطيات", "Data entry clerk", "agent de saisie", "الرقن", "typist",
            "SK-DATA-ENTRY SK-COMPUTER-BASICS SK-ATTENTION-DETAIL", "SK-SPREADSHEET SK-WORD-PROCESSING SK-EMAIL-INTERNET"),
        O("OCC-STOCK-CLERK", "4321", "Magasinier / Magasinière", "أمين(ة) المخزن", "Stock clerk", "gestionnaire de stock", "المخزني", "storekeeper",
            "SK-STOCK-MANAGEMENT SK-WMS SK-NUMERACY-WORK", "SK-FORKLIFT SK-ORDER-PICKING"),

        // ISCO 5 – services and sales.
        O("OCC-COOK", "5120", "Cuisinier / Cuisinière", "طباخ(ة)", "Cook", "chef de partie|cuisinier de restaurant", "طاهي|شيف", "chef",
            "SK-COOKING SK-FOOD-PREP SK-FOOD-SAFETY SK-PRESSURE", "SK-MOROCCAN-CUISINE SK-BAKING"),
        O("OCC-WAITER", "5131", "Serveur / Serveuse", "نادل(ة)", "Waiter / Waitress", "garçon de café|serveur en restaurant", "نادل المقهى|جرسون", "server",
            "SK-TABLE-SERVICE SK-CUSTOMER-RELATIONS SK-CASH-HANDLING", "SK-BAR-SERVICE SK-INTERCULTURAL"),
        O("OCC-BARISTA", "5132", "Barman / Barista", "معد(ة) المشروبات (باريستا)", "Bartender / Barista", "limonadier", "قهوجي", "barista",
            "SK-BAR-SERVICE SK-HYGIENE SK-CUSTOMER-RELATIONS", "SK-CASH-HANDLING"),
        O("OCC-HAIRDRESSER", "5141", "Coiffeur / Coiffeuse", "حلاق(ة) / مصفف(ة) الشعر", "Hairdresser", "coiffure", "الحلاقة", "hair stylist",
            "SK-HAIRCUT SK-CUSTOMER-RELATIONS SK-HYGIENE", "SK-BRAIDING SK-BARBERING"),
        O("OCC-BARBER", "5141", "Barbier", "حلاق رجالي", "Barber", "coiffeur pour hommes", "حلاق", "men's hairdresser",
            "SK-BARBERING SK-HAIRCUT SK-HYGIENE", "SK-CASH-HANDLING SK-ENTREPRENEURSHIP"),
        O("OCC-BRAIDER", "5141", "Tresseuse / Coiffeuse afro", "مصففة الضفائر الإفريقية", "Hair braider", "tresses africaines|coiffure afro", "الضفائر", "afro hairdresser",
            "SK-BRAIDING SK-CUSTOMER-RELATIONS", "SK-ENTREPRENEURSHIP SK-SOCIAL-MEDIA"),
        O("OCC-BEAUTICIAN", "5142", "Esthéticienne", "أخصائية التجميل", "Beautician", "institut de beauté|prothésiste ongulaire", "التجميل", "beauty therapist|nail technician",
            "SK-MAKEUP SK-NAIL-CARE SK-HYGIENE SK-CUSTOMER-RELATIONS", "SK-ENTREPRENEURSHIP"),
        O("OCC-MARKET-VENDOR", "5211", "Vendeur / Vendeuse sur les marchés", "بائع(ة) في الأسواق", "Market stall vendor", "commerçant ambulant|marchand", "بائع متجول|تاجر", "street vendor|trader",
            "SK-CASH-HANDLING SK-NEGOTIATION SK-CUSTOMER-RELATIONS", "SK-ENTREPRENEURSHIP SK-STOCK-MANAGEMENT"),
        O("OCC-SALES-ASSISTANT", "5223", "Vendeur / Vendeuse en magasin", "بائع(ة) في متجر", "Shop sales assistant", "conseiller de vente|employé de commerce", "مساعد مبيعات", "retail assistant",
            "SK-SALES-ADVICE SK-CUSTOMER-RELATIONS SK-MERCHANDISING", "SK-POS SK-STOCK-MANAGEMENT"),
        O("OCC-CASHIER", "5230", "Caissier / Caissière", "أمين(ة) الصندوق", "Cashier", "hôte de caisse", "الكاشير", "checkout operator",
            "SK-CASH-HANDLING SK-POS SK-CUSTOMER-RELATIONS", "SK-SHELF-STOCKING"),
        O("OCC-TELESALES", "5244", "Télévendeur / Télévendeuse", "بائع(ة) عبر الهاتف", "Contact centre salesperson", "téléprospecteur|télémarketing", "البيع عن بعد", "telemarketer|telesales agent",
            "SK-TELESALES SK-NEGOTIATION SK-CRM SK-PRESSURE", "SK-PHONE-SERVICE"),
        O("OCC-CHILDCARE", "5311", "Garde d'enfants", "مربي(ة) الأطفال", "Child care worker", "nounou|assistante maternelle|auxiliaire de crèche", "مربية|حاضنة", "nanny|childminder",
            "SK-CHILDCARE SK-HYGIENE SK-FIRST-AID", "SK-DOMESTIC-WORK"),
        O("OCC-CARE-ASSISTANT", "5321", "Aide-soignant / Aide-soignante", "مساعد(ة) في العلاج", "Health care assistant", "auxiliaire de soins", "مساعد ممرض", "nursing assistant",
            "SK-PERSONAL-CARE SK-PATIENT-MOBILITY SK-HYGIENE SK-FIRST-AID", "SK-REPORTING"),
        O("OCC-HOME-CARER", "5322", "Auxiliaire de vie", "مساعد(ة) الحياة اليومية للمسنين", "Home care worker", "aide à domicile|garde-malade", "مرافق المسنين|حارس المريض", "home carer|care worker",
            "SK-ELDERLY-CARE SK-PERSONAL-CARE SK-DOMESTIC-WORK", "SK-FIRST-AID SK-PATIENT-MOBILITY"),
        O("OCC-SECURITY-GUARD", "5414", "Agent / Agente de sécurité", "عون(ة) الحراسة والأمن", "Security guard", "vigile|gardien|agent de gardiennage", "حارس|حارس أمن", "watchman|guard",
            "SK-SECURITY-WATCH SK-INSTRUCTIONS SK-PUNCTUALITY", "SK-FIRST-AID SK-CONFLICT"),

        // ISCO 6 – skilled agricultural workers.
        O("OCC-TREE-GROWER", "6112", "Arboriculteur / Arboricultrice", "مزارع(ة) الأشجار المثمرة", "Fruit tree grower", "arboriculture|agrumes|olivier", "الحوامض|الزيتون", "orchard worker",
            "SK-PRUNING SK-HARVESTING SK-IRRIGATION", "SK-PHYTOSANITARY SK-TRACTOR"),
        O("OCC-GARDENER", "6113", "Jardinier / Jardinière", "بستاني(ة)", "Gardener", "jardinier paysagiste|agent d'espaces verts", "عامل المساحات الخضراء", "landscape gardener",
            "SK-GARDENING SK-IRRIGATION SK-PHYSICAL-STAMINA", "SK-PRUNING SK-PHYTOSANITARY"),

        // ISCO 7 – craft and related trades.
        O("OCC-BRICKLAYER", "7112", "Maçon / Maçonne", "بنّاء", "Bricklayer", "maçon|ouvrier maçon|maçonnerie", "معلم البناء|عامل البناء", "mason|builder",
            "SK-BRICKLAYING SK-CONCRETE SK-HEALTH-SAFETY SK-PHYSICAL-STAMINA", "SK-PLANS SK-PLASTERING SK-TILING"),
        O("OCC-FORMWORKER", "7114", "Coffreur-bancheur", "عامل(ة) القوالب الخرسانية", "Concrete formworker", "coffreur|boiseur", "كوفراج", "formwork carpenter",
            "SK-CONCRETE SK-CARPENTRY SK-HEALTH-SAFETY", "SK-PLANS SK-STEEL-FIXING"),
        O("OCC-CARPENTER", "7115", "Menuisier / Menuisière", "نجّار", "Carpenter / Joiner", "charpentier|menuisier bois|ébéniste", "النجارة|نجار الخشب", "joiner|cabinet maker",
            "SK-CARPENTRY SK-PLANS SK-NUMERACY-WORK", "SK-PAINTING"),
        O("OCC-SCAFFOLDER", "7119", "Échafaudeur / Échafaudeuse", "مركب(ة) السقالات", "Scaffolder", "monteur d'échafaudages", "السقالات", "scaffold erector",
            "SK-SCAFFOLDING SK-HEALTH-SAFETY SK-TEAMWORK", "SK-PHYSICAL-STAMINA"),
        O("OCC-TILER", "7122", "Carreleur / Carreleuse", "مبلّط / زلايجي", "Tiler", "poseur de carrelage|zelligeur", "معلم الزليج|زلايجي", "tile setter|floor layer",
            "SK-TILING SK-NUMERACY-WORK SK-ATTENTION-DETAIL", "SK-BRICKLAYING SK-PLANS"),
        O("OCC-PLASTERER", "7123", "Plâtrier / Plâtrière", "جبّاس", "Plasterer", "plaquiste|staffeur", "معلم الجبس", "drywall installer",
            "SK-PLASTERING SK-ATTENTION-DETAIL", "SK-PAINTING"),
        O("OCC-PLUMBER", "7126", "Plombier / Plombière", "سبّاك / رصّاص", "Plumber", "plombier sanitaire|installateur sanitaire", "الترصيص|بلومبي", "pipe fitter",
            "SK-PLUMBING SK-PLANS SK-PROBLEM-SOLVING", "SK-WELDING SK-CUSTOMER-RELATIONS"),
        O("OCC-PAINTER", "7131", "Peintre en bâtiment", "صبّاغ البنايات", "Building painter", "peintre décorateur", "صباغ", "painter and decorator",
            "SK-PAINTING SK-ATTENTION-DETAIL", "SK-PLASTERING SK-SCAFFOLDING"),
        O("OCC-WELDER", "7212", "Soudeur / Soudeuse", "لحّام", "Welder", "soudeur à l'arc|soudeur TIG", "تلحيم|سودور", "arc welder",
            "SK-WELDING SK-HEALTH-SAFETY SK-PLANS", "SK-METALWORK"),
        O("OCC-METALWORKER", "7214", "Ferronnier / Ferrailleur", "حدّاد", "Metalworker / Steel fixer", "ferrailleur|serrurier-métallier|charpentier métallique", "حداد|حديد التسليح", "ironworker|rebar worker",
            "SK-METALWORK SK-STEEL-FIXING SK-WELDING", "SK-PLANS"),
        O("OCC-CAR-MECHANIC", "7231", "Mécanicien / Mécanicienne automobile", "ميكانيكي السيارات", "Motor vehicle mechanic", "mécanicien auto|garagiste", "ميكانيكي|مول الكراج", "car mechanic",
            "SK-VEHICLE-SERVICING SK-ENGINE-DIAGNOSIS SK-HEALTH-SAFETY", "SK-AUTO-ELECTRICS SK-LICENCE-B"),
        O("OCC-MOTORCYCLE-MECHANIC", "7231", "Mécanicien / Mécanicienne moto", "ميكانيكي الدراجات النارية", "Motorcycle mechanic", "réparateur de scooters", "مصلح الدراجات", "scooter repairer",
            "SK-MOTORCYCLE-REPAIR SK-ENGINE-DIAGNOSIS", "SK-LICENCE-A"),
        O("OCC-PANEL-BEATER", "7213", "Carrossier / Carrossière", "مصلح(ة) هياكل السيارات", "Vehicle body repairer", "tôlier|peintre carrossier", "الطولي|صباغ السيارات", "panel beater",
            "SK-BODYWORK SK-WELDING SK-ATTENTION-DETAIL", "SK-PAINTING"),
        O("OCC-ELECTRICIAN", "7411", "Électricien / Électricienne du bâtiment", "كهربائي البنايات", "Building electrician", "électricien|électricien installateur", "تريسيان|كهربائي", "electrician|wireman",
            "SK-ELECTRICAL SK-PLANS SK-HEALTH-SAFETY", "SK-NETWORKS"),
        O("OCC-AUTO-ELECTRICIAN", "7412", "Électricien / Électricienne automobile", "كهربائي السيارات", "Auto electrician", "électricité auto", "تريسيان السيارات", "vehicle electrician",
            "SK-AUTO-ELECTRICS SK-ENGINE-DIAGNOSIS", "SK-VEHICLE-SERVICING"),
        O("OCC-IT-REPAIR", "7422", "Technicien / Technicienne de maintenance informatique", "تقني(ة) صيانة الحواسيب والهواتف", "ICT installer and servicer", "réparateur de téléphones|réparateur informatique", "مصلح الهواتف|صيانة الحواسيب", "phone repairer|computer repairer",
            "SK-HARDWARE-REPAIR SK-PROBLEM-SOLVING SK-CUSTOMER-RELATIONS", "SK-NETWORKS SK-USER-SUPPORT"),
        O("OCC-BUTCHER", "7511", "Boucher / Bouchère", "جزّار", "Butcher", "boucherie|découpeur de viande", "الجزارة|مول المجزرة", "meat cutter",
            "SK-BUTCHERY SK-FOOD-SAFETY SK-CASH-HANDLING", "SK-CUSTOMER-RELATIONS"),
        O("OCC-BAKER", "7512", "Boulanger-pâtissier / Boulangère-pâtissière", "خبّاز(ة) وحلواني(ة)", "Baker and pastry cook", "boulanger|pâtissier", "خباز|حلواني", "baker|pastry chef",
            "SK-BAKING SK-FOOD-SAFETY SK-HYGIENE", "SK-PRESSURE"),
        O("OCC-TAILOR", "7531", "Couturier / Couturière", "خياط(ة)", "Tailor / Dressmaker", "tailleur|retoucheur|couture", "الخياطة|خياط تقليدي", "dressmaker|seamstress",
            "SK-TAILORING SK-SEWING-MACHINE SK-FABRIC-CUTTING", "SK-PATTERN-MAKING SK-EMBROIDERY SK-ENTREPRENEURSHIP"),
        O("OCC-GARMENT-CUTTER", "7532", "Coupeur / Coupeuse en confection", "مفصّل(ة) الأثواب", "Garment cutter", "coupeur|matelasseur|modéliste", "التفصيل|الكوبور", "cutter|pattern cutter",
            "SK-FABRIC-CUTTING SK-PATTERN-MAKING SK-ATTENTION-DETAIL", "SK-QUALITY-CONTROL"),
        O("OCC-EMBROIDERER", "7533", "Brodeur / Brodeuse", "طرّاز(ة)", "Embroiderer", "broderie", "الطرز|طرازة", "embroidery worker",
            "SK-EMBROIDERY SK-ATTENTION-DETAIL", "SK-SEWING-MACHINE"),
        O("OCC-QUALITY-CONTROLLER", "7543", "Contrôleur / Contrôleuse qualité (confection)", "مراقب(ة) الجودة (النسيج)", "Garment quality controller", "contrôleuse qualité|visiteuse", "الكونترول|مراقبة الجودة", "quality inspector",
            "SK-QUALITY-CONTROL SK-ATTENTION-DETAIL SK-GARMENT-FINISHING", "SK-REPORTING"),

        // ISCO 8 – plant and machine operators, drivers.
        O("OCC-SEWING-OPERATOR", "8153", "Opérateur / Opératrice sur machine à coudre", "عامل(ة) على آلة الخياطة", "Sewing machine operator", "piqueuse|mécanicienne en confection|ouvrière textile", "خياطة المعامل|عاملة النسيج", "machinist|garment worker",
            "SK-SEWING-MACHINE SK-INSTRUCTIONS SK-PRESSURE", "SK-GARMENT-FINISHING SK-QUALITY-CONTROL"),
        O("OCC-DELIVERY-DRIVER", "8322", "Chauffeur-livreur / Chauffeuse-livreuse", "سائق(ة) التوصيل", "Delivery driver", "livreur en camionnette|chauffeur VL", "سائق|موزع", "van driver|courier driver",
            "SK-LICENCE-B SK-DELIVERY SK-ROUTE-PLANNING", "SK-CUSTOMER-RELATIONS SK-LOADING"),
        O("OCC-TRUCK-DRIVER", "8332", "Conducteur / Conductrice de poids lourd", "سائق(ة) الشاحنات الثقيلة", "Heavy truck driver", "chauffeur routier|camionneur", "سائق شاحنة|كاميو", "lorry driver|HGV driver",
            "SK-LICENCE-C SK-ROUTE-PLANNING SK-HEALTH-SAFETY", "SK-LOADING"),
        O("OCC-BUS-DRIVER", "8331", "Conducteur / Conductrice d'autocar", "سائق(ة) الحافلة", "Bus and coach driver", "chauffeur de bus|transport du personnel", "سائق حافلة|نقل العمال", "bus driver|staff shuttle driver",
            "SK-LICENCE-D SK-ROUTE-PLANNING SK-HEALTH-SAFETY", "SK-CUSTOMER-RELATIONS SK-FIRST-AID"),
        O("OCC-TRACTOR-DRIVER", "8341", "Conducteur / Conductrice d'engins agricoles", "سائق(ة) الجرار والآلات الفلاحية", "Farm machinery operator", "tractoriste", "سائق الجرار|تراكتور", "tractor driver",
            "SK-TRACTOR SK-HEALTH-SAFETY", "SK-IRRIGATION SK-VEHICLE-SERVICING"),
        O("OCC-FORKLIFT-OPERATOR", "8344", "Cariste", "سائق(ة) الرافعة الشوكية", "Forklift operator", "conducteur de chariot élévateur", "سائق كلارك", "lift truck driver",
            "SK-FORKLIFT SK-LOADING SK-HEALTH-SAFETY", "SK-WMS SK-STOCK-MANAGEMENT"),

        // ISCO 9 – elementary occupations.
        O("OCC-DOMESTIC-WORKER", "9111", "Employé / Employée de maison", "عامل(ة) منزلي(ة)", "Domestic worker", "aide ménagère|femme de ménage", "خادمة|مساعدة منزلية", "housekeeper|maid",
            "SK-DOMESTIC-WORK SK-CLEANING SK-AUTONOMY", "SK-CHILDCARE SK-COOKING"),
        O("OCC-CLEANER", "9112", "Agent / Agente de propreté", "عامل(ة) النظافة", "Cleaner", "agent d'entretien|nettoyeur", "منظف|عاملة النظافة", "janitor|cleaning operative",
            "SK-CLEANING SK-CLEANING-PRODUCTS SK-PUNCTUALITY", "SK-CLEANING-MACHINES"),
        O("OCC-ROOM-ATTENDANT", "9112", "Femme / Valet de chambre", "عامل(ة) الغرف بالفندق", "Hotel room attendant", "employé d'étage|gouvernante", "عاملة الغرف", "housekeeping attendant|chambermaid",
            "SK-HOUSEKEEPING SK-CLEANING SK-TIME-MANAGEMENT", "SK-CLEANING-PRODUCTS"),
        O("OCC-CAR-WASHER", "9122", "Laveur / Laveuse de véhicules", "غاسل(ة) السيارات", "Vehicle cleaner", "lavage auto", "لافاج|غسل السيارات", "car washer|car valeter",
            "SK-CLEANING SK-CUSTOMER-RELATIONS", "SK-CLEANING-MACHINES"),
        O("OCC-FARM-WORKER", "9211", "Ouvrier / Ouvrière agricole", "عامل(ة) فلاحي(ة)", "Crop farm labourer", "saisonnier agricole|cueilleur|ouvrier maraîcher", "عامل موسمي|جني الفواكه", "farmhand|fruit picker|seasonal worker",
            "SK-HARVESTING SK-CROP-CARE SK-PHYSICAL-STAMINA", "SK-GREENHOUSE SK-IRRIGATION SK-PRODUCE-PACKING"),
        O("OCC-LIVESTOCK-WORKER", "9212", "Ouvrier / Ouvrière d'élevage", "عامل(ة) في تربية الماشية", "Livestock farm labourer", "berger|vacher|ouvrier avicole", "راعي|الكسابة", "herder|poultry worker",
            "SK-LIVESTOCK SK-PHYSICAL-STAMINA", "SK-HYGIENE"),
        O("OCC-CONSTRUCTION-LABOURER", "9313", "Manœuvre du bâtiment", "عامل(ة) بناء (مساعد)", "Building construction labourer", "aide-maçon|ouvrier du bâtiment|manœuvre", "عامل البناء|مساعد البناء|موقف", "construction worker|builder's labourer",
            "SK-SITE-PREPARATION SK-PHYSICAL-STAMINA SK-HEALTH-SAFETY SK-INSTRUCTIONS", "SK-CONCRETE SK-BRICKLAYING SK-SCAFFOLDING"),
        O("OCC-PACKER", "9321", "Conditionneur / Conditionneuse", "عامل(ة) التلفيف", "Hand packer", "ouvrier de conditionnement|emballeur", "التعبئة|عاملة التلفيف", "packer|packhouse worker",
            "SK-PRODUCE-PACKING SK-QUALITY-CONTROL SK-PRESSURE", "SK-HYGIENE"),
        O("OCC-FREIGHT-HANDLER", "9333", "Manutentionnaire", "عامل(ة) المناولة", "Freight handler", "docker|déménageur", "حمّال|الشحن والتفريغ", "warehouse operative|mover",
            "SK-LOADING SK-PHYSICAL-STAMINA SK-HEALTH-SAFETY", "SK-FORKLIFT"),
        O("OCC-ORDER-PICKER", "9334", "Préparateur / Préparatrice de commandes et mise en rayon", "محضّر(ة) الطلبيات ومرتب(ة) الرفوف", "Order picker and shelf filler", "employé de libre-service|préparateur", "ترتيب الرفوف|تجهيز الطلبيات", "shelf filler|picker",
            "SK-ORDER-PICKING SK-SHELF-STOCKING SK-WMS", "SK-FORKLIFT SK-STOCK-MANAGEMENT"),
        O("OCC-FAST-FOOD", "9411", "Employé / Employée de restauration rapide", "عامل(ة) في مطعم للوجبات السريعة", "Fast food preparer", "équipier polyvalent|snack", "سناك|وجبات سريعة", "crew member|fast food worker",
            "SK-FOOD-PREP SK-FOOD-SAFETY SK-CUSTOMER-RELATIONS", "SK-CASH-HANDLING SK-POS"),
        O("OCC-KITCHEN-HELPER", "9412", "Commis de cuisine / Plongeur", "مساعد(ة) في المطبخ", "Kitchen helper", "aide de cuisine|plongeur", "مساعد الطباخ|غسال الأواني", "kitchen porter|dishwasher",
            "SK-FOOD-PREP SK-DISHWASHING SK-HYGIENE", "SK-COOKING"),
        O("OCC-COURIER", "9621", "Coursier / Livreur à deux-roues", "ساعي / موصل(ة) الطلبات بالدراجة", "Courier / Bike delivery rider", "livreur moto|livreur à vélo|coursier", "موصل الطلبات|ليفرور", "delivery rider|messenger",
            "SK-DELIVERY SK-ROUTE-PLANNING SK-SMARTPHONE", "SK-LICENCE-A"),
    ];

    public static IEnumerable<OccupationSkill> Relations() =>
        Occupations.SelectMany(o =>
            Codes(o.Essential).Select(s => new OccupationSkill { OccupationCode = o.Occupation.Code, SkillCode = s, Relation = SkillRelation.Essential })
                .Concat(Codes(o.Optional).Select(s => new OccupationSkill { OccupationCode = o.Occupation.Code, SkillCode = s, Relation = SkillRelation.Optional })));

    private static string[] Codes(string codes) => codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static async Task EnsureAsync(AmudduDbContext db, CancellationToken cancellationToken)
    {
        var skills = (await db.Skills.Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var occupations = (await db.Occupations.Select(o => o.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var relations = (await db.OccupationSkills.Select(r => new { r.OccupationCode, r.SkillCode }).ToListAsync(cancellationToken))
            .Select(r => (r.OccupationCode, r.SkillCode)).ToHashSet();
        db.Skills.AddRange(Skills.Where(s => !skills.Contains(s.Code)));
        db.Occupations.AddRange(Occupations.Select(o => o.Occupation).Where(o => !occupations.Contains(o.Code)));
        db.OccupationSkills.AddRange(Relations().Where(r => !relations.Contains((r.OccupationCode, r.SkillCode))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
