using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// Where an application for support stands. Drafted and submitted by a counsellor (or an employer, for a
/// hiring incentive); checked against the programme's rules at once; reviewed and approved by two officers
/// (four eyes) or rejected; contracted (the agreement is signed and the tranches are set); paid tranche by
/// tranche; completed, or cancelled. The applicant can withdraw it until it is decided.
/// </summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    EligibilityChecked,
    UnderReview,
    Approved,
    Rejected,
    Withdrawn,
    Contracted,
    InPayment,
    Completed,
    Cancelled,
}

public enum ApplicationDocumentKind
{
    TrainingEnrolment,
    BusinessPlan,
    EmploymentContract,
    CompanyRegistration,
    PurchaseReceipts,
    AttendanceSheet,
    ActivityReport,
    Other,
}

public enum PaymentChannel
{
    BankTransfer,
    MobileMoney,
}

/// <summary>
/// An application for support from a <see cref="Programme"/>, for a person of the programme's organisation
/// (and, for a hiring incentive, for the employer who hired them: the employer is paid).
/// </summary>
public sealed class SupportApplication : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Quoted on decisions, payment orders and the phone ("DEM-7F3A21C09B").</summary>
    public required string Reference { get; init; }
    public Guid ProgrammeId { get; init; }

    /// <summary>The programme's organisation, which is also the person's: its officers decide.</summary>
    public Guid OrganisationId { get; init; }
    public Guid PersonId { get; set; }

    /// <summary>Hiring incentives: the employer (an organisation of kind Employer) who hired the person and is paid.</summary>
    public Guid? EmployerOrganisationId { get; init; }

    public ApplicationStatus Status { get; set; }

    /// <summary>What is funded, in the applicant's words: the training, the job, the activity.</summary>
    public required string Purpose { get; set; }

    /// <summary>When the training, the employment or the activity starts; within the programme's period.</summary>
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>The person's region when the application was made; the region's budget line pays for it.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The amount asked (ceiling programmes) or set by the programme (fixed); monthly: the monthly amount.</summary>
    public long RequestedCentimes { get; set; }

    /// <summary>Monthly programmes: the number of months asked.</summary>
    public int? Months { get; set; }

    /// <summary>The whole amount committed against the budget at approval (monthly: month amount × months).</summary>
    public long? ApprovedCentimes { get; set; }

    // Hiring incentives
    public ContractType? ContractType { get; set; }

    /// <summary>When the employer's company was registered (from its company registration document).</summary>
    public DateOnly? EmployerRegisteredOn { get; set; }

    // Who is paid, and how. The account (RIB or mobile-money number) is encrypted at rest.
    public PaymentChannel? PayeeChannel { get; set; }
    public string? PayeeName { get; set; }
    public string? PayeeAccountCipher { get; set; }

    // Eligibility
    public List<EligibilityCheck> Eligibility { get; set; } = [];
    public DateTimeOffset? EligibilityCheckedAt { get; set; }

    /// <summary>True when every rule passed, or an officer overrode the check with a justification.</summary>
    public bool? IsEligible { get; set; }
    public string? OverrideJustification { get; set; }
    public Guid? OverriddenBy { get; set; }
    public DateTimeOffset? OverriddenAt { get; set; }

    // Decision
    /// <summary>The decision is due by this day (submission + the programme's decision days).</summary>
    public DateOnly? DecideBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Conditions set with the approval (self-employment: the committee's conditions).</summary>
    public string? DecisionConditions { get; set; }

    /// <summary>Why it was rejected, withdrawn or cancelled.</summary>
    public string? DecisionNote { get; set; }

    /// <summary>Self-employment grants: the committee meeting that decided.</summary>
    public Guid? CommitteeMeetingId { get; set; }
    public DateTimeOffset? ContractedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>While suspended (e.g. training abandoned, under check), no tranche is paid.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }
    public Guid? SuspendedBy { get; set; }
    public string? SuspensionReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    /// <summary>Decided in favour: its amount is committed against the budget.</summary>
    public bool IsFunded => Status is ApplicationStatus.Approved or ApplicationStatus.Contracted or ApplicationStatus.InPayment or ApplicationStatus.Completed;

    public bool IsFinal => Status is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn or ApplicationStatus.Completed or ApplicationStatus.Cancelled;

    /// <summary>
    /// The moves the lifecycle allows; any other is refused (409), whoever asks. Who may make a move (the
    /// applicant, an officer, the second approver) is each use case's own check.
    /// </summary>
    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => (from, to) switch
    {
        (ApplicationStatus.Draft, ApplicationStatus.Submitted) => true,
        (ApplicationStatus.Submitted, ApplicationStatus.EligibilityChecked) => true,
        (ApplicationStatus.EligibilityChecked, ApplicationStatus.UnderReview) => true,
        (ApplicationStatus.EligibilityChecked or ApplicationStatus.UnderReview, ApplicationStatus.Rejected) => true,
        (ApplicationStatus.UnderReview, ApplicationStatus.Approved) => true,
        (ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.EligibilityChecked or ApplicationStatus.UnderReview,
            ApplicationStatus.Withdrawn) => true,
        (ApplicationStatus.Approved, ApplicationStatus.Contracted) => true,
        (ApplicationStatus.Contracted, ApplicationStatus.InPayment) => true,
        (ApplicationStatus.Contracted or ApplicationStatus.InPayment, ApplicationStatus.Completed) => true,
        (ApplicationStatus.Approved or ApplicationStatus.Contracted or ApplicationStatus.InPayment, ApplicationStatus.Cancelled) => true,
        _ => false,
    };
}

