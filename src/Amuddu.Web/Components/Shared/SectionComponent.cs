using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Components;

namespace Amuddu.Web.Components.Shared;

/// <summary>
/// A part of a page that loads its own data (a section of the person's file, a list on the home page).
/// Blazor initialises sibling components side by side, and a DbContext serves one operation at a time
/// (PostgreSQL really runs them in parallel), so each part reads and writes, and audits, in a unit of
/// work of its own rather than the page's.
/// </summary>
public abstract class SectionComponent : OwningComponentBase
{
    protected AmudduDbContext Db => ScopedServices.GetRequiredService<AmudduDbContext>();

    /// <summary>What the statistics read, in the section's own unit of work too (the replica's when one is configured).</summary>
    protected StatisticsReads Statistics => ScopedServices.GetRequiredService<StatisticsReads>();

    protected AuditLog Audit => ScopedServices.GetRequiredService<AuditLog>();
}
