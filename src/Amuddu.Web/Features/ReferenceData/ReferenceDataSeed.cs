using System.Reflection;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ReferenceData;

/// <summary>
/// The reference data every Amuddu database starts with. Missing codes are added;
/// names an administrator changed are left as they are.
/// </summary>
public static class ReferenceDataSeed
{
    public static readonly IReadOnlyList<ReferenceItem> Regions =
    [
        Item(ReferenceKind.Region, "MA-01", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة", "Tangier-Tetouan-Al Hoceima"),
        Item(ReferenceKind.Region, "MA-02", "L'Oriental", "الشرق", "Oriental"),
        Item(ReferenceKind.Region, "MA-03", "Fès-Meknès", "فاس مكناس", "Fez-Meknes"),
        Item(ReferenceKind.Region, "MA-04", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة", "Rabat-Sale-Kenitra"),
        Item(ReferenceKind.Region, "MA-05", "Béni Mellal-Khénifra", "بني ملال خنيفرة", "Beni Mellal-Khenifra"),
        Item(ReferenceKind.Region, "MA-06", "Casablanca-Settat", "الدار البيضاء سطات", "Casablanca-Settat"),
        Item(ReferenceKind.Region, "MA-07", "Marrakech-Safi", "مراكش آسفي", "Marrakesh-Safi"),
        Item(ReferenceKind.Region, "MA-08", "Drâa-Tafilalet", "درعة تافيلالت", "Draa-Tafilalet"),
        Item(ReferenceKind.Region, "MA-09", "Souss-Massa", "سوس ماسة", "Souss-Massa"),
        Item(ReferenceKind.Region, "MA-10", "Guelmim-Oued Noun", "كلميم واد نون", "Guelmim-Oued Noun"),
        Item(ReferenceKind.Region, "MA-11", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء", "Laayoune-Sakia El Hamra"),
        Item(ReferenceKind.Region, "MA-12", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب", "Dakhla-Oued Ed-Dahab"),
    ];

    public static readonly IReadOnlyList<ReferenceItem> DocumentTypes =
    [
        Item(ReferenceKind.DocumentType, "RESIDENCE_CARD", "Carte de séjour", "بطاقة الإقامة", "Residence card"),
        Item(ReferenceKind.DocumentType, "REFUGEE_CARD", "Carte de réfugié", "بطاقة اللاجئ", "Refugee card"),
        Item(ReferenceKind.DocumentType, "UNHCR_CERTIFICATE", "Attestation du HCR", "شهادة المفوضية السامية لشؤون اللاجئين", "UNHCR certificate"),
        Item(ReferenceKind.DocumentType, "ASYLUM_RECEIPT", "Récépissé de demande d'asile", "وصل طلب اللجوء", "Asylum-seeker receipt"),
        Item(ReferenceKind.DocumentType, "REGULARISATION_RECEIPT", "Récépissé de dépôt de demande de régularisation", "وصل إيداع طلب تسوية الوضعية",
            "Regularisation application receipt"),
        Item(ReferenceKind.DocumentType, "PASSPORT", "Passeport", "جواز السفر", "Passport"),
        Item(ReferenceKind.DocumentType, "NATIONAL_ID", "Carte nationale d'identité", "البطاقة الوطنية للتعريف", "National identity card"),
    ];

    public static readonly IReadOnlyList<ReferenceItem> LegalStatuses =
    [
        Item(ReferenceKind.LegalStatus, "REGULARISED_MIGRANT", "Migrant régularisé", "مهاجر تمت تسوية وضعيته", "Regularised migrant"),
        Item(ReferenceKind.LegalStatus, "REFUGEE", "Réfugié", "لاجئ", "Refugee"),
        Item(ReferenceKind.LegalStatus, "ASYLUM_SEEKER", "Demandeur d'asile", "طالب لجوء", "Asylum seeker"),
        Item(ReferenceKind.LegalStatus, "IN_REGULARISATION", "En cours de régularisation", "في طور تسوية الوضعية", "In regularisation"),
        Item(ReferenceKind.LegalStatus, "OTHER", "Autre", "أخرى", "Other"),
    ];

    public static IEnumerable<ReferenceItem> All() =>
        Regions.Concat(DocumentTypes).Concat(LegalStatuses)
            .Concat(FromCsv(ReferenceKind.Country, "countries"))
            .Concat(FromCsv(ReferenceKind.Language, "languages"));

    public static async Task EnsureAsync(AmudduDbContext db, CancellationToken cancellationToken)
    {
        var existing = (await db.ReferenceItems.AsNoTracking()
                .Select(r => new { r.Kind, r.Code })
                .ToListAsync(cancellationToken))
            .Select(r => (r.Kind, r.Code))
            .ToHashSet();
        db.ReferenceItems.AddRange(All().Where(r => !existing.Contains((r.Kind, r.Code))));

        // Roles are reference data too: the code names them, so every database has all of them.
        var roles = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        db.Roles.AddRange(Roles.All.Except(roles.OfType<string>()).Select(name => new StaffRole(name)));
        await db.SaveChangesAsync(cancellationToken);
        await Positioning.TaxonomySeed.EnsureAsync(db, cancellationToken);
    }

    private static ReferenceItem Item(ReferenceKind kind, string code, string fr, string ar, string en, int order = 0) =>
        new() { Kind = kind, Code = code, NameFr = fr, NameAr = ar, NameEn = en, SortOrder = order };

    // Countries and languages come from Debian's iso-codes (tools/generate-reference-data.py).
    private static IEnumerable<ReferenceItem> FromCsv(ReferenceKind kind, string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ReferenceData.{name}.csv")
            ?? throw new InvalidOperationException($"Embedded reference data '{name}' is missing.");
        return [.. CsvFiles.ReadRows(stream).Skip(1).Select(fields => Item(kind, fields[0], fields[1], fields[2], fields[3]))];
    }
}
