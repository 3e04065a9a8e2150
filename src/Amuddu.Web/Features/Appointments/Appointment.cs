using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Appointments;

public enum AppointmentChannel
{
    AtAgency,
    Phone,
    WhatsApp,
    Video,
}

public enum AppointmentStatus
{
    Booked,
    Attended,
    NoShow,
    Cancelled,
}

/// <summary>
/// A meeting between a person and a counsellor. Times are UTC instants; pages show them in the
/// site's time zone (<see cref="SiteTime"/>). Rescheduling keeps the count and the time it moved from.
/// </summary>
public sealed class Appointment : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid CounsellorId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>Stored, so that the overlap check and the calendar are plain range queries.</summary>
    public DateTimeOffset EndsAt { get; set; }
    public AppointmentChannel Channel { get; set; }
    public Guid? SiteId { get; set; }
    public string? Place { get; set; }
    public string? Purpose { get; set; }
    public AppointmentStatus Status { get; set; }
    public string? CancellationReason { get; set; }
    public int RescheduleCount { get; set; }
    public DateTimeOffset? RescheduledFrom { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    /// <summary>Subject of the appointment's messages in the notification outbox.</summary>
    public string OutboxSubject => $"appointment/{Id}";
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.Property(a => a.Purpose).HasMaxLength(500);
        builder.Property(a => a.CancellationReason).HasMaxLength(500);
        builder.Ignore(a => a.OutboxSubject);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.CounsellorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
        // The calendar and the double-booking check: one counsellor's appointments by time.
        builder.HasIndex(a => new { a.CounsellorId, a.StartsAt });
        builder.HasIndex(a => new { a.OrganisationId, a.StartsAt });
        builder.HasIndex(a => a.PersonId);
        builder.HasIndex(a => new { a.OrganisationId, a.UpdatedAt });
        builder.ConfigureAudited();
    }
}
