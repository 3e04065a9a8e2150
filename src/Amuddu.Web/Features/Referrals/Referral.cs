using System.Linq.Expressions;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// Where a referral stands. The sender drafts, sends and may withdraw; the receiving organisation
/// opens it (received), accepts or declines, takes the person in (in progress) and completes it with
/// an outcome; either side closes it. Closed and withdrawn are final.
/// </summary>
public enum ReferralStatus
{
    Draft,
    Sent,

    /// <summary>Opened by the receiving organisation.</summary>
    Received,
    Accepted,
    Declined,

    /// <summary>The person is taken in: enrolled in the training, followed by the service.</summary>
    InProgress,

    /// <summary>Done, with an outcome recorded by the receiving organisation.</summary>
    Completed,
    Closed,
    Withdrawn,
}

public enum ReferralUrgency
{
    Routine,
    Soon,
    Urgent,
}

/// <summary>
/// The parts of a person's file a referral shares with the receiving organisation, as the person's
/// consent to sharing allows for that recipient. Nothing else of the file is ever shown to it.
/// </summary>
[Flags]
public enum SharedData
{
    None = 0,

    /// <summary>Names, birth, sex, nationality, languages, phone, e-mail.</summary>
    Identity = 1,

    /// <summary>Identity documents (kind, validity; numbers only to the recipient) and the legal status and right to work they give.</summary>
    DocumentsAndLegalStatus = 2,

    /// <summary>The positioning: education, languages, experience, skills, target occupations.</summary>
    PositioningAndSkills = 4,

    /// <summary>The individual action plan and its steps.</summary>
    ActionPlan = 8,

    /// <summary>Contact notes that are not restricted (restricted notes and vulnerabilities are never shared).</summary>
    Notes = 16,
}

public enum DeclineReason
{
    NotEligible,
    NoCapacity,
    OutsideArea,
    ServiceNotSuitable,
    PersonUnreachable,
    PersonRefused,
    Other,
}

public enum ReferralOutcome
{
    /// <summary>The service was delivered (training finished, assistance given).</summary>
    ServiceDelivered,
    TrainingCertified,
    Employed,
    ReferredElsewhere,
    DroppedOut,
    PersonDidNotCome,
    Other,
}

/// <summary>
/// A person referred by one organisation to a service (an <see cref="Offer"/> of the directory) of
/// another, with the part of the file the person agreed to share. The person's file stays with the
/// sender; the receiving organisation only ever reads the shared part, and only while the referral is
/// open and the consent in force.
/// </summary>
public sealed class Referral : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Short reference both sides quote on the phone ("REF-2026-000123").</summary>
    public required string Reference { get; init; }

    /// <summary>The person, a file of the sending organisation.</summary>
    public Guid PersonId { get; set; }
    public Guid SenderOrganisationId { get; init; }
    public Guid? SenderSiteId { get; init; }

    /// <summary>The staff member who made the referral (and follows it for the sender).</summary>
    public Guid SenderUserId { get; set; }

    /// <summary>The service referred to; its organisation is the recipient.</summary>
    public Guid OfferId { get; set; }
    public Guid RecipientOrganisationId { get; set; }

    /// <summary>The receiving caseworker who took the referral in hand, once someone has.</summary>
    public Guid? RecipientUserId { get; set; }

    /// <summary>A counter-referral: the referral this one answers ("refers back").</summary>
    public Guid? ParentReferralId { get; init; }

    public ReferralStatus Status { get; set; }
    public ReferralUrgency Urgency { get; set; }

    /// <summary>Why the person is referred (free text, as the counsellor writes it).</summary>
    public required string Reason { get; set; }

    /// <summary>What is asked of the service.</summary>
    public string? Request { get; set; }

    /// <summary>The receiving organisation answers (accepts or declines) by this day.</summary>
    public DateOnly RespondBy { get; set; }

    /// <summary>The service is wanted by this day, when it matters.</summary>
    public DateOnly? DueBy { get; set; }

    public SharedData SharedData { get; set; }

    /// <summary>The consent to sharing the referral was sent under; checked again at every read of shared data.</summary>
    public Guid? ConsentId { get; set; }

    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>When it was accepted or declined.</summary>
    public DateTimeOffset? RespondedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public DeclineReason? DeclineReason { get; set; }
    public ReferralOutcome? Outcome { get; set; }

    /// <summary>The decline reason or the outcome in the receiving caseworker's words, sent back to the sender.</summary>
    public string? ResponseNote { get; set; }

    /// <summary>When an overdue referral was escalated to the sender's manager, and to whom.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }
    public Guid? EscalatedTo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    /// <summary>While open, the receiving organisation may read the shared part of the file (consent permitting).</summary>
    public bool IsOpen => OpenStatuses.Contains(Status);

    /// <summary>The statuses of a referral still open (sent, not yet answered for good); a query filters with it.</summary>
    public static readonly ReferralStatus[] OpenStatuses = [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.InProgress];

    public bool IsFinal => Status is ReferralStatus.Closed or ReferralStatus.Withdrawn;

    /// <summary>
    /// Late: not answered by <see cref="RespondBy"/>, or accepted or in progress past <see cref="DueBy"/>.
    /// Shown on both sides, and escalated to the sender's manager.
    /// </summary>
    public bool IsOverdueOn(DateOnly today) => OverdueFrom(Status, RespondBy, DueBy) <= today;

    /// <summary>The first day a referral in this status is overdue on (the day after its deadline), null when it cannot be.</summary>
    public static DateOnly? OverdueFrom(ReferralStatus status, DateOnly respondBy, DateOnly? dueBy) => status switch
    {
        ReferralStatus.Sent or ReferralStatus.Received => respondBy.AddDays(1),
        ReferralStatus.Accepted or ReferralStatus.InProgress => dueBy?.AddDays(1),
        ReferralStatus.Draft or ReferralStatus.Declined or ReferralStatus.Completed or ReferralStatus.Closed or ReferralStatus.Withdrawn => null,
    };

    /// <summary><see cref="IsOverdueOn"/> as a query the database runs (the tests check the two agree).</summary>
    public static Expression<Func<Referral, bool>> OverdueOn(DateOnly today) => r =>
        ((r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received) && r.RespondBy < today)
        || ((r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress) && r.DueBy != null && r.DueBy < today);

    /// <summary><see cref="OverdueOn"/> as a key the database sorts and groups by: 0 for an overdue referral, 1 otherwise.</summary>
    public static Expression<Func<Referral, int>> OverdueFirst(DateOnly today)
    {
        var overdue = OverdueOn(today);
        return Expression.Lambda<Func<Referral, int>>(Expression.Condition(overdue.Body, Expression.Constant(0), Expression.Constant(1)), overdue.Parameters);
    }

    /// <summary>
    /// Who may move a referral where. A status change not listed here is refused (409), whoever asks.
    /// </summary>
    public static bool CanMove(ReferralStatus from, ReferralStatus to, ReferralSide side) => (from, to, side) switch
    {
        (ReferralStatus.Draft, ReferralStatus.Sent, ReferralSide.Sender) => true,
        (ReferralStatus.Draft or ReferralStatus.Sent or ReferralStatus.Received or ReferralStatus.Accepted or ReferralStatus.InProgress,
            ReferralStatus.Withdrawn, ReferralSide.Sender) => true,
        (ReferralStatus.Sent, ReferralStatus.Received, ReferralSide.Recipient) => true,
        (ReferralStatus.Sent or ReferralStatus.Received, ReferralStatus.Accepted or ReferralStatus.Declined, ReferralSide.Recipient) => true,
        (ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralSide.Recipient) => true,
        (ReferralStatus.Accepted or ReferralStatus.InProgress, ReferralStatus.Completed, ReferralSide.Recipient) => true,
        (ReferralStatus.Accepted or ReferralStatus.InProgress, ReferralStatus.Closed, _) => true,
        (ReferralStatus.Declined or ReferralStatus.Completed, ReferralStatus.Closed, ReferralSide.Sender) => true,
        _ => false,
    };
}

