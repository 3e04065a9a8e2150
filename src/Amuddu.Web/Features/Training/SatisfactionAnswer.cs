using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// One anonymous answer to the satisfaction questionnaire of a held session. It carries no participant, no author
/// and no time (and its id is random, not time-ordered), so that nothing ties it back to the receipt that says who
/// answered: reports read these rows only.
/// </summary>
public sealed class SatisfactionAnswer
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid SessionId { get; init; }
    public Guid ModuleId { get; init; }
    public Guid CycleId { get; init; }

    /// <summary>1 (not at all satisfied) to 5 (very satisfied).</summary>
    public int Rating { get; init; }
    public string? Comment { get; init; }
}

/// <summary>That a participant answered a session's questionnaire: only so that nobody answers twice. Never joined to the answers.</summary>
public sealed class SatisfactionReceipt
{
    public Guid SessionId { get; init; }
    public Guid ParticipantId { get; init; }
    public DateOnly AnsweredOn { get; init; }
}

public static class SatisfactionLimits
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int Comment = 2000;
}

internal sealed class SatisfactionAnswerConfiguration : IEntityTypeConfiguration<SatisfactionAnswer>
{
    public void Configure(EntityTypeBuilder<SatisfactionAnswer> builder)
    {
        builder.ToTable("training_satisfaction_answers");
        builder.Property(a => a.Comment).HasMaxLength(SatisfactionLimits.Comment);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SessionId);
        builder.HasIndex(a => new { a.CycleId, a.ModuleId });
    }
}

internal sealed class SatisfactionReceiptConfiguration : IEntityTypeConfiguration<SatisfactionReceipt>
{
    public void Configure(EntityTypeBuilder<SatisfactionReceipt> builder)
    {
        builder.ToTable("training_satisfaction_receipts");
        builder.HasKey(r => new { r.SessionId, r.ParticipantId });
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CycleParticipant>().WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ParticipantId);
    }
}
