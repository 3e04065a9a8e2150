using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Data;

internal static class AuditedConfiguration
{
    /// <summary>Makes <see cref="IAudited.Version"/> the optimistic-concurrency token.</summary>
    public static void ConfigureAudited<T>(this EntityTypeBuilder<T> builder) where T : class, IAudited
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