/// <summary>Which end of a referral a staff member is at.</summary>
public enum ReferralSide
{
    Sender,
    Recipient,
}

public enum ReferralEventKind
{
    /// <summary>The status changed (the event carries the new status).</summary>
    StatusChanged,

    /// <summary>A note from either side: the feedback the receiving caseworker sends back, or the sender's answer.</summary>
    Note,

    /// <summary>Overdue, escalated to the sender's manager.</summary>
    Escalated,
}

/// <summary>
/// One line of a referral's history, seen by both sides: status changes, notes and escalations. What
/// the receiving organisation records here comes back to the person's file timeline at the sender.
/// </summary>
public sealed class ReferralEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReferralId { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid? ByUserId { get; init; }
    public Guid ByOrganisationId { get; init; }
    public ReferralEventKind Kind { get; init; }
    public ReferralStatus? Status { get; init; }

    /// <summary>Free text (a note, a decline or outcome comment); blanked when the person's data is erased.</summary>
    public string? Note { get; set; }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.Property(r => r.Reference).HasMaxLength(32);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.SharedData).HasConversion<string>().HasMaxLength(128);
        builder.Property(r => r.DeclineReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.Request).HasMaxLength(2000);
        builder.Property(r => r.ResponseNote).HasMaxLength(2000);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.SenderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(r => r.SenderSiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.SenderUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.RecipientUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Offer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consent>().WithMany().HasForeignKey(r => r.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Referral>().WithMany().HasForeignKey(r => r.ParentReferralId).OnDelete(DeleteBehavior.Restrict);
        // The two boxes: what an organisation sent, what it received, by status.
        builder.HasIndex(r => new { r.SenderOrganisationId, r.Status });
        // The received box by status, and what its overdue-first order reads, whole: a caseworker's home orders its open
        // referrals (tens of thousands at a national partner) on this index alone.
        builder.HasIndex(r => new { r.RecipientOrganisationId, r.Status, r.RespondBy, r.DueBy, r.Id });
        // ... and by last change, the boxes' order; a month's sending (the analyst's home).
        builder.HasIndex(r => new { r.SenderOrganisationId, r.UpdatedAt });
        builder.HasIndex(r => new { r.RecipientOrganisationId, r.UpdatedAt });
        builder.HasIndex(r => new { r.SenderOrganisationId, r.SentAt });
        // A counsellor's referrals answered or completed lately (their home).
        builder.HasIndex(r => new { r.SenderUserId, r.RespondedAt });
        builder.HasIndex(r => new { r.SenderUserId, r.CompletedAt });
        // The overdue referrals escalated to a member of staff, on every home of theirs.
        builder.HasIndex(r => new { r.EscalatedTo, r.EscalatedAt });
        // The escalation pass: the open referrals not yet escalated, by status and deadline (never every referral ever sent).
        builder.HasIndex(r => new { r.Status, r.EscalatedAt, r.RespondBy, r.DueBy });
        builder.HasIndex(r => r.PersonId);
        builder.ConfigureAudited();
    }
}

internal sealed class ReferralEventConfiguration : IEntityTypeConfiguration<ReferralEvent>
{
    public void Configure(EntityTypeBuilder<ReferralEvent> builder)
    {
        builder.ToTable("referral_events");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.HasOne<Referral>().WithMany().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ReferralId, e.At });
    }
}
