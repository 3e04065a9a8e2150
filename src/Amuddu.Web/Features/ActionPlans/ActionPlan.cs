using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.ActionPlans;

public enum ActionPlanStatus
{
    /// <summary>Being drawn up with the person, not agreed yet.</summary>
    Draft,
    Active,
    Completed,
    Abandoned,
}

/// <summary>How the person agreed to the plan.</summary>
public enum AgreementMethod
{
    Signed,
    Oral,
}

public enum StepKind
{
    VocationalTraining,
    LanguageCourse,
    JobSearchWorkshop,
    JobTryout,
    SelfEmploymentCoaching,
    Referral,
    DocumentRenewal,
    Other,
}

public enum StepStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>
/// A person's individual action plan: one per person, the goal agreed with them and the steps to
/// reach it. The agreement (when, how, recorded by whom) is what makes it the person's plan.
/// </summary>
public sealed class ActionPlan : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public string? Goal { get; set; }
    public ActionPlanStatus Status { get; set; }
    public DateOnly? AgreedOn { get; set; }
    public AgreementMethod? AgreementMethod { get; set; }
    public Guid? AgreementRecordedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// One step of a plan. Its owner is a staff member of the person's organisation, or the person
/// themself (<see cref="OwnerUserId"/> null).
/// </summary>
public sealed class ActionPlanStep : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PlanId { get; init; }
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public StepKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Detail { get; set; }
    public Guid? OwnerUserId { get; set; }
    public DateOnly DueOn { get; set; }
    public StepStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    /// <summary>Due and still open: neither done nor cancelled.</summary>
    public bool IsOverdueOn(DateOnly today) => DueOn < today && Status is StepStatus.Planned or StepStatus.InProgress;

    /// <summary><see cref="IsOverdueOn"/> as a query the database runs.</summary>
    public static System.Linq.Expressions.Expression<Func<ActionPlanStep, bool>> OverdueOn(DateOnly today) =>
        s => s.DueOn < today && (s.Status == StepStatus.Planned || s.Status == StepStatus.InProgress);
}

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.ToTable("action_plans");
        builder.Property(p => p.Goal).HasMaxLength(2000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.AgreementMethod).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.AgreementRecordedBy).OnDelete(DeleteBehavior.Restrict);
        // One plan per person, even when two counsellors start it at the same moment.
        builder.HasIndex(p => p.PersonId).IsUnique();
        builder.HasIndex(p => new { p.OrganisationId, p.UpdatedAt });
        builder.ConfigureAudited();
    }
}

internal sealed class ActionPlanStepConfiguration : IEntityTypeConfiguration<ActionPlanStep>
{
    public void Configure(EntityTypeBuilder<ActionPlanStep> builder)
    {
        builder.ToTable("action_plan_steps");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Detail).HasMaxLength(2000);
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.PlanId);
        builder.HasIndex(s => s.PersonId);
        // The home page's overdue list: open steps of an organisation by due date.
        builder.HasIndex(s => new { s.OrganisationId, s.Status, s.DueOn });
        builder.ConfigureAudited();
    }
}
