using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

public static class DemoOrganisations
{
    public const string Anapec = "ANAPEC (démo)";
    public const string EntraideNationale = "Entraide Nationale (démo)";
    public const string Ngo = "Association Solidarité Migrants (démo)";
    public const string TrainingCentre = "Centre de formation Hay Mohammadi (démo)";
    public const string Employer = "Atlas Textile SARL (démo)";
    public const string Donor = "Fonds partenaire pour l'inclusion (démo)";
    public const string RabatFoundation = "Fondation Passerelles Rabat (démo)";
    public const string LegalAid = "Association Al Adl – aide juridique aux migrants (démo)";
    public const string Vdab = "VDAB – service flamand de l'emploi (démo)";
    public const string LeForem = "Le Forem – service wallon de l'emploi (démo)";

    public const string CasablancaAgency = "Agence Casablanca Maârif";
    public const string RabatAgency = "Agence Rabat Agdal";
    public const string TangerAgency = "Agence Tanger Ville";
    public const string OujdaAgency = "Agence Oujda";
    public const string EntraideRabat = "Centre d'éducation et de formation Rabat";
    public const string NgoOffice = "Permanence Casablanca";
    public const string FoundationCentre = "Centre Passerelles Takaddoum";
    public const string LegalAidOffice = "Bureau juridique Casablanca Centre";
}

/// <summary>Fills an empty database with demo organisations, sites and the <see cref="DemoAccounts"/>.</summary>
public static class DemoData
{
    private sealed record Org(string Name, string? Acronym, OrganisationKind Kind, string? Region, bool Operator, (string Name, string Region, string City)[] Sites);

    private static readonly Org[] Organisations =
    [
        new(DemoOrganisations.Anapec, "ANAPEC", OrganisationKind.EmploymentService, "MA-04", true,
        [
            (DemoOrganisations.CasablancaAgency, "MA-06", "Casablanca"),
            (DemoOrganisations.RabatAgency, "MA-04", "Rabat"),
            (DemoOrganisations.TangerAgency, "MA-01", "Tanger"),
            (DemoOrganisations.OujdaAgency, "MA-02", "Oujda"),
        ]),
        new(DemoOrganisations.EntraideNationale, "EN", OrganisationKind.SocialAssistance, "MA-04", false,
        [
            (DemoOrganisations.EntraideRabat, "MA-04", "Rabat"),
            ("Centre social Casablanca Sidi Moumen", "MA-06", "Casablanca"),
        ]),
        new(DemoOrganisations.Ngo, "ASM", OrganisationKind.Ngo, "MA-06", false, [(DemoOrganisations.NgoOffice, "MA-06", "Casablanca")]),
        new(DemoOrganisations.TrainingCentre, null, OrganisationKind.TrainingProvider, "MA-06", false, [("Site Hay Mohammadi", "MA-06", "Casablanca")]),
        new(DemoOrganisations.Employer, null, OrganisationKind.Employer, "MA-01", false, [("Usine Tanger Med", "MA-01", "Tanger")]),
        new(DemoOrganisations.Donor, null, OrganisationKind.Donor, "MA-04", false, []),
        new(DemoOrganisations.RabatFoundation, "FPR", OrganisationKind.Ngo, "MA-04", false, [(DemoOrganisations.FoundationCentre, "MA-04", "Rabat")]),
        new(DemoOrganisations.LegalAid, "Al Adl", OrganisationKind.Ngo, "MA-06", false, [(DemoOrganisations.LegalAidOffice, "MA-06", "Casablanca")]),
        // Abroad: no Moroccan region, no site.
        new(DemoOrganisations.Vdab, "VDAB", OrganisationKind.ForeignEmploymentService, null, false, []),
        new(DemoOrganisations.LeForem, "Forem", OrganisationKind.ForeignEmploymentService, null, false, []),
    ];