/// <summary>One rule's verdict, kept with the application so that a person can read why.</summary>
public sealed class EligibilityCheck
{
    public EligibilityRuleKind Kind { get; set; }
    public bool Passed { get; set; }

    /// <summary>What was found, as a code or a number a page can localise ("ASYLUM_SEEKER", "4", "2025-03-01"); null when nothing was.</summary>
    public string? Found { get; set; }
}

/// <summary>One of the two approvals four eyes need; one per officer and application.</summary>
public sealed class ApplicationApproval
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public Guid ApproverId { get; init; }
    public DateTimeOffset At { get; init; }
    public string? Comment { get; set; }
}

public enum ApplicationEventKind
{
    /// <summary>The status changed (the event carries the new status).</summary>
    StatusChanged,
    EligibilityOverridden,

    /// <summary>The first of the two approvals.</summary>
    Approved,
    DocumentAdded,
    CommitteeScored,
    Suspended,
    Resumed,
    TrancheConfirmed,
    PaymentOrdered,
    PaymentSettled,
    PaymentFailed,
    PaymentCancelled,
    RecoveryOpened,
    RecoveryReceived,
    Note,
}

/// <summary>One line of an application's history, shown to the officers and on the person's file.</summary>
public sealed class ApplicationEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid? ByUserId { get; init; }
    public ApplicationEventKind Kind { get; init; }
    public ApplicationStatus? Status { get; init; }

    /// <summary>An amount the event is about (a payment, a recovery), in centimes.</summary>
    public long? AmountCentimes { get; init; }

    /// <summary>Free text (a justification, a reason, a comment); blanked when the person's data is erased.</summary>
    public string? Note { get; set; }
}

/// <summary>A document carried by an application; its bytes are encrypted in <see cref="ApplicationDocumentContent"/>.</summary>
public sealed class ApplicationDocument
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public ApplicationDocumentKind Kind { get; init; }
    public required string FileName { get; set; }
    public required string ContentType { get; init; }
    public long Size { get; init; }

    /// <summary>Tranche evidence (receipts, attendance sheets) names the tranche it supports.</summary>
    public Guid? TrancheId { get; init; }
    public Guid? UploadedBy { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}

public sealed class ApplicationDocumentContent
{
    public Guid DocumentId { get; init; }
    public required byte[] Cipher { get; set; }
}

/// <summary>A self-employment project's business plan, as the counsellor writes it with the person (or the cooperative).</summary>
public sealed class BusinessPlan : IAudited
{
    public Guid ApplicationId { get; init; }
    public required string Activity { get; set; }
    public required string Market { get; set; }

    /// <summary>What must be bought or paid to start, in words; <see cref="CostsCentimes"/> is the total.</summary>
    public required string Costs { get; set; }
    public long CostsCentimes { get; set; }
    public required string FinancingPlan { get; set; }
    public long OwnContributionCentimes { get; set; }
    public long ExpectedMonthlyIncomeCentimes { get; set; }

