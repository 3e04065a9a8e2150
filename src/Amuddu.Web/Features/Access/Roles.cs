namespace Amuddu.Web.Features.Access;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string CommunityAgent = nameof(CommunityAgent);
    public const string Counsellor = nameof(Counsellor);
    public const string SelfEmploymentCounsellor = nameof(SelfEmploymentCounsellor);
    public const string PartnerCaseworker = nameof(PartnerCaseworker);
    public const string ProgrammeOfficer = nameof(ProgrammeOfficer);
    public const string EmployerUser = nameof(EmployerUser);
    public const string TrainingCoordinator = nameof(TrainingCoordinator);
    public const string Analyst = nameof(Analyst);

    /// <summary>
    /// An expert of another organisation (e.g. VDAB) who gives training sessions: sees only the cycles they teach,
    /// those sessions and their participants (staff), never a migrant's file.
    /// </summary>
    public const string ExternalTrainer = nameof(ExternalTrainer);

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, CommunityAgent, Counsellor, SelfEmploymentCounsellor, PartnerCaseworker,
        ProgrammeOfficer, EmployerUser, TrainingCoordinator, Analyst, ExternalTrainer,
    ];

    /// <summary>
    /// Analysts see indicators and disaggregated counts only, never a person's file;
    /// every other role can reach personal data and so must sign in with a second factor.
    /// </summary>
    public static bool SeesPersonalData(string role) => role != Analyst;

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
