using Amuddu.Web.Data;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Vacancies;

public sealed record VacancySkillInput(string? SkillCode, SkillRelation? Relation);

public sealed record VacancyLanguageInput(string? LanguageCode, CefrLevel? MinimumLevel);

public sealed record VacancyPlaceInput(string? RegionCode, string? City);

/// <summary>What is typed about a vacancy, by a counsellor or the employer, in the API, the pages and each imported row.</summary>
public sealed record VacancyInput(
    string? Title,
    string? Description,
    string? OccupationCode,
    VacancySkillInput[]? Skills,
    VacancyLanguageInput[]? Languages,
    EducationLevel? MinimumEducation,
    int? ExperienceYears,
    VacancyPlaceInput[]? Places,
    VacancyContract? Contract,
    int? HoursPerWeek,
    decimal? PayMin,
    decimal? PayMax,
    int? Posts,
    DateOnly? StartsOn,
    DateOnly? ClosesOn)
{
    public const int MaxHours = 60;
    public const int MaxPosts = 500;
    public const int MaxExperience = 40;

    /// <summary>Checks every field, naming each wrong one with its JSON name ("skills[1]", "languages[0].languageCode").</summary>
    public async Task<ValidationErrors> ValidateAsync(AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        await CheckAsync(errors, await VacancyReferences.LoadAsync(db, [this], cancellationToken), text);
        return errors;
    }

    /// <summary>The same checks against references loaded once (the import checks many rows).</summary>
    public Task CheckAsync(ValidationErrors errors, VacancyReferences references, IStringLocalizer<SharedResource> text)
    {
        errors.Required("title", Title, "Vacancies.Title")
            .MaxLength("title", Title?.Trim(), 200, "Vacancies.Title")
            .MaxLength("description", Description?.Trim(), 4000, "Vacancies.Description");

        if (string.IsNullOrWhiteSpace(OccupationCode))
        {
            errors.Add("occupationCode", text["FieldRequired", text["Vacancies.Occupation"]]);
        }
        else if (!references.Occupations.Contains(OccupationCode.Trim()))
        {
            errors.Add("occupationCode", text["Vacancies.UnknownOccupation", OccupationCode.Trim()]);
        }

        var skills = Skills ?? [];
        var seenSkills = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < skills.Length; i++)
        {
            var code = skills[i]?.SkillCode?.Trim();
            if (string.IsNullOrEmpty(code) || !references.Skills.Contains(code))
            {
                errors.Add($"skills[{i}]", text["Vacancies.UnknownSkill", code ?? ""]);
            }
            else if (!seenSkills.Add(code))
            {
                errors.Add($"skills[{i}]", text["Vacancies.SkillTwice", code]);
            }

            if (skills[i]?.Relation is { } relation && !Enum.IsDefined(relation))
            {
                errors.Add($"skills[{i}].relation", text["FieldNotAllowed", text["Vacancies.SkillRelation"]]);
            }
        }

        var languages = Languages ?? [];
        var seenLanguages = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < languages.Length; i++)
        {
            var code = languages[i]?.LanguageCode?.Trim();
            if (string.IsNullOrEmpty(code) || !references.Languages.Contains(code))
            {
                errors.Add($"languages[{i}].languageCode", text["Vacancies.UnknownLanguage", code ?? ""]);
            }
            else if (!seenLanguages.Add(code))
            {
                errors.Add($"languages[{i}].languageCode", text["Vacancies.LanguageTwice", code]);
            }

            if (languages[i]?.MinimumLevel is not { } level || !Enum.IsDefined(level))
            {
                errors.Add($"languages[{i}].minimumLevel", text["Vacancies.CefrInvalid"]);
            }
        }

        if (MinimumEducation is { } education && !Enum.IsDefined(education))
        {
            errors.Add("minimumEducation", text["FieldNotAllowed", text["Vacancies.Education"]]);
        }

        if (ExperienceYears is { } years && (years < 0 || years > MaxExperience))
        {
            errors.Add("experienceYears", text["FieldBetween", text["Vacancies.Experience"], 0, MaxExperience]);
        }

        var places = Places ?? [];
        if (places.Length == 0)
        {
            errors.Add("places", text["Vacancies.PlaceRequired"]);
        }

        for (var i = 0; i < places.Length; i++)
        {
            var region = places[i]?.RegionCode?.Trim();
            if (string.IsNullOrEmpty(region) || !references.Regions.Contains(region))
            {
                errors.Add($"places[{i}].regionCode", text["Vacancies.UnknownRegion", region ?? ""]);
            }

            if (places[i]?.City?.Trim() is { Length: > 100 })
            {
                errors.Add($"places[{i}].city", text["FieldTooLong", text["Vacancies.City"], 100]);
            }
        }

        if (Contract is not { } contract || !Enum.IsDefined(contract))
        {
            errors.Add("contract", text["FieldRequired", text["Vacancies.Contract"]]);
        }

        if (HoursPerWeek is { } hours && (hours < 1 || hours > MaxHours))
        {
            errors.Add("hoursPerWeek", text["FieldBetween", text["Vacancies.Hours"], 1, MaxHours]);
        }

        var min = errors.Centimes("payMin", PayMin, "Vacancies.PayMin", required: false);
        var max = errors.Centimes("payMax", PayMax, "Vacancies.PayMax", required: false);
        if (min is { } low && max is { } high && low > high)
        {
            errors.Add("payMax", text["Vacancies.PayReversed"]);
        }

        if (Posts is not { } posts)
        {
            errors.Add("posts", text["FieldRequired", text["Vacancies.Posts"]]);
        }
        else if (posts < 1 || posts > MaxPosts)
        {
            errors.Add("posts", text["FieldBetween", text["Vacancies.Posts"], 1, MaxPosts]);
        }

        if (StartsOn is null)
        {
            errors.Add("startsOn", text["FieldRequired", text["Vacancies.StartsOn"]]);
        }

        if (ClosesOn is null)
        {
            errors.Add("closesOn", text["FieldRequired", text["Vacancies.ClosesOn"]]);
        }
        else if (StartsOn is { } starts && ClosesOn < starts)
        {
            errors.Add("closesOn", text["Vacancies.ClosesBeforeStart"]);
        }

        return Task.CompletedTask;
    }

    /// <summary>Copies the (validated) values onto the vacancy; its status and company are not the form's.</summary>
    public void ApplyTo(Vacancy vacancy)
    {
        vacancy.Title = Title!.Trim();
        vacancy.Description = FreeText.Clean(Description);
        vacancy.OccupationCode = OccupationCode!.Trim();
        vacancy.Skills = [.. (Skills ?? []).Select(s => new VacancySkill { SkillCode = s.SkillCode!.Trim(), Relation = s.Relation ?? SkillRelation.Essential })];
        vacancy.Languages = [.. (Languages ?? []).Select(l => new VacancyLanguage { LanguageCode = l.LanguageCode!.Trim(), MinimumLevel = l.MinimumLevel!.Value })];
        vacancy.MinimumEducation = MinimumEducation;
        vacancy.ExperienceYears = ExperienceYears;
        vacancy.Places = [.. (Places ?? []).Select(p => new VacancyPlace { RegionCode = p.RegionCode!.Trim(), City = FreeText.Clean(p.City) })];
        vacancy.Contract = Contract!.Value;
        vacancy.HoursPerWeek = HoursPerWeek;
        vacancy.PayMin = PayMin;
        vacancy.PayMax = PayMax;
        vacancy.Posts = Posts!.Value;
        vacancy.StartsOn = StartsOn!.Value;
        vacancy.ClosesOn = ClosesOn!.Value;
    }
}