    /// <summary>People in the project (a cooperative's members); 1 for a sole trader.</summary>
    public int Members { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

public sealed class CriterionScore
{
    public required string Code { get; set; }
    public int Points { get; set; }
}

/// <summary>One committee member's scoring of a self-employment application on the programme's grid.</summary>
public sealed class CommitteeScore
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public Guid MemberId { get; init; }
    public List<CriterionScore> Scores { get; set; } = [];
    public int Total { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>The record of a committee meeting that examined self-employment applications.</summary>
public sealed class CommitteeMeeting : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProgrammeId { get; init; }
    public Guid OrganisationId { get; init; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }

    /// <summary>Staff members present.</summary>
    public List<Guid> MemberIds { get; set; } = [];

    /// <summary>Members from outside the organisation (donor, chamber of commerce), by name and body.</summary>
    public string? ExternalMembers { get; set; }
    public required string Minutes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class SupportApplicationConfiguration : IEntityTypeConfiguration<SupportApplication>
{
    public void Configure(EntityTypeBuilder<SupportApplication> builder)
    {
        builder.ToTable("applications");
        builder.Property(a => a.Reference).HasMaxLength(32);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Purpose).HasMaxLength(500);
        builder.Property(a => a.RegionCode).HasMaxLength(16);
        builder.Property(a => a.ContractType).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.PayeeChannel).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.PayeeName).HasMaxLength(200);
        builder.Property(a => a.PayeeAccountCipher).HasMaxLength(300);
        builder.Property(a => a.OverrideJustification).HasMaxLength(2000);
        builder.Property(a => a.DecisionConditions).HasMaxLength(2000);
        builder.Property(a => a.DecisionNote).HasMaxLength(2000);
        builder.Property(a => a.SuspensionReason).HasMaxLength(2000);
        builder.OwnsMany(a => a.Eligibility, e =>
        {
            e.ToJson("eligibility");
            e.Property(x => x.Kind).HasConversion<string>();
        });
        builder.Ignore(a => a.IsFunded);
        builder.Ignore(a => a.IsFinal);
        builder.HasOne<Programme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(a => a.CommitteeMeetingId).OnDelete(DeleteBehavior.SetNull);
        // The officers' queue by status and deadline; a programme's applications; a person's; an employer's.
        builder.HasIndex(a => new { a.OrganisationId, a.Status, a.DecideBy });
        builder.HasIndex(a => new { a.ProgrammeId, a.Status });
        builder.HasIndex(a => a.PersonId);
        builder.HasIndex(a => new { a.OrganisationId, a.UpdatedAt });
        builder.HasIndex(a => new { a.EmployerOrganisationId, a.Status });
        builder.ConfigureAudited();
    }
}

internal sealed class ApplicationApprovalConfiguration : IEntityTypeConfiguration<ApplicationApproval>
{
    public void Configure(EntityTypeBuilder<ApplicationApproval> builder)
    {
        builder.ToTable("application_approvals");
        builder.Property(a => a.Comment).HasMaxLength(2000);
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.ApproverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ApplicationId, a.ApproverId }).IsUnique();
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("application_events");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ApplicationId, e.At });
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("application_documents");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(64);
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.ApplicationId);
    }
}

internal sealed class ApplicationDocumentContentConfiguration : IEntityTypeConfiguration<ApplicationDocumentContent>
{
    public void Configure(EntityTypeBuilder<ApplicationDocumentContent> builder)
    {
        builder.ToTable("application_document_contents");
        builder.HasKey(c => c.DocumentId);
        builder.HasOne<ApplicationDocument>().WithOne().HasForeignKey<ApplicationDocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BusinessPlanConfiguration : IEntityTypeConfiguration<BusinessPlan>
{
    public void Configure(EntityTypeBuilder<BusinessPlan> builder)
    {
        builder.ToTable("business_plans");
        builder.HasKey(p => p.ApplicationId);
        builder.Property(p => p.Activity).HasMaxLength(2000);
        builder.Property(p => p.Market).HasMaxLength(2000);
        builder.Property(p => p.Costs).HasMaxLength(2000);
        builder.Property(p => p.FinancingPlan).HasMaxLength(2000);
        builder.HasOne<SupportApplication>().WithOne().HasForeignKey<BusinessPlan>(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureAudited();
    }
}

internal sealed class CommitteeScoreConfiguration : IEntityTypeConfiguration<CommitteeScore>
{
    public void Configure(EntityTypeBuilder<CommitteeScore> builder)
    {
        builder.ToTable("committee_scores");
        builder.Property(s => s.Comment).HasMaxLength(2000);
        builder.OwnsMany(s => s.Scores, s => s.ToJson("scores"));
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ApplicationId, s.MemberId }).IsUnique();
    }
}

internal sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> builder)
    {
        builder.ToTable("committee_meetings");
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.ExternalMembers).HasMaxLength(1000);
        builder.Property(m => m.Minutes).HasMaxLength(8000);
        builder.PrimitiveCollection(m => m.MemberIds);
        builder.HasOne<Programme>().WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganisationId, m.HeldOn });
        builder.ConfigureAudited();
    }
}
