using System.Globalization;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.ReferenceData;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

/// <summary>
/// An eligibility rule, and what a check found against it, in plain words in the reader's language
/// (« Statut légal : réfugié ou migrant régularisé », « Âge : 18 à 35 ans »). Names of regions and legal
/// statuses come from the reference data every database starts with, so no query is needed.
/// </summary>
public static class RuleText
{
    /// <summary>What the rule asks.</summary>
    public static string Describe(EligibilityRule rule, IStringLocalizer text)
    {
        var culture = CultureInfo.CurrentUICulture;
        return rule.Kind switch
        {
            EligibilityRuleKind.LegalStatus => text["Programmes.Rule.LegalStatus", Either(rule.Values.Select(v => Lower(LegalStatusName(v), culture)), text)],
            EligibilityRuleKind.RightToWork => text["Programmes.Rule.RightToWork"],
            EligibilityRuleKind.RegisteredForMonths => text["Programmes.Rule.RegisteredForMonths", rule.Min ?? 0],
            EligibilityRuleKind.AgeRange => (rule.Min, rule.Max) switch
            {
                ({ } min, { } max) => text["Programmes.Rule.AgeBetween", min, max],
                ({ } min, null) => text["Programmes.Rule.AgeFrom", min],
                (null, { } max) => text["Programmes.Rule.AgeUpTo", max],
                _ => text["Eligibility.Rule.AgeRange"],
            },
            EligibilityRuleKind.Region => text["Programmes.Rule.Region", Either(rule.Values.Select(RegionName), text)],
            EligibilityRuleKind.DiplomaLevel => text["Programmes.Rule.DiplomaLevel", Either(rule.Values.Select(v => Lower(EducationName(v, text), culture)), text)],
            EligibilityRuleKind.NotAlreadyFunded => text["Programmes.Rule.NotAlreadyFunded"],
            EligibilityRuleKind.CompanyCreatedAfter => text["Programmes.Rule.CompanyCreatedAfter", rule.Date?.ToString("d", culture) ?? "—"],
            EligibilityRuleKind.MaxIncentiveHires => text["Programmes.Rule.MaxIncentiveHires", rule.Max ?? 0],
            EligibilityRuleKind.PermanentContract => text["Programmes.Rule.PermanentContract"],
        };
    }

    /// <summary>What the check found on the application ("demandeur d'asile", "41 ans"), or that nothing was found.</summary>
    public static string DescribeFound(EligibilityCheck check, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(check.Found))
        {
            return text["Programmes.Found.Nothing"];
        }

        var culture = CultureInfo.CurrentUICulture;
        var found = check.Found;
        var value = check.Kind switch
        {
            EligibilityRuleKind.LegalStatus => Lower(LegalStatusName(found), culture),
            EligibilityRuleKind.RightToWork => Enum.TryParse<RightToWork>(found, out var work) && Enum.IsDefined(work) ? text[$"RightToWork.{work}"] : found,
            EligibilityRuleKind.RegisteredForMonths => int.TryParse(found, CultureInfo.InvariantCulture, out var months) ? text["Programmes.Found.Months", months] : found,
            EligibilityRuleKind.AgeRange => int.TryParse(found, CultureInfo.InvariantCulture, out var age) ? text["Programmes.Found.Years", age] : found,
            EligibilityRuleKind.Region => RegionName(found),
            EligibilityRuleKind.DiplomaLevel => Lower(EducationName(found, text), culture),
            EligibilityRuleKind.CompanyCreatedAfter => DateOnly.TryParseExact(found, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ToString("d", culture) : found,
            EligibilityRuleKind.MaxIncentiveHires => int.TryParse(found, CultureInfo.InvariantCulture, out var hires) ? text["Programmes.Found.Hires", hires] : found,
            EligibilityRuleKind.NotAlreadyFunded => int.TryParse(found, CultureInfo.InvariantCulture, out var funded) ? text["Programmes.Found.Funded", funded] : found,
            EligibilityRuleKind.PermanentContract => text[$"Outcomes.ContractType.{found}"],
        };
        return value;
    }

    private static string Either(IEnumerable<string> names, IStringLocalizer text) =>
        string.Join(text["Programmes.Or"].Value, names);

    private static string LegalStatusName(string code) =>
        ReferenceDataSeed.LegalStatuses.FirstOrDefault(s => s.Code == code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    private static string RegionName(string code) =>
        ReferenceDataSeed.Regions.FirstOrDefault(s => s.Code == code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    private static string EducationName(string name, IStringLocalizer text) =>
        Enum.TryParse<EducationLevel>(name, out var level) && Enum.IsDefined(level) ? text[$"Positioning.Education.{level}"] : name;

    // Names start with a capital when they stand alone; inside a sentence they do not.
    private static string Lower(string name, CultureInfo culture) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLower(name[0], culture) + name[1..] : name;
}
