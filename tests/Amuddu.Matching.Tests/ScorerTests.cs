namespace Amuddu.Matching.Tests;

public class ScorerTests
{
    private static readonly DateOnly Start = new(2027, 3, 1);

    // Welder and pipe welder share ISCO unit group 7212; sheet-metal worker is 7213 (same minor group 721); a cook is 5120.
    private static readonly OccupationGroups Groups = new(new Dictionary<string, string>
    {
        ["WELDER"] = "7212", ["PIPE_WELDER"] = "7212", ["SHEET_METAL"] = "7213", ["COOK"] = "5120",
    });

    private static readonly MatchScorer Scorer = new(Groups);

    private static VacancyRequirements Vacancy(int? years = 2) => new()
    {
        Id = Guid.Parse("00000000-0000-0000-0000-0000000000aa"),
        OccupationCode = "WELDER",
        EssentialSkills = ["ARC", "READ_PLANS"],
        OptionalSkills = ["SAFETY"],
        Languages = [new RequiredLanguage("fr", LanguageLevel.B1)],
        MinimumEducation = EducationStep.Vocational,
        ExperienceYears = years,
        Places = [new JobPlace("CS", "Casablanca")],
        StartsOn = Start,
    };

    private static CandidateProfile Perfect(Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(),
        TargetOccupations = ["WELDER"],
        PastOccupations = [new PastOccupation("WELDER", 3)],
        Skills = [new HeldSkill("ARC", Proficiency.Advanced), new HeldSkill("READ_PLANS", Proficiency.Intermediate), new HeldSkill("SAFETY", Proficiency.Advanced)],
        Languages = [new HeldLanguage("fr", LanguageLevel.B2)],
        Education = EducationStep.Vocational,
        RegionCode = "CS",
        City = "Casablanca",
        AvailableFrom = Start.AddDays(-10),
        RightToWorkUntil = DateOnly.MaxValue,
    };

    [Fact]
    public void A_person_meeting_everything_scores_100_with_every_part_met()
    {
        var result = Scorer.Explain(Vacancy(), Perfect())!;
        Assert.Equal(100, result.Score);
        Assert.All(result.Parts, p => Assert.Equal(PartOutcome.Met, p.Outcome));
        Assert.Empty(result.Gaps);
        Assert.Equal(100, result.Parts.Sum(p => p.Points), 1);
    }

    [Fact]
    public void No_right_to_work_on_the_start_date_means_no_score_at_all()
    {
        var expiring = new CandidateProfile { Id = Guid.NewGuid(), TargetOccupations = ["WELDER"], RightToWorkUntil = Start.AddDays(-1) };
        var none = new CandidateProfile { Id = Guid.NewGuid(), TargetOccupations = ["WELDER"], RightToWorkUntil = null };
        var onTheDay = new CandidateProfile { Id = Guid.NewGuid(), TargetOccupations = ["WELDER"], RightToWorkUntil = Start };
        Assert.Equal(-1, Scorer.Rank(Vacancy(), expiring));
        Assert.Null(Scorer.Explain(Vacancy(), none));
        Assert.NotNull(Scorer.Explain(Vacancy(), onTheDay));
        Assert.Empty(Ranking.PeopleFor(Scorer, Vacancy(), [expiring, none], 10));
    }

    [Fact]
    public void Occupation_closeness_follows_the_isco_groups()
    {
        double Points(string code) => Scorer.Explain(Vacancy(), new CandidateProfile
        {
            Id = Guid.NewGuid(), TargetOccupations = [code], RightToWorkUntil = DateOnly.MaxValue,
        })!.Parts.Single(p => p.Kind == MatchPartKind.Occupation).Points;

        Assert.Equal(25, Points("WELDER"));
        Assert.Equal(17.5, Points("PIPE_WELDER"));
        Assert.Equal(10, Points("SHEET_METAL"));
        Assert.Equal(0, Points("COOK"));
        var near = Scorer.Explain(Vacancy(), new CandidateProfile { Id = Guid.NewGuid(), TargetOccupations = ["SHEET_METAL"], RightToWorkUntil = DateOnly.MaxValue })!;
        var item = near.Parts[0].Items.Single();
        Assert.Equal(("WELDER", "Near", "SHEET_METAL", PartOutcome.Partly), (item.Code, item.Required, item.Held, item.Outcome));
    }

