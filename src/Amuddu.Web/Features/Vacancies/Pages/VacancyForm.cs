using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Vacancies.Pages;

/// <summary>
/// The vacancy form as typed: numbers and dates kept as text so that a mistake comes back as it was typed. Read from the
/// posted fields by name (repeated boxes are more than the form binder reads). Two language rows; regions as a list.
/// </summary>
public sealed class VacancyForm
{
    public const int LanguageRows = 2;

    public string? CompanyId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? OccupationCode { get; set; }
    public List<string> EssentialSkills { get; set; } = [];
    public List<string> OptionalSkills { get; set; } = [];
    public string?[] Languages { get; set; } = new string?[LanguageRows];
    public string?[] Levels { get; set; } = new string?[LanguageRows];
    public string? Education { get; set; }
    public string? Experience { get; set; }
    public List<string> Regions { get; set; } = [];
    public string? City { get; set; }
    public string? Contract { get; set; }
    public string? Hours { get; set; }
    public string? PayMin { get; set; }
    public string? PayMax { get; set; }
    public string? Posts { get; set; } = "1";
    public string? StartsOn { get; set; }
    public string? ClosesOn { get; set; }
    public long Version { get; set; }

    public static VacancyForm Read(IFormCollection form)
    {
        string? One(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        return new VacancyForm
        {
            CompanyId = One("CompanyId"), Title = One("Title"), Description = One("Description"), OccupationCode = One("OccupationCode"),
            EssentialSkills = [.. form["EssentialSkills"].OfType<string>()], OptionalSkills = [.. form["OptionalSkills"].OfType<string>()],
            Languages = [.. Enumerable.Range(0, LanguageRows).Select(i => One($"Language{i}"))],
            Levels = [.. Enumerable.Range(0, LanguageRows).Select(i => One($"Level{i}"))],
            Education = One("Education"), Experience = One("Experience"), Regions = [.. form["Regions"].OfType<string>()], City = One("City"),
            Contract = One("Contract"), Hours = One("Hours"), PayMin = One("PayMin"), PayMax = One("PayMax"), Posts = One("Posts"),
            StartsOn = One("StartsOn"), ClosesOn = One("ClosesOn"),
            Version = long.TryParse(One("Version"), CultureInfo.InvariantCulture, out var version) ? version : -1,
        };
    }

    public static VacancyForm From(VacancyResponse v)
    {
        var form = new VacancyForm
        {
            CompanyId = v.CompanyId.ToString(), Title = v.Title, Description = v.Description, OccupationCode = v.OccupationCode,
            EssentialSkills = [.. v.Skills.Where(s => s.Relation == SkillRelation.Essential).Select(s => s.SkillCode)],
            OptionalSkills = [.. v.Skills.Where(s => s.Relation == SkillRelation.Optional).Select(s => s.SkillCode)],
            Education = v.MinimumEducation?.ToString(), Experience = v.ExperienceYears?.ToString(CultureInfo.InvariantCulture),
            Regions = [.. v.Places.Select(p => p.RegionCode)], City = v.Places.FirstOrDefault()?.City, Contract = v.Contract.ToString(),
            Hours = v.HoursPerWeek?.ToString(CultureInfo.InvariantCulture), PayMin = v.PayMin?.ToString("0.##", CultureInfo.InvariantCulture),
            PayMax = v.PayMax?.ToString("0.##", CultureInfo.InvariantCulture), Posts = v.Posts.ToString(CultureInfo.InvariantCulture),
            StartsOn = v.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ClosesOn = v.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Version = v.Version,
        };
        for (var i = 0; i < Math.Min(LanguageRows, v.Languages.Count); i++)
        {
            form.Languages[i] = v.Languages[i].LanguageCode;
            form.Levels[i] = v.Languages[i].MinimumLevel.ToString();
        }

        return form;
    }

    /// <summary>The typed vacancy, or the errors of what could not be read (a number, a date, a choice), keyed like the form's fields.</summary>
    public (VacancyInput Input, Dictionary<string, string[]> Errors) ToInput(IStringLocalizer<SharedResource> text)
    {
        var errors = new Dictionary<string, string[]>();
        int? Int(string key, string? value, string label)
        {
            if (!FormNumbers.TryInteger(value, out var number))
            {
                errors[key] = [text["FieldInvalid", text[label]]];
            }

            return number;
        }

        decimal? Decimal(string key, string? value, string label)
        {
            if (!FormNumbers.TryDecimal(value, out var number))
            {
                errors[key] = [text["FieldInvalid", text[label]]];
            }

            return number;
        }

        DateOnly? Date(string key, string? value, string label)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (FormDates.TryParse(value, out var date))
            {
                return date;
            }

            errors[key] = [FormDates.NotADate(text, text[label], value)];
            return null;
        }

        static T? Choice<T>(string? value) where T : struct, Enum =>
            !string.IsNullOrEmpty(value) && StrictEnums.IsDefinedName(typeof(T), value) ? Enum.Parse<T>(value) : null;

        var languages = Enumerable.Range(0, LanguageRows).Where(i => !string.IsNullOrWhiteSpace(Languages[i]) || !string.IsNullOrWhiteSpace(Levels[i]))
            .Select(i => new VacancyLanguageInput(Languages[i], Choice<CefrLevel>(Levels[i]))).ToArray();
        var input = new VacancyInput(
            Title, Description, OccupationCode,
            [.. EssentialSkills.Select(s => new VacancySkillInput(s, SkillRelation.Essential)),
                .. OptionalSkills.Where(s => !EssentialSkills.Contains(s)).Select(s => new VacancySkillInput(s, SkillRelation.Optional))],
            languages, Choice<EducationLevel>(Education), Int("experience", Experience, "Vacancies.Experience"),
            [.. Regions.Select((r, i) => new VacancyPlaceInput(r, i == 0 ? City : null))],
            Choice<VacancyContract>(Contract), Int("hours", Hours, "Vacancies.Hours"), Decimal("payMin", PayMin, "Vacancies.PayMin"),
            Decimal("payMax", PayMax, "Vacancies.PayMax"), Int("posts", Posts, "Vacancies.Posts"), Date("startsOn", StartsOn, "Vacancies.StartsOn"),
            Date("closesOn", ClosesOn, "Vacancies.ClosesOn"));
        return (input, errors);
    }

