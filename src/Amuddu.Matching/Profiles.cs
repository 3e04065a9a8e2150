namespace Amuddu.Matching;

/// <summary>CEFR, lowest first; same order as the web's CefrLevel so a cast maps one onto the other.</summary>
public enum LanguageLevel
{
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

/// <summary>Steps of education, lowest first; same order as the web's EducationLevel.</summary>
public enum EducationStep
{
    None,
    Primary,
    LowerSecondary,
    UpperSecondary,
    Vocational,
    Bachelor,
    MasterOrHigher,
}

/// <summary>Same order as the web's SkillLevel.</summary>
public enum Proficiency
{
    Basic,
    Intermediate,
    Advanced,
}

public readonly record struct PastOccupation(string OccupationCode, int Years);

public readonly record struct HeldSkill(string SkillCode, Proficiency Level);

public readonly record struct HeldLanguage(string LanguageCode, LanguageLevel Level);

public readonly record struct RequiredLanguage(string LanguageCode, LanguageLevel Minimum);

public readonly record struct JobPlace(string RegionCode, string? City);

/// <summary>
/// What matching knows of a person, and all it knows. By construction it has no field for sex, nationality,
/// age or date of birth, religion, health, constraints, vulnerability or legal status: the only trace of the
/// documents is <see cref="RightToWorkUntil"/>, the last day the person may work (DateOnly.MaxValue when the
/// right has no end; null when the documents give none), which is a hard filter, never a score.
/// </summary>
public sealed class CandidateProfile
{
    public required Guid Id { get; init; }
    public string[] TargetOccupations { get; init; } = [];
    public PastOccupation[] PastOccupations { get; init; } = [];
    public HeldSkill[] Skills { get; init; } = [];

    /// <summary>The best CEFR level of each language (a mother tongue counts as C2).</summary>
    public HeldLanguage[] Languages { get; init; } = [];
    public EducationStep? Education { get; init; }
    public string? RegionCode { get; init; }
    public string? City { get; init; }
    public DateOnly? AvailableFrom { get; init; }
    public DateOnly? RightToWorkUntil { get; init; }
}

/// <summary>What a vacancy asks for.</summary>
public sealed class VacancyRequirements
{
    public required Guid Id { get; init; }
    public required string OccupationCode { get; init; }
    public string[] EssentialSkills { get; init; } = [];
    public string[] OptionalSkills { get; init; } = [];
    public RequiredLanguage[] Languages { get; init; } = [];
    public EducationStep? MinimumEducation { get; init; }
    public int? ExperienceYears { get; init; }
    public JobPlace[] Places { get; init; } = [];
    public required DateOnly StartsOn { get; init; }
}
