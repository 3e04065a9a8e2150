using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// The demo sign-ins, documented in README.md and docs/demo.md. They exist only in a database
/// filled by <c>amuddu seed-demo</c>; never run that command against a production database.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Journey-2026";

    /// <summary>Base32 authenticator key shared by the demo accounts: add it to any authenticator app.</summary>
    public const string AuthenticatorKey = "AMUDDUDEMOKEY234AMUDDUDEMOKEY234";

    public const string Domain = "demo.amuddu.test";

    public sealed record Account(string Email, string DisplayName, string Role, string Organisation, string? Site, bool TwoFactor = true);

    public static readonly IReadOnlyList<Account> All =
    [
        new($"admin@{Domain}", "Salma Bennani", Roles.Administrator, DemoOrganisations.Anapec, null),
        new($"agent@{Domain}", "Aminata Diallo", Roles.CommunityAgent, DemoOrganisations.Anapec, DemoOrganisations.CasablancaAgency),
        new($"counsellor@{Domain}", "Youssef El Amrani", Roles.Counsellor, DemoOrganisations.Anapec, DemoOrganisations.CasablancaAgency),
        new($"self-employment@{Domain}", "Nadia Tazi", Roles.SelfEmploymentCounsellor, DemoOrganisations.Anapec, DemoOrganisations.RabatAgency),
        new($"officer@{Domain}", "Karim Alaoui", Roles.ProgrammeOfficer, DemoOrganisations.Anapec, null),
        new($"officer2@{Domain}", "Fatima Zahra Idrissi", Roles.ProgrammeOfficer, DemoOrganisations.Anapec, null),
        new($"trainer@{Domain}", "Leila Chraibi", Roles.TrainingCoordinator, DemoOrganisations.Anapec, null),
        new($"analyst@{Domain}", "Omar Benjelloun", Roles.Analyst, DemoOrganisations.Anapec, null, TwoFactor: false),
        new($"caseworker@{Domain}", "Hind Mansouri", Roles.PartnerCaseworker, DemoOrganisations.EntraideNationale, DemoOrganisations.EntraideRabat),
        new($"ngo-admin@{Domain}", "Jean-Baptiste Mukendi", Roles.Administrator, DemoOrganisations.Ngo, null),
        new($"ngo-counsellor@{Domain}", "Mariam Koné", Roles.Counsellor, DemoOrganisations.Ngo, DemoOrganisations.NgoOffice),
        new($"employer@{Domain}", "Rachid Ouazzani", Roles.EmployerUser, DemoOrganisations.Employer, null),
        new($"new-counsellor@{Domain}", "Ines Berrada", Roles.Counsellor, DemoOrganisations.Anapec, DemoOrganisations.TangerAgency, TwoFactor: false),
        new($"vdab-trainer@{Domain}", "Pieter Janssens", Roles.ExternalTrainer, DemoOrganisations.Vdab, null),
    ];
}
