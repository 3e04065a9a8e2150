namespace Amuddu.Linkage.Bench.Generator;

/// <summary>
/// Names of people registering in Moroccan employment agencies: Moroccans returning from abroad, Syrians and
/// Yemenis, and West and Central Africans. Each entry is "spelling|other spellings...|Arabic script" (the Arabic
/// part only for names that have one). The spellings are the ones registrars really produce; the generator adds
/// its own typos and sound-alike rewrites on top, so the engine is not only tested on spellings it knows.
/// </summary>
internal static class NamePools
{
    public static readonly string[] MaleFirst =
    [
        "Mohamed|Mohammed|Muhammad|Mouhamed|Mohamad|محمد", "Ahmed|Ahmad|Ahmet|أحمد", "Mahmoud|Mahmud|محمود",
        "Youssef|Yusuf|Youssouf|Yousef|يوسف", "Ibrahim|Ibrahima|Brahim|إبراهيم", "Omar|Oumar|Umar|عمر",
        "Ousmane|Othmane|Usman|Osman|عثمان", "Abdoulaye|Abdallah|Abdullah|Abdellah|عبد الله", "Moussa|Musa|Mousa|موسى",
        "Mamadou|Mamadu|Mamoudou", "Amadou|Ahmadou|Hamadou", "Seydou|Saidou|Seidou|Sidou", "Boubacar|Aboubakar|Abubakar",
        "Souleymane|Sulaiman|Suleiman|سليمان", "Ismail|Ismael|Ismaila|إسماعيل", "Hassan|Hasan|حسن", "Hussein|Houssein|Hussain|حسين",
        "Khalid|Khaled|خالد", "Karim|Kareem|كريم", "Rachid|Rashid|رشيد", "Said|Saeed|سعيد", "Yassine|Yacine|Yasin|ياسين",
        "Hamza|Hamzah|حمزة", "Ayoub|Ayyub|أيوب", "Bilal|Bilel|بلال", "Tarik|Tariq|Tarek|طارق", "Anas|أنس", "Zakaria|Zakariya|زكرياء",
        "Adam|Adama|Adamou|آدم", "Idriss|Idris|Driss|إدريس", "Issa|Isa|عيسى", "Alassane|Alhassane", "Lamine|Lamin|Al Amine",
        "Abdelkader|Abdulkadir|عبد القادر", "Abderrahmane|Abdulrahman|Abdourahmane|عبد الرحمن", "Jamal|Djamal|جمال",
        "Samuel|Samuell", "Emmanuel|Emanuel", "Daniel|Danielle", "Joseph|Josef", "Patrick|Patrik", "Blaise|Blaize",
        "Chukwuemeka|Chukwuemeka", "Oluwaseun|Oluseun", "Kofi|Koffi", "Kwame|Kouame", "Jean|Jean-Baptiste", "Cheikh|Cheik|Sheikh",
        "Modou|Modu", "Lansana|Lansana", "Sekou|Sekou", "Mory|Mori", "Fode|Fodé", "Alpha|Alfa", "Thierno|Tierno", "Babacar|Babakar",
        "Papa|Pape", "Demba|Demba", "Samba|Samba", "Aliou|Aliou|Alioune", "Malick|Malik|مالك", "Souleyman|Slimane", "Nabil|Nabeel|نبيل",
        "Walid|Waleed|وليد", "Fares|Faris|فارس", "Majid|Majed|ماجد", "Nasser|Nasir|ناصر", "Rami|Ramy|رامي", "Sami|Samy|سامي",
    ];

    public static readonly string[] FemaleFirst =
    [
        "Fatima|Fatoumata|Fatma|Fatimata|فاطمة", "Aicha|Aisha|Aissatou|Ayesha|عائشة", "Khadija|Kadidja|Khadidja|Kadiatou|خديجة",
        "Mariam|Mariama|Maryam|Meryem|Mariem|مريم", "Aminata|Amina|Aminatou|أمينة", "Zainab|Zeinab|Zaynab|زينب",
        "Nour|Noor|Nur|نور", "Houda|Huda|Hoda|هدى", "Salma|Selma|سلمى", "Samira|Sameera|سميرة", "Nadia|Nadya|نادية",
        "Leila|Layla|Laila|ليلى", "Hafsa|Hafsah|حفصة", "Hajar|Hadjar|هاجر", "Latifa|Latefa|لطيفة", "Naima|Naema|نعيمة",
        "Rachida|Rashida|رشيدة", "Saida|Saeeda|سعيدة", "Malika|Malikah|مليكة", "Zahra|Zohra|زهرة", "Asma|Asmaa|أسماء",
        "Imane|Iman|Eman|إيمان", "Yasmine|Yasmin|ياسمين", "Amal|أمل", "Salimata|Salimata|Salamata", "Salima|Selima|سليمة",
        "Oumou|Oummou|Umu", "Hawa|Haoua|Hawaou|حواء", "Rokiatou|Rokia|Rokhaya", "Ramatoulaye|Ramatou|Rahmatoulaye",
        "Nafissatou|Nafissa|Nafisa|نفيسة", "Kadiatou|Kadiatu", "Binta|Bintou", "Awa|Aoua", "Coumba|Kumba", "Ndeye|Ndey",
        "Blessing|Blessings", "Chantal|Chantale", "Grace|Grâce", "Esther|Ester", "Mercy|Mercie", "Patience|Patiance",
        "Josephine|Joséphine", "Marie|Mary", "Christelle|Cristelle", "Sandrine|Sandrin", "Ngozi|Ngozie", "Chioma|Chiomah",
        "Adjoa|Adwoa", "Akosua|Akossoua", "Mame|Mam", "Dieynaba|Dienaba|Djenaba", "Safiatou|Safia|صفية", "Rahma|Rahmah|رحمة",
        "Ghita|Rita", "Sara|Sarah|سارة", "Hanane|Hanan|حنان", "Wafa|Wafaa|وفاء", "Siham|Sihame|سهام", "Karima|Kareema|كريمة",
    ];

