using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ActionPlans.Pages;

/// <summary>What the step forms post; <see cref="Owner"/> is "person" or a staff member's id.</summary>
public sealed class StepForm
{
    public StepKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Detail { get; set; }
    public string? Owner { get; set; }
    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? DueOn { get; set; }
    public StepStatus? Status { get; set; }
    public long Version { get; set; }

    /// <summary>The staff a step can be given to: the organisation's active accounts, by name.</summary>
    public static Task<Dictionary<Guid, string>> StaffAsync(AmudduDbContext db, Guid organisationId) =>
        db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId && u.IsActive).OrderBy(u => u.DisplayName)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName);
}
