using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// What the eligibility rules look at, loaded once per check: the person's documents, dates and region, their
/// education level, and the programme's other applications (already funded? how many hires has the employer?).
/// </summary>
public sealed record EligibilityFacts(
    IReadOnlyList<IdentityDocument> Documents,
    DateOnly StartsOn,
    DateOnly RegisteredOn,
    DateOnly SubmittedOn,
    DateOnly? DateOfBirth,
    int? BirthYear,
    string RegionCode,
    EducationLevel? EducationLevel,
    int OtherFundedApplications,
    Guid? EmployerOrganisationId,
    int EmployerOtherFundedHires,
    DateOnly? EmployerRegisteredOn,
    ContractType? ContractType);

/// <summary>
/// The machine check of a programme's rules: one verdict per rule, with what was found, so that a person can
/// read why. <see cref="Evaluate"/> is pure; <see cref="LoadFactsAsync"/> reads what it needs.
/// </summary>
public static class Eligibility
{
    public static readonly ApplicationStatus[] FundedStatuses =
        [ApplicationStatus.Approved, ApplicationStatus.Contracted, ApplicationStatus.InPayment, ApplicationStatus.Completed];

    public static List<EligibilityCheck> Evaluate(IEnumerable<EligibilityRule> rules, EligibilityFacts facts) =>
        rules.Select(rule => Check(rule, facts)).ToList();

    public static EligibilityCheck Check(EligibilityRule rule, EligibilityFacts facts)
    {
        switch (rule.Kind)
        {
            case EligibilityRuleKind.LegalStatus:
            {
                var status = LegalStatus.From(facts.Documents, facts.StartsOn).StatusCode;
                return Verdict(rule, status is not null && rule.Values.Contains(status), status);
            }
            case EligibilityRuleKind.RightToWork:
            {
                var work = LegalStatus.From(facts.Documents, facts.StartsOn).RightToWork;
                return Verdict(rule, work == RightToWork.Yes, work.ToString());
            }
            case EligibilityRuleKind.RegisteredForMonths:
            {
                var months = WholeMonths(facts.RegisteredOn, facts.SubmittedOn);
                return Verdict(rule, months >= (rule.Min ?? 0), Number(months));
            }
            case EligibilityRuleKind.AgeRange:
            {
                var age = AgeOn(facts.StartsOn, facts.DateOfBirth, facts.BirthYear);
                return age is { } years
                    ? Verdict(rule, (rule.Min is null || years >= rule.Min) && (rule.Max is null || years <= rule.Max), Number(years))
                    : Verdict(rule, false, null);
            }
            case EligibilityRuleKind.Region:
                return Verdict(rule, rule.Values.Contains(facts.RegionCode), facts.RegionCode);
            case EligibilityRuleKind.DiplomaLevel:
                return facts.EducationLevel is { } level
                    ? Verdict(rule, rule.Values.Contains(level.ToString()), level.ToString())
                    : Verdict(rule, false, null);
            case EligibilityRuleKind.NotAlreadyFunded:
                return Verdict(rule, facts.OtherFundedApplications == 0, Number(facts.OtherFundedApplications));
            case EligibilityRuleKind.CompanyCreatedAfter:
                return facts.EmployerRegisteredOn is { } registered
                    ? Verdict(rule, rule.Date is null || registered >= rule.Date, registered.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : Verdict(rule, false, null);
            case EligibilityRuleKind.MaxIncentiveHires:
            {
                if (facts.EmployerOrganisationId is null)
                {
                    return Verdict(rule, false, null);
                }

                // This hire counts as if it were funded: the rule says what approving it would make.
                var hires = facts.EmployerOtherFundedHires + 1;
                return Verdict(rule, rule.Max is null || hires <= rule.Max, Number(hires));
            }
            case EligibilityRuleKind.PermanentContract:
                return Verdict(rule, facts.ContractType == ContractType.Cdi, facts.ContractType?.ToString());
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, null);
        }
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/>: 15 March to 14 May is one month, to 15 May two.</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (to.Day < from.Day && to.Day != DateTime.DaysInMonth(to.Year, to.Month))
        {
            months--;
        }

        return Math.Max(months, 0);
    }

    /// <summary>Age in whole years on <paramref name="on"/>; with only the year of birth known, as if born on 1 January.</summary>
    public static int? AgeOn(DateOnly on, DateOnly? dateOfBirth, int? birthYear)
    {
        if (dateOfBirth is { } born)
        {
            var age = on.Year - born.Year;
            return on < born.AddYears(age) ? age - 1 : age;
        }

        return birthYear is { } year ? on.Year - year : null;
    }

    public static async Task<EligibilityFacts> LoadFactsAsync(AmudduDbContext db, SupportApplication application, DateOnly submittedOn,
        CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == application.PersonId)
            .Select(p => new { p.CreatedAt, p.DateOfBirth, p.BirthYear, p.RegionCode })
            .SingleAsync(cancellationToken);
        var documents = await db.IdentityDocuments.AsNoTracking().Where(d => d.PersonId == application.PersonId).ToListAsync(cancellationToken);
        var level = await db.PositioningRecords.AsNoTracking().Where(r => r.PersonId == application.PersonId)
            .Select(r => (EducationLevel?)r.EducationLevel).FirstOrDefaultAsync(cancellationToken);
        var funded = db.Applications.Where(a => a.ProgrammeId == application.ProgrammeId && a.Id != application.Id && FundedStatuses.Contains(a.Status));
        var personFunded = await funded.CountAsync(a => a.PersonId == application.PersonId, cancellationToken);
        var employerHires = application.EmployerOrganisationId is { } employer
            ? await funded.CountAsync(a => a.EmployerOrganisationId == employer, cancellationToken)
            : 0;
        return new EligibilityFacts(documents, application.StartsOn, DateOnly.FromDateTime(SiteTime.ToLocal(person.CreatedAt)), submittedOn,
            person.DateOfBirth, person.BirthYear, person.RegionCode, level, personFunded, application.EmployerOrganisationId, employerHires,
            application.EmployerRegisteredOn, application.ContractType);
    }

    /// <summary>
    /// Checks the application against its programme's rules and keeps the verdicts on it. An officer's override
    /// (written justification) stands: the application stays eligible whatever a re-run finds.
    /// </summary>
    public static async Task RunAsync(AmudduDbContext db, SupportApplication application, Programme programme, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var submittedOn = application.SubmittedAt is { } submitted ? DateOnly.FromDateTime(SiteTime.ToLocal(submitted)) : SiteTime.Today(clock);
        var facts = await LoadFactsAsync(db, application, submittedOn, cancellationToken);
        application.Eligibility = Evaluate(programme.Rules, facts);
        application.EligibilityCheckedAt = clock.GetUtcNow();
        application.IsEligible = application.Eligibility.All(c => c.Passed) || application.OverriddenAt is not null;
    }

    private static EligibilityCheck Verdict(EligibilityRule rule, bool passed, string? found) => new() { Kind = rule.Kind, Passed = passed, Found = found };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
