namespace Amuddu.Linkage.Normalisation;

/// <summary>
/// Spellings of one given name or family name that registrars write differently for the same person:
/// French, English and West African transliterations of Arabic names, and the Arabic-script form.
/// Each group is a distinct name: a name in one group is never a variant of a name in another, which is
/// how Mohamed and Mahmoud (محمد and محمود) are kept apart however similar they look letter by letter.
/// </summary>
public static class NameVariants
{
    // First entry of each line is the canonical form. Latin entries are compared after TextFolding.
    private static readonly string[][] Groups =
    [
        ["mohamed", "mohammed", "muhammad", "mohammad", "muhammed", "mohamad", "mouhamed", "mouhammed", "mohamet", "mouhamad", "mohammadou", "mouhamadou", "muhamad", "mohd", "mhamed", "محمد", "مُحَمَّد"],
        ["mahmoud", "mahmud", "mahmood", "mahmoude", "محمود"],
        ["ahmed", "ahmad", "ahmet", "ahamed", "hmed", "أحمد", "احمد"],
        ["hamid", "hamed", "hameed", "حامد", "حميد"],
        ["mustapha", "mustafa", "moustapha", "mostafa", "moustafa", "mostapha", "مصطفى"],
        ["usman", "ousmane", "othmane", "osman", "ousman", "uthman", "othman", "outhmane", "usmane", "osmane", "عثمان"],
        ["fatima", "fatoumata", "fatimata", "fatma", "fatouma", "fatimah", "fatuma", "fadima", "fatime", "fatou", "fatu", "فاطمة", "فاطمه"],
        ["abdallah", "abdoulaye", "abdullah", "abdellah", "abdulla", "abdallahi", "abdoulahi", "abdulahi", "abdoullah", "abdalla", "abdullahi", "عبد الله", "عبدالله"],
        ["abdelkader", "abdulkadir", "abdelkadir", "abdoulkader", "abdul qadir", "abdulqadir", "عبد القادر", "عبدالقادر"],
        ["abderrahmane", "abdelrahman", "abdulrahman", "abdourahmane", "abderrahman", "abdel rahman", "abdul rahman", "abdourahman", "عبد الرحمن", "عبدالرحمن"],
        ["abdelaziz", "abdulaziz", "abdel aziz", "abdoulaziz", "عبد العزيز", "عبدالعزيز"],
        ["abdelkarim", "abdulkarim", "abdel karim", "abdoulkarim", "عبد الكريم", "عبدالكريم"],
        ["aisha", "aicha", "aissatou", "aichatou", "aysha", "ayesha", "aishatu", "عائشة", "عائشه"],
        ["aminata", "amina", "aminatou", "aminah", "أمينة", "امينة"],
        ["mariam", "mariama", "maryam", "meryem", "mariem", "maryama", "myriam", "meriem", "marieme", "مريم"],
        ["khadija", "khadidja", "kadidja", "kadija", "hadiza", "khadijah", "kadiatou", "khadidiatou", "خديجة"],
        ["zainab", "zeinab", "zaynab", "zenab", "zeynab", "زينب"],
        ["ibrahim", "ibrahima", "brahim", "ebrahim", "ibraheem", "إبراهيم", "ابراهيم"],
        ["ismail", "ismael", "ismaila", "smail", "ismaïl", "إسماعيل", "اسماعيل"],
        ["youssef", "yusuf", "yousef", "youssouf", "yousouf", "yussuf", "yousuf", "youcef", "يوسف"],
        ["moussa", "musa", "mousa", "mussa", "موسى"],
        ["issa", "isa", "aissa", "عيسى"],
        ["souleymane", "sulaiman", "suleiman", "soulaimane", "sulayman", "souleimane", "slimane", "سليمان"],
        ["boubacar", "abubakar", "aboubakar", "abu bakr", "aboubacar", "boubakar", "abubakr", "أبو بكر", "ابوبكر"],
        ["omar", "oumar", "umar", "omer", "عمر"],
        ["ali", "aly", "علي"],
        ["hassan", "hasan", "hacen", "حسن"],
        ["hussein", "hussain", "houssein", "husein", "hossein", "houcine", "lhoucine", "حسين"],
        ["karim", "kareem", "كريم"],
        ["khalid", "khaled", "khalide", "خالد"],
        ["said", "saeed", "saïd", "sa3id", "سعيد"],
        ["salah", "saleh", "salih", "صالح"],
        ["yassine", "yasin", "yacine", "yassin", "ياسين"],
        ["rachid", "rashid", "rasheed", "رشيد"],
        ["nour", "noor", "nur", "نور"],
        ["houda", "huda", "hoda", "هدى"],
        ["salma", "selma", "سلمى"],
        ["samira", "sameera", "سميرة"],
        ["nadia", "nadya", "نادية"],
        ["leila", "layla", "laila", "leyla", "ليلى"],
        ["hafsa", "hafsah", "حفصة"],
        ["hajar", "hagar", "hadjar", "هاجر"],
        ["latifa", "latefa", "لطيفة"],
        ["naima", "naema", "نعيمة"],
        ["rachida", "rashida", "رشيدة"],
        ["saida", "saeeda", "سعيدة"],
        ["malika", "malikah", "مليكة"],
        ["zahra", "zohra", "zahraa", "زهرة"],
        ["asma", "asmaa", "أسماء", "اسماء"],
        ["amal", "أمل"],
        ["imane", "iman", "eman", "إيمان", "ايمان"],
        ["yasmine", "yasmin", "jasmine", "ياسمين"],
        ["adam", "adama", "adamou", "آدم", "ادم"],
        ["idriss", "idris", "driss", "إدريس", "ادريس"],
        ["amadou", "ahmadou", "hamadou", "amadu"],
        ["mamadou", "mamadu", "mamoudou", "mamoudu"],
        ["seydou", "saidou", "seidou", "sidou", "seydu", "saydou"],
        ["oumou", "oummou", "umu", "ummu", "oumoukalsoum"],
        ["kadiatou", "kadiatu", "khadiatou"],
        ["alassane", "al hassane", "alhassane", "alasane"],
        ["lamine", "lamin", "al amine", "alamine", "el amine", "الأمين", "الامين"],
        ["bilal", "bilel", "بلال"],
        ["jamal", "djamal", "gamal", "جمال"],
        ["tarik", "tariq", "tarek", "طارق"],
        ["anas", "أنس", "انس"],
        ["hamza", "hamzah", "حمزة"],
        ["ayoub", "ayub", "ayyub", "أيوب", "ايوب"],
        ["zakaria", "zakariya", "zakariyya", "zakarya", "زكرياء", "زكريا"],
        ["abdou", "abdu", "عبده"],
        ["ramatoulaye", "ramatou", "ramatu"],
        ["coulibaly", "kulibali", "koulibaly", "coulibali", "kulibaly"],
        ["traore", "traoré", "trawally", "tarawally", "trawalley"],
        ["keita", "keïta", "kaita", "keyta"],
        ["diallo", "djallo", "jallow", "diallow", "jalloh"],
        ["kone", "koné", "konneh"],
        ["camara", "kamara", "kamarah"],
        ["toure", "touré", "ture", "tourey"],
        ["ndiaye", "n diaye", "ndiay", "njaay"],
        ["diop", "jobe", "diope"],
        ["cisse", "cissé", "sisay", "cissey", "sisse"],
        ["sow", "so", "sowe"],
        ["ba", "bah"],
        ["barry", "bari", "barrie"],
        ["bangoura", "bangura"],
        ["sylla", "silla"],
        ["fofana", "fofanah"],
        ["conde", "condé", "kondeh"],
        ["doumbia", "dumbuya", "doumbouya"],
        ["sankhare", "sankare", "sankara"],
        ["el amrani", "amrani", "العمراني"],
        ["el idrissi", "idrissi", "الإدريسي", "الادريسي"],
        ["el alaoui", "alaoui", "العلوي"],
        ["benali", "ben ali", "bin ali", "بن علي"],
        ["bennani", "ben nani", "بناني"],
        ["el fassi", "fassi", "الفاسي"],
        ["tazi", "التازي"],
        ["berrada", "برادة"],
        ["chraibi", "الشرايبي"],
        ["el mansouri", "mansouri", "المنصوري"],
        ["el khatib", "khatib", "al khatib", "الخطيب"],
        ["al ahmad", "el ahmad", "الأحمد"],
        ["haddad", "al haddad", "الحداد"],
        ["hussaini", "husseini", "al husseini", "الحسيني"],
        ["hamdan", "حمدان"],
        ["al masri", "el masri", "masri", "المصري"],
        ["al shami", "shami", "chami", "الشامي"],
        ["darwish", "darwiche", "derwich", "درويش"],
    ];

    private static readonly Dictionary<string, string> Canonical = Build();

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var canonical = Key(group[0]);
            foreach (var spelling in group)
            {
                // A spelling listed twice keeps its first group, so the table stays unambiguous.
                map.TryAdd(Key(spelling), canonical);
            }
        }

        return map;
    }

    private static string Key(string spelling) => TextFolding.ContainsArabic(spelling)
        ? ArabicKey(spelling)
        : TextFolding.Fold(spelling).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Arabic spellings are matched on their letters with vowel marks, hamza seats and spaces removed.</summary>
    internal static string ArabicKey(string arabic)
    {
        Span<char> buffer = stackalloc char[arabic.Length];
        var length = 0;
        foreach (var c in arabic)
        {
            if (c is >= '\u064B' and <= '\u065F' or '\u0640' || char.IsWhiteSpace(c))
            {
                continue;
            }

            buffer[length++] = c switch
            {
                'أ' or 'إ' or 'آ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                _ => c,
            };
        }

        return new string(buffer[..length]);
    }

    /// <summary>Canonical form of a whole name written as one string (Latin folded without spaces, or Arabic key).</summary>
    public static bool TryCanonical(string key, out string canonical) => Canonical.TryGetValue(key, out canonical!);
}