    public static readonly string[] Last =
    [
        "El Amrani|Amrani|Al-Amrani|العمراني", "El Idrissi|Idrissi|الإدريسي", "Alaoui|El Alaoui|العلوي", "Ben Ali|Benali|Bin Ali|بن علي",
        "Bennani|Ben Nani|بناني", "El Fassi|Fassi|الفاسي", "Tazi|Tazzi|التازي", "Berrada|Berada|برادة", "Chraibi|Cheraibi|الشرايبي",
        "El Mansouri|Mansouri|المنصوري", "Benjelloun|Ben Jelloun|بنجلون", "Ouali|Wali|والي", "Bouzid|Bouzide|بوزيد", "Haddad|Al Haddad|الحداد",
        "Al Khatib|El Khatib|Khatib|الخطيب", "Al Masri|El Masri|المصري", "Darwish|Darwiche|درويش", "Hamdan|Hamdane|حمدان",
        "Al Hassan|Alhassan|El Hassan|الحسن", "Khalil|Khelil|خليل", "Saleh|Salih|صالح", "Nasser|Nassar|ناصر", "Youssef|Yousef|يوسف",
        "Diallo|Djallo|Jallow|Jalloh", "Traore|Traoré|Trawally|Tarawally", "Coulibaly|Koulibaly|Kulibali", "Keita|Keïta|Kaita",
        "Kone|Koné|Konneh", "Camara|Kamara", "Toure|Touré|Ture", "Ndiaye|N'Diaye|Njie", "Diop|Diope|Jobe", "Cisse|Cissé|Sisay",
        "Sow|So|Sowe", "Ba|Bah", "Barry|Bari|Barrie", "Bangoura|Bangura", "Sylla|Silla", "Fofana|Fofanah", "Conde|Condé|Kondeh",
        "Doumbia|Dumbuya|Doumbouya", "Sangare|Sangaré", "Sidibe|Sidibé", "Diarra|Jarra", "Sissoko|Cissoko", "Kante|Kanté",
        "Dembele|Dembélé", "Fall|Fal", "Gueye|Gaye", "Faye|Fay", "Mbaye|M'Baye", "Seck|Sek", "Sarr|Sar", "Diouf|Juf",
        "Okafor|Okaffor", "Okeke|Okekeh", "Adeyemi|Adeyemy", "Mensah|Mensa", "Owusu|Owusou", "Mbarga|M'Barga", "Nkoulou|Nkulu",
        "Kabila|Kabilla", "Mukendi|Moukendi", "Tshibanda|Chibanda", "Nguema|Nguéma", "Ondo|Ondoa", "Essomba|Esomba",
        "Kamau|Kamaou", "Habimana|Abimana", "Uwimana|Uwimanna", "Tesfaye|Tesfay", "Haile|Hailé", "Abebe|Abébé",
        "Bakr|Bakar|بكر", "Mahmoud|Mahmud|محمود", "Othman|Osman|عثمان", "Ibrahim|Brahim|إبراهيم", "Suleiman|Sulaiman|سليمان",
    ];

    public static readonly string[] Nationalities = ["SN", "ML", "GN", "CI", "CM", "NG", "SY", "YE", "SD", "CD", "CG", "BF", "GM", "SL", "LR", "MA", "TD", "NE"];

    public static readonly string[] Cities = ["Casablanca", "Rabat", "Tanger", "Fès", "Marrakech", "Agadir", "Oujda", "Tétouan", "Nador", "Béni Mellal", "Meknès", "Laâyoune", "Kénitra", "Salé"];
}
