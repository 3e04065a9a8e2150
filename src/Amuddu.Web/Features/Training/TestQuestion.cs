using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Training;

/// <summary>Which of a module's two tests: the one taken before the module (once) or after it (as often as needed, the best counts).</summary>
public enum TestKind
{
    Pre,
    Post,
}

public enum QuestionKind
{
    /// <summary>One right choice among several.</summary>
    SingleChoice,

    /// <summary>Several right choices: the answer counts only when exactly the right set is chosen.</summary>
    MultipleChoice,

    /// <summary>Two choices (true, false), one right.</summary>
    TrueFalse,
}

/// <summary>A question of a module's pre-test or post-test, written by the coordinator in French, and in Arabic and English when given.</summary>
public sealed class TestQuestion : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ModuleId { get; init; }

    /// <summary>Denormalised from the module so that a cycle's tests are read without a join.</summary>
    public Guid CycleId { get; init; }
    public TestKind Test { get; init; }

    /// <summary>Its place in the test, from 1.</summary>
    public int Number { get; set; }
    public QuestionKind Kind { get; set; }
    public required string TextFr { get; set; }
    public string? TextAr { get; set; }
    public string? TextEn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>A choice of a question, and whether it is one of the right answers.</summary>
public sealed class TestChoice
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid QuestionId { get; init; }
    public int Number { get; set; }
    public required string TextFr { get; set; }
    public string? TextAr { get; set; }
    public string? TextEn { get; set; }
    public bool IsCorrect { get; set; }
}

/// <summary>A participant's answers to one test, scored when submitted.</summary>
public sealed class TestAttempt
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ParticipantId { get; init; }
    public Guid ModuleId { get; init; }
    public Guid CycleId { get; init; }
    public TestKind Test { get; init; }
    public int Correct { get; init; }
    public int Total { get; init; }

    /// <summary>Correct over total, rounded to the nearest whole percent.</summary>
    public int Percent { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The choices ticked, as submitted (what a participant may ask to see again).</summary>
    public List<Guid> ChoiceIds { get; init; } = [];
}

/// <summary>Text in the reader's language, French when the coordinator did not write that one.</summary>
public static class TestText
{
    public static string Pick(string fr, string? ar, string? en, string? language = null) =>
        (language ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) switch
        {
            "ar" when !string.IsNullOrWhiteSpace(ar) => ar,
            "en" when !string.IsNullOrWhiteSpace(en) => en,
            _ => fr,
        };

    public static string Of(TestQuestion q, string? language = null) => Pick(q.TextFr, q.TextAr, q.TextEn, language);

    public static string Of(TestChoice c, string? language = null) => Pick(c.TextFr, c.TextAr, c.TextEn, language);
}

internal sealed class TestQuestionConfiguration : IEntityTypeConfiguration<TestQuestion>
{
    public void Configure(EntityTypeBuilder<TestQuestion> builder)
    {
        builder.ToTable("training_test_questions");
        builder.Property(q => q.Test).HasConversion<string>().HasMaxLength(8);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.TextFr).HasMaxLength(TestLimits.QuestionText);
        builder.Property(q => q.TextAr).HasMaxLength(TestLimits.QuestionText);
        builder.Property(q => q.TextEn).HasMaxLength(TestLimits.QuestionText);
        builder.HasOne<TrainingModule>().WithMany().HasForeignKey(q => q.ModuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingCycle>().WithMany().HasForeignKey(q => q.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.ModuleId, q.Test, q.Number });
        builder.HasIndex(q => q.CycleId);
        builder.ConfigureAudited();
    }
}

internal sealed class TestChoiceConfiguration : IEntityTypeConfiguration<TestChoice>
{
    public void Configure(EntityTypeBuilder<TestChoice> builder)
    {
        builder.ToTable("training_test_choices");
        builder.Property(c => c.TextFr).HasMaxLength(TestLimits.ChoiceText);
        builder.Property(c => c.TextAr).HasMaxLength(TestLimits.ChoiceText);
        builder.Property(c => c.TextEn).HasMaxLength(TestLimits.ChoiceText);
        builder.HasOne<TestQuestion>().WithMany().HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.QuestionId, c.Number });
    }
}

internal sealed class TestAttemptConfiguration : IEntityTypeConfiguration<TestAttempt>
{
    public void Configure(EntityTypeBuilder<TestAttempt> builder)
    {
        builder.ToTable("training_test_attempts");
        builder.Property(a => a.Test).HasConversion<string>().HasMaxLength(8);
        builder.HasOne<CycleParticipant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingModule>().WithMany().HasForeignKey(a => a.ModuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingCycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ParticipantId, a.ModuleId, a.Test });
        builder.HasIndex(a => new { a.CycleId, a.Test });
    }
}

public static class TestLimits
{
    public const int QuestionText = 1000;
    public const int ChoiceText = 300;
    public const int MaxChoices = 8;
    public const int MaxQuestions = 50;
}