    [Fact]
    public void Reasons_name_the_skills_covered_and_missing_and_the_language_levels()
    {
        var person = new CandidateProfile
        {
            Id = Guid.NewGuid(),
            TargetOccupations = ["WELDER"],
            Skills = [new HeldSkill("ARC", Proficiency.Basic)],
            Languages = [new HeldLanguage("fr", LanguageLevel.A2)],
            Education = EducationStep.UpperSecondary,
            RegionCode = "CS",
            City = "Mohammedia",
            AvailableFrom = Start.AddDays(20),
            RightToWorkUntil = DateOnly.MaxValue,
        };
        var result = Scorer.Explain(Vacancy(), person)!;
        var skills = result.Parts.Single(p => p.Kind == MatchPartKind.Skills);
        Assert.Equal(PartOutcome.Partly, skills.Outcome);
        Assert.Equal([("ARC", PartOutcome.Partly), ("READ_PLANS", PartOutcome.Short), ("SAFETY", PartOutcome.Short)],
            skills.Items.Select(i => (i.Code, i.Outcome)));
        Assert.Equal(["READ_PLANS", "SAFETY"], result.MissingSkills);
        var language = result.Parts.Single(p => p.Kind == MatchPartKind.Languages).Items.Single();
        Assert.Equal(("fr", "B1", "A2", PartOutcome.Partly), (language.Code, language.Required, language.Held, language.Outcome));
        Assert.Equal(PartOutcome.Partly, result.Parts.Single(p => p.Kind == MatchPartKind.Education).Outcome);
        Assert.Equal(PartOutcome.Short, result.Parts.Single(p => p.Kind == MatchPartKind.Experience).Outcome);
        Assert.Equal(PartOutcome.Partly, result.Parts.Single(p => p.Kind == MatchPartKind.Place).Outcome);
        Assert.Equal(PartOutcome.Partly, result.Parts.Single(p => p.Kind == MatchPartKind.Availability).Outcome);
        Assert.InRange(result.Parts.Sum(p => p.Points), result.Score - 0.75, result.Score + 0.75);
        Assert.True(result.Score is > 30 and < 70, $"score {result.Score}");
    }

    [Fact]
    public void Rank_and_explain_agree_and_the_upper_bound_holds()
    {
        var random = new Random(7);
        string[] occupations = ["WELDER", "PIPE_WELDER", "SHEET_METAL", "COOK"];
        string[] skills = ["ARC", "READ_PLANS", "SAFETY", "KNIFE"];
        for (var i = 0; i < 500; i++)
        {
            var person = new CandidateProfile
            {
                Id = Guid.NewGuid(),
                TargetOccupations = [occupations[random.Next(4)]],
                PastOccupations = [new PastOccupation(occupations[random.Next(4)], random.Next(6))],
                Skills = [.. skills.Where(_ => random.Next(2) == 0).Select(s => new HeldSkill(s, (Proficiency)random.Next(3)))],
                Languages = [new HeldLanguage("fr", (LanguageLevel)random.Next(6))],
                Education = (EducationStep)random.Next(7),
                RegionCode = random.Next(2) == 0 ? "CS" : "RSK",
                City = "Casablanca",
                AvailableFrom = Start.AddDays(random.Next(-40, 60)),
                RightToWorkUntil = DateOnly.MaxValue,
            };
            var rank = Scorer.Rank(Vacancy(), person);
            var explained = Scorer.Explain(Vacancy(), person)!;
            Assert.Equal((int)Math.Round(rank / 100.0, MidpointRounding.AwayFromZero), explained.Score);
            Assert.InRange(explained.Parts.Sum(p => p.Points), explained.Score - 0.75, explained.Score + 0.75);
            var fit = Scorer.BestFit("WELDER", "7212", person);
            Assert.True(rank <= Scorer.UpperBound(fit));
            Assert.True(rank <= Scorer.UpperBound(fit, Vacancy()) || fit > OccupationFit.Near);
        }
    }

    [Fact]
    public void No_requirement_means_the_part_is_met()
    {
        var vacancy = new VacancyRequirements { Id = Guid.NewGuid(), OccupationCode = "COOK", StartsOn = Start };
        var result = Scorer.Explain(vacancy, new CandidateProfile { Id = Guid.NewGuid(), TargetOccupations = ["COOK"], RightToWorkUntil = DateOnly.MaxValue })!;
        Assert.Equal(100, result.Score);
    }
}