/// <summary>The codes a vacancy may use: occupations and skills of the taxonomy, languages and regions of the reference data.</summary>
public sealed record VacancyReferences(HashSet<string> Occupations, HashSet<string> Skills, HashSet<string> Languages, HashSet<string> Regions)
{
    /// <summary>Which of the codes the inputs use exist (the taxonomy may hold thousands: only those asked about are read).</summary>
    public static async Task<VacancyReferences> LoadAsync(AmudduDbContext db, IReadOnlyCollection<VacancyInput> inputs, CancellationToken cancellationToken)
    {
        var occupations = inputs.Select(i => i.OccupationCode?.Trim()).OfType<string>().Distinct().ToList();
        var skills = inputs.SelectMany(i => i.Skills ?? []).Select(s => s?.SkillCode?.Trim()).OfType<string>().Distinct().ToList();
        return new(
            [.. await db.Occupations.Where(o => occupations.Contains(o.Code)).Select(o => o.Code).ToListAsync(cancellationToken)],
            [.. await db.Skills.Where(s => s.IsActive && skills.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken)],
            [.. await db.ReferenceItems.Where(r => r.Kind == ReferenceKind.Language && r.IsActive).Select(r => r.Code).ToListAsync(cancellationToken)],
            [.. await db.ReferenceItems.Where(r => r.Kind == ReferenceKind.Region && r.IsActive).Select(r => r.Code).ToListAsync(cancellationToken)]);
    }
}
