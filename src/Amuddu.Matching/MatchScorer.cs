using System.Globalization;

namespace Amuddu.Matching;

/// <summary>
/// Scores a person against a vacancy. <see cref="Rank"/> is the hot path (no allocation: it loops over the arrays
/// of the two profiles) and gives the score in hundredths of a point for ordering; <see cref="Explain"/> gives the
/// same score with its parts and reasons, and is only called for the few results shown. Both read the part shares
/// from the same functions, so they cannot disagree.
/// </summary>
public sealed class MatchScorer(OccupationGroups groups, MatchWeights? weights = null)
{
    /// <summary>Availability up to this many days after the start still earns half the part.</summary>
    public const int AvailabilityGraceDays = 30;

    public MatchWeights Weights { get; } = weights ?? MatchWeights.Default;
    public OccupationGroups Groups => groups;

    /// <summary>The hard filter: the documents give the right to work on the day the job starts.</summary>
    public static bool MayWork(VacancyRequirements vacancy, CandidateProfile candidate) =>
        candidate.RightToWorkUntil is { } until && until >= vacancy.StartsOn;

    /// <summary>The score in hundredths (0–10000), or -1 when the person may not work on the start date.</summary>
    public int Rank(VacancyRequirements vacancy, CandidateProfile candidate, string? vacancyGroup = null)
    {
        if (!MayWork(vacancy, candidate))
        {
            return -1;
        }

        vacancyGroup ??= groups.IscoGroupOf(vacancy.OccupationCode);
        var w = Weights;
        var total = w.Occupation * MatchWeights.OccupationShare(BestFit(vacancy.OccupationCode, vacancyGroup, candidate))
            + w.Skills * SkillsShare(vacancy, candidate)
            + w.Languages * LanguagesShare(vacancy, candidate)
            + w.Education * EducationShare(vacancy, candidate)
            + w.Experience * ExperienceShare(vacancy, vacancyGroup, candidate)
            + w.Place * PlaceShare(vacancy, candidate)
            + w.Availability * AvailabilityShare(vacancy, candidate);
        return (int)Math.Round(total * 100 * 100 / w.Total, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The highest score (hundredths) anyone whose closest occupation is <paramref name="fit"/> can reach: lets a
    /// search stop reading the farther occupations once its k-th best is already above it.
    /// </summary>
    public int UpperBound(OccupationFit fit) =>
        (int)Math.Ceiling((Weights.Total - Weights.Occupation * (1 - MatchWeights.OccupationShare(fit))) * 100.0 * 100 / Weights.Total);

    /// <summary>
    /// <see cref="UpperBound(OccupationFit)"/> for this vacancy: someone whose closest occupation is only
    /// <see cref="OccupationFit.Near"/> has no year in the occupation or its unit group, so earns no experience when years are asked.
    /// </summary>
    public int UpperBound(OccupationFit fit, VacancyRequirements vacancy) =>
        fit <= OccupationFit.Near && vacancy.ExperienceYears is > 0
            ? UpperBound(fit) - (int)Math.Floor(Weights.Experience * 100.0 * 100 / Weights.Total)
            : UpperBound(fit);

    /// <summary>The score with its parts; null when the person may not work on the start date.</summary>
    public MatchResult? Explain(VacancyRequirements vacancy, CandidateProfile candidate)
    {
        var rank = Rank(vacancy, candidate);
        if (rank < 0)
        {
            return null;
        }

        var group = groups.IscoGroupOf(vacancy.OccupationCode);
        var scale = 100.0 / Weights.Total;
        var parts = new List<MatchPart>(7);
        void Add(MatchPartKind kind, double share, List<MatchItem> items)
        {
            var outcome = share >= 0.999 ? PartOutcome.Met : share > 0 ? PartOutcome.Partly : PartOutcome.Short;
            parts.Add(new MatchPart(kind, Weights.Of(kind), Math.Round(Weights.Of(kind) * share * scale, 1), outcome, items));
        }

        var fit = BestFit(vacancy.OccupationCode, group, candidate, out var closest);
        Add(MatchPartKind.Occupation, MatchWeights.OccupationShare(fit),
            [new MatchItem(vacancy.OccupationCode, Outcome(MatchWeights.OccupationShare(fit)), Required: fit.ToString(), Held: closest)]);
        Add(MatchPartKind.Skills, SkillsShare(vacancy, candidate), SkillItems(vacancy, candidate));
        Add(MatchPartKind.Languages, LanguagesShare(vacancy, candidate), [.. vacancy.Languages.Select(l =>
        {
            var held = HeldLevel(candidate, l.LanguageCode);
            return new MatchItem(l.LanguageCode, Outcome(LanguageShare(l, held)), l.Minimum.ToString(), held?.ToString());
        })]);
        Add(MatchPartKind.Education, EducationShare(vacancy, candidate), vacancy.MinimumEducation is { } minimum
            ? [new MatchItem("", Outcome(EducationShare(vacancy, candidate)), minimum.ToString(), candidate.Education?.ToString())]
            : []);
        var years = RelevantYears(vacancy.OccupationCode, group, candidate);
        Add(MatchPartKind.Experience, ExperienceShare(vacancy, group, candidate), vacancy.ExperienceYears is > 0
            ? [new MatchItem(vacancy.OccupationCode, Outcome(ExperienceShare(vacancy, group, candidate)),
                vacancy.ExperienceYears.Value.ToString(CultureInfo.InvariantCulture), years.ToString(CultureInfo.InvariantCulture))]
            : []);
        Add(MatchPartKind.Place, PlaceShare(vacancy, candidate), vacancy.Places.Length == 0
            ? []
            : [new MatchItem(candidate.City ?? candidate.RegionCode ?? "", Outcome(PlaceShare(vacancy, candidate)),
                string.Join(", ", vacancy.Places.Select(p => p.City is null ? p.RegionCode : $"{p.City} ({p.RegionCode})")),
                candidate.City is null ? candidate.RegionCode : $"{candidate.City} ({candidate.RegionCode})")]);
        Add(MatchPartKind.Availability, AvailabilityShare(vacancy, candidate),
            [new MatchItem("", Outcome(AvailabilityShare(vacancy, candidate)), vacancy.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                candidate.AvailableFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
        return new MatchResult(candidate.Id, vacancy.Id, (int)Math.Round(rank / 100.0, MidpointRounding.AwayFromZero), parts);
    }

    private static PartOutcome Outcome(double share) => share >= 0.999 ? PartOutcome.Met : share > 0 ? PartOutcome.Partly : PartOutcome.Short;

    private static List<MatchItem> SkillItems(VacancyRequirements vacancy, CandidateProfile candidate)
    {
        var items = new List<MatchItem>(vacancy.EssentialSkills.Length + vacancy.OptionalSkills.Length);
        foreach (var (codes, required) in new[] { (vacancy.EssentialSkills, "essential"), (vacancy.OptionalSkills, "optional") })
        {
            foreach (var code in codes)
            {
                var held = HeldSkillLevel(candidate, code);
                items.Add(new MatchItem(code, held is null ? PartOutcome.Short : held == Proficiency.Basic ? PartOutcome.Partly : PartOutcome.Met,
                    required, held?.ToString()));
            }
        }

        return items;
    }

    // ---- the shares (0 to 1) of each part; the only place where a score is decided ----

    internal OccupationFit BestFit(string wanted, string? wantedGroup, CandidateProfile candidate) =>
        BestFit(wanted, wantedGroup, candidate, out _);

    private OccupationFit BestFit(string wanted, string? wantedGroup, CandidateProfile candidate, out string? closest)
    {
        var best = OccupationFit.Unrelated;
        closest = null;
        foreach (var code in candidate.TargetOccupations)
        {
            var fit = groups.Fit(wanted, wantedGroup, code);
            if (fit > best)
            {
                (best, closest) = (fit, code);
            }
        }

        foreach (var past in candidate.PastOccupations)
        {
            var fit = groups.Fit(wanted, wantedGroup, past.OccupationCode);
            if (fit > best)
            {
                (best, closest) = (fit, past.OccupationCode);
            }
        }

        return best;
    }

    /// <summary>Essential skills count 1 each, optional ones ½; a skill held at a basic level earns ¾ of its due.</summary>
    internal static double SkillsShare(VacancyRequirements vacancy, CandidateProfile candidate)
    {
        var due = vacancy.EssentialSkills.Length + vacancy.OptionalSkills.Length * 0.5;
        if (due == 0)
        {
            return 1;
        }

        var earned = 0.0;
        foreach (var code in vacancy.EssentialSkills)
        {
            earned += SkillCredit(HeldSkillLevel(candidate, code));
        }

        foreach (var code in vacancy.OptionalSkills)
        {
            earned += 0.5 * SkillCredit(HeldSkillLevel(candidate, code));
        }

        return earned / due;
    }

    private static double SkillCredit(Proficiency? level) => level switch
    {
        null => 0,
        Proficiency.Basic => 0.75,
        _ => 1,
    };

    private static Proficiency? HeldSkillLevel(CandidateProfile candidate, string code)
    {
        foreach (var skill in candidate.Skills)
        {
            if (string.Equals(skill.SkillCode, code, StringComparison.Ordinal))
            {
                return skill.Level;
            }
        }

        return null;
    }

    /// <summary>Each language asked: the level or above earns it all, one level short half, more nothing.</summary>
    internal static double LanguagesShare(VacancyRequirements vacancy, CandidateProfile candidate)
    {
        if (vacancy.Languages.Length == 0)
        {
            return 1;
        }

        var earned = 0.0;
        foreach (var language in vacancy.Languages)
        {
            earned += LanguageShare(language, HeldLevel(candidate, language.LanguageCode));
        }

        return earned / vacancy.Languages.Length;
    }

    private static double LanguageShare(RequiredLanguage language, LanguageLevel? held) =>
        held is not { } level ? 0 : level >= language.Minimum ? 1 : level + 1 == language.Minimum ? 0.5 : 0;

    private static LanguageLevel? HeldLevel(CandidateProfile candidate, string code)
    {
        foreach (var language in candidate.Languages)
        {
            if (string.Equals(language.LanguageCode, code, StringComparison.Ordinal))
            {
                return language.Level;
            }
        }

        return null;
    }

    /// <summary>The level asked or above earns it all; one step below half; unknown or lower nothing.</summary>
    internal static double EducationShare(VacancyRequirements vacancy, CandidateProfile candidate) =>
        vacancy.MinimumEducation is not { } minimum ? 1
        : candidate.Education is not { } held ? 0
        : held >= minimum ? 1
        : held + 1 == minimum ? 0.5
        : 0;

    /// <summary>Years in the same occupation or its ISCO unit group, against the years asked.</summary>
    internal double ExperienceShare(VacancyRequirements vacancy, string? vacancyGroup, CandidateProfile candidate)
    {
        if (vacancy.ExperienceYears is not > 0)
        {
            return 1;
        }

        return Math.Min(1.0, RelevantYears(vacancy.OccupationCode, vacancyGroup, candidate) / (double)vacancy.ExperienceYears.Value);
    }

    private int RelevantYears(string wanted, string? wantedGroup, CandidateProfile candidate)
    {
        var years = 0;
        foreach (var past in candidate.PastOccupations)
        {
            if (groups.Fit(wanted, wantedGroup, past.OccupationCode) >= OccupationFit.Related)
            {
                years += past.Years;
            }
        }

        return years;
    }

    /// <summary>In a city of the vacancy: all of it; in a region of it: 0.6; elsewhere nothing. No place asked: all.</summary>
    internal static double PlaceShare(VacancyRequirements vacancy, CandidateProfile candidate)
    {
        if (vacancy.Places.Length == 0)
        {
            return 1;
        }

        var best = 0.0;
        foreach (var place in vacancy.Places)
        {
            if (!string.Equals(place.RegionCode, candidate.RegionCode, StringComparison.Ordinal))
            {
                continue;
            }

            if (place.City is null || string.Equals(place.City, candidate.City, StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            best = 0.6;
        }

        return best;
    }

    /// <summary>Available by the start: all; within <see cref="AvailabilityGraceDays"/> after it: half; later: nothing.</summary>
    internal static double AvailabilityShare(VacancyRequirements vacancy, CandidateProfile candidate) =>
        candidate.AvailableFrom is not { } from || from <= vacancy.StartsOn ? 1
        : from <= vacancy.StartsOn.AddDays(AvailabilityGraceDays) ? 0.5
        : 0;
}
