using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Programmes;

/// <summary>The three kinds of support that remove a barrier to work.</summary>
public enum ProgrammeKind
{
    /// <summary>A grant (bourse) to follow a vocational training.</summary>
    TrainingGrant,

    /// <summary>Paid to an employer who hires a migrant or refugee, while the employment lasts.</summary>
    HiringIncentive,

    /// <summary>A small grant to launch an activity, often a cooperative, after a committee's scoring.</summary>
    SelfEmploymentGrant,
}

/// <summary>How the amount of one grant is set; all amounts are whole centimes of dirham.</summary>
public enum AmountPolicy
{
    /// <summary>Every beneficiary gets <see cref="Programme.AmountCentimes"/>.</summary>
    Fixed,

    /// <summary>The amount asked, up to <see cref="Programme.AmountCentimes"/>.</summary>
    Ceiling,

    /// <summary><see cref="Programme.AmountCentimes"/> a month for up to <see cref="Programme.MaxMonths"/> months.</summary>
    Monthly,
}

public enum ProgrammeStatus
{
    /// <summary>Being configured; no application yet.</summary>
    Draft,
    Open,

    /// <summary>No new application; the ones under way go on.</summary>
    Closed,
}

/// <summary>A condition a machine checks on an application and a person can read.</summary>
public enum EligibilityRuleKind
{
    /// <summary>The person's legal status (from their valid documents) is one of <see cref="EligibilityRule.Values"/>.</summary>
    LegalStatus,

    /// <summary>A right to work that is valid on the application's start date.</summary>
    RightToWork,

    /// <summary>Registered with the service for at least <see cref="EligibilityRule.Min"/> months when the application is submitted.</summary>
    RegisteredForMonths,

    /// <summary>Aged <see cref="EligibilityRule.Min"/> to <see cref="EligibilityRule.Max"/> years on the start date (either bound may be missing).</summary>
    AgeRange,

    /// <summary>Lives in one of the regions <see cref="EligibilityRule.Values"/> (reference data codes).</summary>
    Region,

    /// <summary>Highest diploma (positioning) is one of <see cref="EligibilityRule.Values"/> (<c>EducationLevel</c> names).</summary>
    DiplomaLevel,

    /// <summary>No other application of the person to this programme was approved (or went further).</summary>
    NotAlreadyFunded,

    /// <summary>The employer's company was registered on or after <see cref="EligibilityRule.Date"/>.</summary>
    CompanyCreatedAfter,

    /// <summary>The employer has at most <see cref="EligibilityRule.Max"/> approved incentive hires in this programme, this one included.</summary>
    MaxIncentiveHires,

    /// <summary>The hire is on a permanent contract (CDI).</summary>
    PermanentContract,
}

public sealed class EligibilityRule
{
    public EligibilityRuleKind Kind { get; set; }
    public List<string> Values { get; set; } = [];
    public int? Min { get; set; }
    public int? Max { get; set; }
    public DateOnly? Date { get; set; }
}

/// <summary>What must be shown before a tranche can be paid.</summary>
public enum TrancheCondition
{
    /// <summary>The grant agreement is signed (the application is contracted).</summary>
    ContractSigned,

    /// <summary>A month of training attendance confirmed by the training centre or the counsellor.</summary>
    AttendanceConfirmed,

    /// <summary>The hire is still employed this month, confirmed by the employer or the officer.</summary>
    EmploymentConfirmed,

    /// <summary>The retention check at <see cref="TrancheStep.Month"/> months (3, 6) confirmed.</summary>
    RetentionConfirmed,

    /// <summary>Receipts of what the grant bought.</summary>
    PurchaseReceipts,

    /// <summary>The activity has started (visit report, first sales).</summary>
    ActivityStarted,
}

/// <summary>
/// One tranche of a fixed or ceiling grant: a share of the approved amount, paid once its condition is met.
/// Monthly grants instead pay one tranche a month under <see cref="Programme.MonthlyCondition"/>.
/// </summary>
public sealed class TrancheStep
{
    public int Number { get; set; }
    public TrancheCondition Condition { get; set; }

    /// <summary>Share of the approved amount, in whole percent; the steps of a programme add up to 100.</summary>
    public int Percent { get; set; }