    /// <summary>
    /// Returns false, changing nothing, when the database already holds organisations. Without
    /// <paramref name="withPeople"/> the registry stays empty (tests register their own people).
    /// </summary>
    public static async Task<bool> SeedAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken, bool withPeople = true)
    {
        var db = services.GetRequiredService<AmudduDbContext>();
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return false;
        }

        // All or nothing: a failure half-way must not leave organisations without their accounts.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organisations = new Dictionary<string, Organisation>();
        var sites = new Dictionary<string, Site>();
        foreach (var org in Organisations)
        {
            var organisation = new Organisation
            {
                Name = org.Name, Acronym = org.Acronym, Kind = org.Kind, RegionCode = org.Region, IsPlatformOperator = org.Operator,
            };
            organisations[org.Name] = organisation;
            db.Organisations.Add(organisation);
            foreach (var (name, region, city) in org.Sites)
            {
                var site = new Site { OrganisationId = organisation.Id, Name = name, RegionCode = region, City = city };
                sites[name] = site;
                db.Sites.Add(site);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var keys = (IUserAuthenticatorKeyStore<StaffUser>)services.GetRequiredService<IUserStore<StaffUser>>();
        foreach (var account in DemoAccounts.All)
        {
            var user = new StaffUser
            {
                Email = account.Email,
                UserName = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                OrganisationId = organisations[account.Organisation].Id,
                SiteId = account.Site is null ? null : sites[account.Site].Id,
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
            if (account.TwoFactor)
            {
                await keys.SetAuthenticatorKeyAsync(user, DemoAccounts.AuthenticatorKey, cancellationToken);
                user.TwoFactorEnabled = true;
                Check(await users.UpdateAsync(user), account.Email);
            }
        }

        if (withPeople)
        {
            var anapec = organisations[DemoOrganisations.Anapec];
            var counsellor = await users.FindByEmailAsync(DemoAccounts.All.First(a => a.Role == Roles.Counsellor).Email);
            var selfEmployment = await users.FindByEmailAsync(DemoAccounts.All.First(a => a.Role == Roles.SelfEmploymentCounsellor).Email);
            var people = await DemoPeople.SeedAsync(db, anapec.Id,
            [
                (sites[DemoOrganisations.CasablancaAgency].Id, counsellor!.Id, "Casablanca", "MA-06"),
                (sites[DemoOrganisations.RabatAgency].Id, selfEmployment!.Id, "Rabat", "MA-04"),
            ], clock, cancellationToken);
            // Each area fills in its part of the demo people's pathways, by stage.
            await DemoPathways.SeedAsync(services, people, clock, cancellationToken);
            await DemoCatalogue.SeedAsync(db, organisations, sites, clock, cancellationToken);
            await DemoDirectory.SeedAsync(db, organisations, clock, cancellationToken);
            await DemoOutreach.SeedAsync(db, people, clock, cancellationToken);
            await DemoSessions.SeedAsync(db, people, clock, cancellationToken);
            await DemoReferrals.SeedAsync(db, people, clock, cancellationToken);
            await DemoProgrammes.SeedAsync(db, people, services.GetRequiredService<FieldProtector>(), clock, cancellationToken);
            await DemoTraining.SeedAsync(db, services.GetRequiredService<FieldProtector>(), clock, cancellationToken);
            // After the training demo: the 2020 cycle's tests, questionnaires and certificates (nothing without the cycle).
            await DemoTrainingTests.SeedAsync(db, cancellationToken);
            await DemoExchanges.SeedAsync(db, clock, cancellationToken);
            await DemoEmployers.SeedAsync(db, clock, cancellationToken);
            // After the vacancies' demo: shortlists on the demo employer's open vacancy.
            await Placements.PlacementsDemo.SeedAsync(db, people, clock, cancellationToken);
            // Matching reads one profile per positioned person, made from what the seeders above wrote.
            await Matching.MatchProfiles.RebuildAsync(db, null, clock, cancellationToken);
            // Two years of history behind the registry (after the rest: nothing above reads it, and no match profile is made for
            // these past files), then the results framework the indicators report against.
            await DemoHistory.SeedAsync(db, services.GetRequiredService<FieldProtector>(), clock, cancellationToken);
            await DemoIndicators.SeedAsync(db, clock, cancellationToken);
            // The indicators' facts, from everything the seeders above wrote (cheap at demo size).
            await Indicators.IndicatorFacts.RefreshAllAsync(db, clock,
                services.GetService<Microsoft.Extensions.Options.IOptions<Indicators.IndicatorOptions>>()?.Value, rebuild: true, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