    /// <summary>The API's field names as the form's: "skills[2]" under the skills, "languages[1].minimumLevel" under the second row.</summary>
    public static Dictionary<string, string[]> ForForm(IDictionary<string, string[]>? errors, Dictionary<string, string[]>? typed = null)
    {
        var result = new Dictionary<string, string[]>(typed ?? []);
        foreach (var (key, messages) in errors ?? new Dictionary<string, string[]>())
        {
            var field = key switch
            {
                _ when key.StartsWith("skills", StringComparison.Ordinal) => "skills",
                _ when key.StartsWith("languages[", StringComparison.Ordinal) => $"language{key[10]}",
                _ when key.StartsWith("places", StringComparison.Ordinal) => "regions",
                "hoursPerWeek" => "hours",
                "experienceYears" => "experience",
                "minimumEducation" => "education",
                _ => key,
            };
            result[field] = result.TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
        }

        return result;
    }
}

/// <summary>What the vacancy form offers: occupations, skills, languages and regions, named in the reader's language.</summary>
public sealed record VacancyOptions(
    IReadOnlyList<KeyValuePair<string, string>> Occupations, IReadOnlyList<KeyValuePair<string, string>> Skills,
    Dictionary<string, string> Languages, Dictionary<string, string> Regions)
{
    /// <summary>Nothing to offer yet: what a page renders while it is still loading.</summary>
    public static readonly VacancyOptions Empty = new([], [], [], []);

    public static async Task<VacancyOptions> LoadAsync(AmudduDbContext db, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        var occupations = (await db.Occupations.AsNoTracking().Where(o => o.IsActive).ToListAsync(cancellationToken))
            .Select(o => new KeyValuePair<string, string>(o.Code, o.NameIn(culture))).OrderBy(o => o.Value, comparer).ToList();
        var skills = (await db.Skills.AsNoTracking().Where(s => s.IsActive).ToListAsync(cancellationToken))
            .Select(s => new KeyValuePair<string, string>(s.Code, s.NameIn(culture))).OrderBy(s => s.Value, comparer).ToList();
        return new VacancyOptions(occupations, skills, await ReferenceNames.LoadAsync(db, ReferenceKind.Language), await ReferenceNames.LoadAsync(db, ReferenceKind.Region));
    }
}