    /// <summary>Months after the start date when the tranche falls due (0 or missing: at once).</summary>
    public int? Month { get; set; }
}

/// <summary>One line of a self-employment committee's scoring grid.</summary>
public sealed class ScoringCriterion
{
    public required string Code { get; set; }
    public required string Label { get; set; }
    public int MaxPoints { get; set; }
}

/// <summary>
/// A support programme (a scheme funded by a donor or the State) run by one organisation: what it pays,
/// to whom (its eligibility rules), from which budget, and in which tranches. Configured by the
/// organisation's administrators; programme officers decide and pay within it.
/// </summary>
public sealed class Programme : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The organisation that runs the programme; its officers review and pay the applications.</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>Short code printed on decisions and payment orders ("TAEHIL-2026").</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public ProgrammeKind Kind { get; set; }
    public ProgrammeStatus Status { get; set; }
    public required string Funder { get; set; }

    /// <summary>The whole budget. Approvals commit against it (and against a region's line when the budget is split).</summary>
    public long BudgetCentimes { get; set; }

    /// <summary>
    /// Sum of the amounts approved and not released. Only ever changed by one conditional UPDATE
    /// (<c>BudgetLedger</c>) so that it can never exceed the budget, however many officers approve at once.
    /// </summary>
    public long CommittedCentimes { get; set; }

    /// <summary>Applications start (training, hire, activity) within the period.</summary>
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    public AmountPolicy AmountPolicy { get; set; }
    public long AmountCentimes { get; set; }
    public int? MaxMonths { get; set; }

    /// <summary>Fixed and ceiling grants: the tranches, in order.</summary>
    public List<TrancheStep> Tranches { get; set; } = [];

    /// <summary>Monthly grants: what must be confirmed each month before that month is paid.</summary>
    public TrancheCondition? MonthlyCondition { get; set; }

    /// <summary>Monthly grants: after these months (3, 6) a retention check must be confirmed before paying on.</summary>
    public List<int> RetentionCheckMonths { get; set; } = [];

    public List<EligibilityRule> Rules { get; set; } = [];

    /// <summary>Documents an application must carry before it can be submitted.</summary>
    public List<Applications.ApplicationDocumentKind> RequiredDocuments { get; set; } = [];

    /// <summary>Self-employment grants: the committee's grid, and the total an application needs to pass.</summary>
    public List<ScoringCriterion> ScoringGrid { get; set; } = [];
    public int? PassMark { get; set; }

    /// <summary>Days an application may wait for a decision after it is submitted (the officers' queue shows the deadline).</summary>
    public int DecisionDays { get; set; } = 15;

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>A region's share of a programme's budget, when the budget is split by region.</summary>
public sealed class ProgrammeBudgetLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProgrammeId { get; init; }
    public required string RegionCode { get; init; }
    public long BudgetCentimes { get; set; }

    /// <summary>Changed only with the programme's total, by the same conditional UPDATE (<c>BudgetLedger</c>).</summary>
    public long CommittedCentimes { get; set; }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.Funder).HasMaxLength(200);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.AmountPolicy).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.MonthlyCondition).HasConversion<string>().HasMaxLength(32);
        builder.PrimitiveCollection(p => p.RetentionCheckMonths);
        builder.PrimitiveCollection(p => p.RequiredDocuments).ElementType().HasConversion<string>();
        builder.OwnsMany(p => p.Tranches, t =>
        {
            t.ToJson("tranches");
            t.Property(x => x.Condition).HasConversion<string>();
        });
        builder.OwnsMany(p => p.Rules, r =>
        {
            r.ToJson("rules");
            r.Property(x => x.Kind).HasConversion<string>();
        });
        builder.OwnsMany(p => p.ScoringGrid, g => g.ToJson("scoring_grid"));
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.Status });
        builder.ConfigureAudited();
    }
}

internal sealed class ProgrammeBudgetLineConfiguration : IEntityTypeConfiguration<ProgrammeBudgetLine>
{
    public void Configure(EntityTypeBuilder<ProgrammeBudgetLine> builder)
    {
        builder.ToTable("programme_budget_lines");
        builder.Property(l => l.RegionCode).HasMaxLength(16);
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.ProgrammeId, l.RegionCode }).IsUnique();
    }
}
