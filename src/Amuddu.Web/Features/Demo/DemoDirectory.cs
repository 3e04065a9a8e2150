using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// The partners' directory profiles (Rabat-Salé-Kénitra and Casablanca-Settat, one of them not checked for
/// months) and the live capacity of their published offers: some full, some with a wait, a few never given.
/// </summary>
public static class DemoDirectory
{
    private sealed record Profile(
        string Organisation, string Description, string Address, string City, string[] Covers, string Phone, string Email, string? Website,
        string Hours, bool AcceptsReferrals, int VerifiedMonthsAgo);

    private static readonly Profile[] Profiles =
    [
        new(DemoOrganisations.Anapec,
            "Service public de l'emploi : accueil, bilan de compétences, formations qualifiantes et mise en relation avec les employeurs, y compris pour les personnes migrantes en situation régulière.",
            "Avenue Allal Ben Abdellah", "Rabat", ["MA-01", "MA-02", "MA-04", "MA-06", "MA-09"], "+212537209000", "partenariats@anapec.example.ma",
            "https://anapec.example.ma", "Du lundi au vendredi, 8 h 30 – 16 h 30", true, 1),
        new(DemoOrganisations.EntraideNationale,
            "Centres d'éducation et de formation, centres sociaux et aides d'urgence : formation des femmes et des jeunes, cours d'alphabétisation, orientation sociale.",
            "Avenue Hassan II, Yacoub El Mansour", "Rabat", ["MA-04", "MA-06", "MA-09"], "+212537290150", "orientation@entraide.example.ma",
            "https://entraide.example.ma", "Du lundi au vendredi, 8 h 30 – 16 h 30", true, 2),
        new(DemoOrganisations.Ngo,
            "Association d'accueil des personnes migrantes à Casablanca : permanence sociale et juridique, cours de darija, accompagnement vers les soins et l'emploi.",
            "Derb Ghallef, rue 7", "Casablanca", ["MA-06"], "+212661203344", "contact@solidarite-migrants.example.ma", null,
            "Du mardi au samedi, 10 h – 18 h", true, 1),
        new(DemoOrganisations.TrainingCentre,
            "Centre de formation professionnelle de quartier : couture, cuisine, pâtisserie, coiffure, avec stages chez les artisans et les commerçants de Hay Mohammadi.",
            "Rue 14, Hay Mohammadi", "Casablanca", [], "+212522613040", "inscriptions@centre-hay-mohammadi.example.ma", null,
            "Du lundi au samedi, 8 h 30 – 18 h", true, 8),
        new(DemoOrganisations.RabatFoundation,
            "Fondation qui accueille les personnes migrantes et réfugiées à Rabat et Salé : cours de langue, écoute psychosociale, ateliers pour l'emploi des jeunes et activités pour les enfants.",
            "Rue Oued Sebou, Takaddoum", "Rabat", ["MA-04"], "+212537704512", "accueil@passerelles-rabat.example.ma", "https://passerelles-rabat.example.ma",
            "Du lundi au vendredi, 9 h – 17 h ; samedi matin pour les cours", true, 1),
        new(DemoOrganisations.LegalAid,
            "Association de juristes et d'avocats bénévoles : aide juridique gratuite sur le séjour, l'asile, le travail et l'état civil, à Casablanca et en permanence mobile à Salé.",
            "Rue Mohammed El Qorri, Casablanca Centre", "Casablanca", ["MA-06", "MA-04"], "+212522274190", "permanence@al-adl.example.ma", null,
            "Lundi et jeudi, 9 h – 13 h ; samedi, 9 h – 12 h", true, 4),
    ];

    public static async Task SeedAsync(
        AmudduDbContext db, IReadOnlyDictionary<string, Organisation> organisations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var random = new Random(6_2026);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var p in Profiles)
        {
            var organisation = organisations[p.Organisation];
            organisation.Description = p.Description;
            organisation.Address = p.Address;
            organisation.City = p.City;
            organisation.RegionsCovered = [.. p.Covers.Order(StringComparer.Ordinal)];
            organisation.ContactPhone = p.Phone;
            organisation.ContactEmail = p.Email;
            organisation.Website = p.Website;
            organisation.OpeningHours = p.Hours;
            organisation.AcceptsReferrals = p.AcceptsReferrals;
            organisation.ProfileVerifiedOn = today.AddMonths(-p.VerifiedMonthsAgo).AddDays(-random.Next(0, 15));
        }

        // One offer in five has never had its capacity given; the others were updated in the last weeks.
        var offers = await db.Offers.Where(o => o.Status == OfferStatus.Published).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        foreach (var offer in offers)
        {
            if (random.Next(5) == 0)
            {
                continue;
            }

            offer.SeatsLeft = offer.Seats is { } seats ? random.Next(0, 4) == 0 ? 0 : random.Next(1, seats + 1) : null;
            offer.WaitingWeeks = offer.SeatsLeft == 0 ? random.Next(4, 13) : random.Next(0, 3);
            offer.CapacityUpdatedAt = now.AddDays(-random.Next(0, 40)).AddHours(-random.Next(0, 8));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
