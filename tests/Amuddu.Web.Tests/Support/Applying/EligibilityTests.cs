using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Support.Applying;

/// <summary>Each rule of the engine, passing and failing, on facts written by hand; then the loader on a real person.</summary>
public sealed class EligibilityTests
{
    private static readonly DateOnly Start = new(2026, 9, 1);

    private static readonly EligibilityFacts Facts = new(
        Documents: [Document("RESIDENCE_CARD", Start.AddYears(2))],
        StartsOn: Start,
        RegisteredOn: new DateOnly(2026, 1, 15),
        SubmittedOn: new DateOnly(2026, 7, 15),
        DateOfBirth: new DateOnly(1998, 9, 2),
        BirthYear: null,
        RegionCode: "MA-06",
        EducationLevel: EducationLevel.Vocational,
        OtherFundedApplications: 0,
        EmployerOrganisationId: Guid.NewGuid(),
        EmployerOtherFundedHires: 1,
        EmployerRegisteredOn: new DateOnly(2025, 3, 1),
        ContractType: ContractType.Cdi);

    private static IdentityDocument Document(string type, DateOnly? expires) => new()
    {
        PersonId = Guid.NewGuid(), OrganisationId = Guid.NewGuid(), TypeCode = type, NumberCipher = "x", NumberFingerprint = "x", ExpiresOn = expires,
    };

    private static EligibilityCheck Check(EligibilityRule rule, EligibilityFacts facts) => Eligibility.Check(rule, facts);

