using Microsoft.AspNetCore.Authorization;

namespace Amuddu.Web.Features.Access;

/// <summary>The named authorisation policies. Every endpoint and page carries one, or is on the anonymous list.</summary>
public static class Policies
{
    /// <summary>Signed in, whatever the second factor: only for enrolling an authenticator and signing out.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Any staff role, signed in with a second factor when that role sees personal data.</summary>
    public const string Staff = nameof(Staff);

    public const string Administrator = nameof(Administrator);

    /// <summary>The people who receive, position and follow migrants and refugees, and so open their files.</summary>
    public const string PeopleFiles = nameof(PeopleFiles);

    /// <summary>Erasing a person's data and merging two files: employment counsellors only, for these cannot be taken lightly.</summary>
    public const string PersonRights = nameof(PersonRights);

    public static readonly string[] PeopleFileRoles = [Roles.Counsellor, Roles.SelfEmploymentCounsellor];

    /// <summary>
    /// Employment counsellors, who follow the whole pathway, read and write restricted notes and
    /// vulnerabilities; the other people-files roles see only that a restricted note exists.
    /// </summary>
    public const string SensitiveNotes = nameof(SensitiveNotes);

    public static readonly string[] SensitiveNoteRoles = [Roles.Counsellor];

    public static bool SeesSensitiveNotes(ICurrentStaff staff) => SensitiveNoteRoles.Any(staff.IsInRole);

    /// <summary>
    /// Outreach activities, pre-registrations and information sessions: the community agents who
    /// run them with the counsellors who receive the people they bring.
    /// </summary>
    public const string Outreach = nameof(Outreach);

    public static readonly string[] OutreachRoles = [Roles.CommunityAgent, .. PeopleFileRoles];

    /// <summary>Keeping the organisation's offers in the public catalogue up to date.</summary>
    public const string Catalogue = nameof(Catalogue);

    public static readonly string[] CatalogueRoles =
        [Roles.Administrator, Roles.Counsellor, Roles.SelfEmploymentCounsellor, Roles.PartnerCaseworker, Roles.TrainingCoordinator];

    /// <summary>Managers' indicators (the outreach funnel, ...): counts only, never a person.</summary>
    public const string Indicators = nameof(Indicators);

    public static readonly string[] IndicatorRoles = [Roles.Administrator, Roles.Analyst];

    /// <summary>
    /// The referral network's two ends: counsellors who refer people (and receive counter-referrals) and the
    /// partners' caseworkers who receive them. The directory itself is for all staff.
    /// </summary>
    public const string Referrals = nameof(Referrals);

    public static readonly string[] ReferralRoles = [.. PeopleFileRoles, Roles.PartnerCaseworker];

    /// <summary>
    /// Support applications (grants and incentives): the counsellors who apply for the people they follow and
    /// the programme officers who check, decide and pay. Programmes themselves are read by all staff and
    /// configured by administrators.
    /// </summary>
    public const string Applications = nameof(Applications);

    public static readonly string[] ApplicationRoles = [.. PeopleFileRoles, Roles.ProgrammeOfficer];

    /// <summary>Decisions and money: approving (four eyes), contracts, tranches, payment orders, reconciliation, recovery.</summary>
    public const string ProgrammeOfficers = nameof(ProgrammeOfficers);

    /// <summary>Who sees the programmes' pages and dashboards: the officers, the administrators who configure them, the analysts.</summary>
    public static readonly string[] ProgrammeRoles = [Roles.ProgrammeOfficer, Roles.Administrator, Roles.Analyst];

    /// <summary>The employer view: an employer's own hiring-incentive applications and the hires to confirm.</summary>
    public const string Employer = nameof(Employer);

    /// <summary>Running peer exchanges, the practice library and commitments: the training coordinator and administrators.</summary>
    public const string Exchanges = nameof(Exchanges);

    public static readonly string[] ExchangeRoles = [Roles.TrainingCoordinator, Roles.Administrator];

    /// <summary>The before/after view of the service around training: counts only, for the coordinator, administrators and analysts.</summary>
    public const string TrainingEffect = nameof(TrainingEffect);

    public static readonly string[] TrainingEffectRoles = [Roles.TrainingCoordinator, Roles.Administrator, Roles.Analyst];

    /// <summary>Company files and vacancies: the service's counsellors and administrators, and employer users for their own company.</summary>
    public const string Employers = nameof(Employers);

    public static readonly string[] EmployersRoles = [Roles.Counsellor, Roles.Administrator, Roles.EmployerUser];

    /// <summary>Keeping company files and validating vacancies: the service's counsellors and administrators.</summary>
    public const string EmployerRelations = nameof(EmployerRelations);

    public static readonly string[] EmployerRelationsRoles = [Roles.Counsellor, Roles.Administrator];

    public static void Add(AuthorizationOptions options)
    {
        var staff = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireRole(Roles.All)
            .AddRequirements(new SecondFactorRequirement())
            .Build();

        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Staff, staff);
        options.AddPolicy(Administrator, p => p.Combine(staff).RequireRole(Roles.Administrator));
        options.AddPolicy(PeopleFiles, p => p.Combine(staff).RequireRole(PeopleFileRoles));
        options.AddPolicy(PersonRights, p => p.Combine(staff).RequireRole(Roles.Counsellor));
        options.AddPolicy(SensitiveNotes, p => p.Combine(staff).RequireRole(SensitiveNoteRoles));
        options.AddPolicy(Outreach, p => p.Combine(staff).RequireRole(OutreachRoles));
        options.AddPolicy(Catalogue, p => p.Combine(staff).RequireRole(CatalogueRoles));
        options.AddPolicy(Indicators, p => p.Combine(staff).RequireRole(IndicatorRoles));
        options.AddPolicy(Referrals, p => p.Combine(staff).RequireRole(ReferralRoles));
        options.AddPolicy(Applications, p => p.Combine(staff).RequireRole(ApplicationRoles));
        options.AddPolicy(ProgrammeOfficers, p => p.Combine(staff).RequireRole(Roles.ProgrammeOfficer));
        options.AddPolicy(Employer, p => p.Combine(staff).RequireRole(Roles.EmployerUser));
        options.AddPolicy(Exchanges, p => p.Combine(staff).RequireRole(ExchangeRoles));
        options.AddPolicy(TrainingEffect, p => p.Combine(staff).RequireRole(TrainingEffectRoles));
        options.AddPolicy(Employers, p => p.Combine(staff).RequireRole(EmployersRoles));
        options.AddPolicy(EmployerRelations, p => p.Combine(staff).RequireRole(EmployerRelationsRoles));

        // Anything that forgot to say is for staff only.
        options.FallbackPolicy = staff;
    }
}
