using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.ReferenceData;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// Eligibility rules and verdicts as a person reads them, in their language: "Aged 18 to 35", "found: 41 years".
/// Region and legal-status codes are named from the reference data.
/// </summary>
public sealed class EligibilityTexts(IStringLocalizer text, IReadOnlyDictionary<string, string> regions, IReadOnlyDictionary<string, string> legalStatuses)
{
    public static async Task<EligibilityTexts> LoadAsync(AmudduDbContext db, IStringLocalizer text) =>
        new(text, await ReferenceNames.LoadAsync(db, ReferenceKind.Region), await ReferenceNames.LoadAsync(db, ReferenceKind.LegalStatus));

    /// <summary>What the rule asks.</summary>
    public string Rule(EligibilityRule rule) => rule.Kind switch
    {
        EligibilityRuleKind.LegalStatus => text["Applying.Rule.LegalStatus", List(rule.Values.Select(LegalStatusName))],
        EligibilityRuleKind.RightToWork => text["Applying.Rule.RightToWork"],
        EligibilityRuleKind.RegisteredForMonths => text["Applying.Rule.RegisteredForMonths", rule.Min ?? 0],
        EligibilityRuleKind.AgeRange => (rule.Min, rule.Max) switch
        {
            ({ } min, { } max) => text["Applying.Rule.AgeBetween", min, max],
            ({ } min, null) => text["Applying.Rule.AgeAtLeast", min],
            (null, { } max) => text["Applying.Rule.AgeAtMost", max],
            _ => text["Eligibility.Rule.AgeRange"],
        },
        EligibilityRuleKind.Region => text["Applying.Rule.Region", List(rule.Values.Select(RegionName))],
        EligibilityRuleKind.DiplomaLevel => text["Applying.Rule.DiplomaLevel", List(rule.Values.Select(EducationName))],
        EligibilityRuleKind.NotAlreadyFunded => text["Applying.Rule.NotAlreadyFunded"],
        EligibilityRuleKind.CompanyCreatedAfter => text["Applying.Rule.CompanyCreatedAfter", Day(rule.Date)],
        EligibilityRuleKind.MaxIncentiveHires => text["Applying.Rule.MaxIncentiveHires", rule.Max ?? 0],
        EligibilityRuleKind.PermanentContract => text["Applying.Rule.PermanentContract"],
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, null),
    };

    /// <summary>What the check found, or that nothing was.</summary>
    public string Found(EligibilityCheck check)
    {
        if (check.Found is not { } found)
        {
            return text["Applying.Found.Nothing"];
        }

        return check.Kind switch
        {
            EligibilityRuleKind.LegalStatus => LegalStatusName(found),
            EligibilityRuleKind.RightToWork => text[$"RightToWork.{found}"],
            EligibilityRuleKind.RegisteredForMonths => text["Applying.Found.Months", found],
            EligibilityRuleKind.AgeRange => text["Applying.Found.Years", found],
            EligibilityRuleKind.Region => RegionName(found),
            EligibilityRuleKind.DiplomaLevel => EducationName(found),
            EligibilityRuleKind.NotAlreadyFunded => text["Applying.Found.Funded", found],
            EligibilityRuleKind.CompanyCreatedAfter => DateOnly.TryParseExact(found, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? Day(date) : found,
            EligibilityRuleKind.MaxIncentiveHires => text["Applying.Found.Hires", found],
            EligibilityRuleKind.PermanentContract => text[$"Outcomes.ContractType.{found}"],
            _ => found,
        };
    }

    private string LegalStatusName(string code) => legalStatuses.GetValueOrDefault(code, code);

    private string RegionName(string code) => regions.GetValueOrDefault(code, code);

    private string EducationName(string level) => text[$"Positioning.Education.{level}"];

    private string List(IEnumerable<string> names) => string.Join(", ", names);

    private static string Day(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";
}