    public static TheoryData<string, EligibilityRule, EligibilityFacts, bool, string?> Cases => new()
    {
        { "legal status in the list", new() { Kind = EligibilityRuleKind.LegalStatus, Values = ["REGULARISED_MIGRANT", "REFUGEE"] }, Facts, true, "REGULARISED_MIGRANT" },
        { "legal status not in the list", new() { Kind = EligibilityRuleKind.LegalStatus, Values = ["REFUGEE"] }, Facts, false, "REGULARISED_MIGRANT" },
        { "legal status from a card expired at the start", new() { Kind = EligibilityRuleKind.LegalStatus, Values = ["REGULARISED_MIGRANT"] },
            Facts with { Documents = [Document("RESIDENCE_CARD", Start.AddDays(-1))] }, false, null },
        { "right to work on the start date", new() { Kind = EligibilityRuleKind.RightToWork }, Facts, true, "Yes" },
        { "asylum seeker has no right to work", new() { Kind = EligibilityRuleKind.RightToWork },
            Facts with { Documents = [Document("ASYLUM_RECEIPT", null)] }, false, "No" },
        { "registered six whole months", new() { Kind = EligibilityRuleKind.RegisteredForMonths, Min = 6 }, Facts, true, "6" },
        { "registered a day short of six months", new() { Kind = EligibilityRuleKind.RegisteredForMonths, Min = 6 },
            Facts with { SubmittedOn = new DateOnly(2026, 7, 14) }, false, "5" },
        { "aged 27 within 18 to 35", new() { Kind = EligibilityRuleKind.AgeRange, Min = 18, Max = 35 }, Facts, true, "27" },
        { "turns 28 the day after the start", new() { Kind = EligibilityRuleKind.AgeRange, Min = 28 }, Facts, false, "27" },
        { "over the maximum age", new() { Kind = EligibilityRuleKind.AgeRange, Max = 25 }, Facts, false, "27" },
        { "only the birth year known", new() { Kind = EligibilityRuleKind.AgeRange, Min = 18, Max = 30 },
            Facts with { DateOfBirth = null, BirthYear = 2000 }, true, "26" },
        { "age unknown", new() { Kind = EligibilityRuleKind.AgeRange, Min = 18 }, Facts with { DateOfBirth = null }, false, null },
        { "region in the list", new() { Kind = EligibilityRuleKind.Region, Values = ["MA-06", "MA-01"] }, Facts, true, "MA-06" },
        { "region not in the list", new() { Kind = EligibilityRuleKind.Region, Values = ["MA-01"] }, Facts, false, "MA-06" },
        { "diploma level in the list", new() { Kind = EligibilityRuleKind.DiplomaLevel, Values = ["Vocational", "Bachelor"] }, Facts, true, "Vocational" },
        { "diploma level not in the list", new() { Kind = EligibilityRuleKind.DiplomaLevel, Values = ["Bachelor"] }, Facts, false, "Vocational" },
        { "no positioning", new() { Kind = EligibilityRuleKind.DiplomaLevel, Values = ["Bachelor"] }, Facts with { EducationLevel = null }, false, null },
        { "not funded yet", new() { Kind = EligibilityRuleKind.NotAlreadyFunded }, Facts, true, "0" },
        { "already funded", new() { Kind = EligibilityRuleKind.NotAlreadyFunded }, Facts with { OtherFundedApplications = 1 }, false, "1" },
        { "company created after the date", new() { Kind = EligibilityRuleKind.CompanyCreatedAfter, Date = new DateOnly(2025, 3, 1) }, Facts, true, "2025-03-01" },
        { "company created before the date", new() { Kind = EligibilityRuleKind.CompanyCreatedAfter, Date = new DateOnly(2025, 3, 2) }, Facts, false, "2025-03-01" },
        { "company registration unknown", new() { Kind = EligibilityRuleKind.CompanyCreatedAfter, Date = new DateOnly(2025, 3, 2) },
            Facts with { EmployerRegisteredOn = null }, false, null },
        { "second hire of at most two", new() { Kind = EligibilityRuleKind.MaxIncentiveHires, Max = 2 }, Facts, true, "2" },
        { "third hire of at most two", new() { Kind = EligibilityRuleKind.MaxIncentiveHires, Max = 2 }, Facts with { EmployerOtherFundedHires = 2 }, false, "3" },
        { "no employer", new() { Kind = EligibilityRuleKind.MaxIncentiveHires, Max = 2 }, Facts with { EmployerOrganisationId = null }, false, null },
        { "permanent contract", new() { Kind = EligibilityRuleKind.PermanentContract }, Facts, true, "Cdi" },
        { "fixed-term contract", new() { Kind = EligibilityRuleKind.PermanentContract }, Facts with { ContractType = ContractType.Cdd }, false, "Cdd" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_passes_or_fails_with_what_it_found(string _, EligibilityRule rule, EligibilityFacts facts, bool passed, string? found)
    {
        var check = Check(rule, facts);

        Assert.Equal(rule.Kind, check.Kind);
        Assert.Equal(passed, check.Passed);
        Assert.Equal(found, check.Found);
    }

    [Fact]
    public void Every_rule_kind_is_covered()
    {
        var covered = Cases.Select(c => ((EligibilityRule)c[1]).Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<EligibilityRuleKind>().ToHashSet(), covered);
    }

    [Theory]
    [InlineData("2026-01-15", "2026-07-15", 6)]
    [InlineData("2026-01-15", "2026-07-14", 5)]
    [InlineData("2026-01-31", "2026-02-28", 1)]
    [InlineData("2026-03-10", "2026-03-01", 0)]
    public void Whole_months_count_full_months_only(string from, string to, int months) =>
        Assert.Equal(months, Eligibility.WholeMonths(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task The_loader_reads_the_person_the_positioning_and_the_programme_s_funded_applications()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var employer = await app.EmployerIdAsync();
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive);
        await app.SeedApplicationAsync(programme, personId, ApplicationStatus.InPayment, a => typeof(SupportApplication)
            .GetProperty(nameof(SupportApplication.EmployerOrganisationId))!.SetValue(a, employer));
        await app.SeedApplicationAsync(programme, personId, ApplicationStatus.Rejected);
        var draft = await app.SeedApplicationAsync(programme, personId, ApplicationStatus.Draft, a =>
        {
            typeof(SupportApplication).GetProperty(nameof(SupportApplication.EmployerOrganisationId))!.SetValue(a, employer);
            a.ContractType = ContractType.Cdd;
        });
        await app.QueryAsync(async db =>
        {
            db.PositioningRecords.Add(new PositioningRecord { PersonId = personId, OrganisationId = programme.OrganisationId, EducationLevel = EducationLevel.Bachelor });
            return await db.SaveChangesAsync();
        });
        app.Clock.Advance(TimeSpan.FromDays(100));

        var facts = await app.QueryAsync(db => Eligibility.LoadFactsAsync(db, draft, app.Today, CancellationToken.None));

        Assert.Equal(app.Today.AddDays(-100), facts.RegisteredOn);
        Assert.Equal(new DateOnly(1991, 2, 14), facts.DateOfBirth);
        Assert.Equal("MA-04", facts.RegionCode);
        Assert.Equal(EducationLevel.Bachelor, facts.EducationLevel);
        Assert.Equal(1, facts.OtherFundedApplications);
        Assert.Equal(1, facts.EmployerOtherFundedHires);
        Assert.Equal(ContractType.Cdd, facts.ContractType);
        _ = client;
    }
}
