using Amuddu.Web.Data;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// Shortlisted (the counsellor picked the person) → Interested or Declined (the counsellor checked with the person)
/// → Sent (the profile went to the employer, with the person's consent to share it with that company)
/// → Interview → Hired or NotRetained. Withdrawn when the person or the counsellor stops it at any step before an answer.
/// </summary>
public enum CandidacyStatus
{
    Shortlisted,
    Interested,
    Declined,
    Sent,
    Interview,
    Hired,
    NotRetained,
    Withdrawn,
}

/// <summary>Why the employer did not retain a candidate; a closed list so it can be counted.</summary>
public enum NotRetainedReason
{
    SkillsShort,
    LanguageShort,
    ExperienceShort,
    DidNotAttend,
    PostFilled,
    CandidateWithdrew,
    Other,
}

/// <summary>A person put forward for a vacancy, from the shortlist to the employer's answer.</summary>
public sealed class Candidacy : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid VacancyId { get; init; }
    public Guid PersonId { get; init; }

    /// <summary>The service that shortlisted the person: the vacancy's organisation.</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>What the employer calls the candidate until the profile is shared, e.g. C-7K2P.</summary>
    public required string Alias { get; init; }
    public CandidacyStatus Status { get; set; }

    /// <summary>The match score (0–100) when the person was shortlisted.</summary>
    public int Score { get; set; }
    public Guid? ShortlistedBy { get; init; }
    public DateTimeOffset ShortlistedAt { get; init; }
    public DateTimeOffset? CheckedAt { get; set; }

    /// <summary>The consent to share with the company under which the profile was sent.</summary>
    public Guid? ConsentId { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public Guid? SentBy { get; set; }

    public DateOnly? InterviewOn { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public Guid? AnsweredBy { get; set; }
    public NotRetainedReason? NotRetainedReason { get; set; }

    /// <summary>The employer's short note to the counsellor; no health or private matters.</summary>
    public string? EmployerNote { get; set; }

    /// <summary>The "employed" outcome the hire recorded on the person's file.</summary>
    public Guid? OutcomeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class CandidacyConfiguration : IEntityTypeConfiguration<Candidacy>
{
    public void Configure(EntityTypeBuilder<Candidacy> builder)
    {
        builder.ToTable("candidacies");
        builder.Property(c => c.Alias).HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.NotRetainedReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.EmployerNote).HasMaxLength(1000);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(c => c.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consent>().WithMany().HasForeignKey(c => c.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Outcome>().WithMany().HasForeignKey(c => c.OutcomeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.VacancyId, c.PersonId }).IsUnique();
        builder.HasIndex(c => c.PersonId);
        builder.ConfigureAudited();
    }
}
