using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

/// <summary>
/// The pre-registrations that became this person's file. Erasing blanks their names, phone and
/// e-mail; sex, nationality, language, interests and dates stay for the funnel.
/// </summary>
public sealed class OutreachPersonalData(AmudduDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public string Name => "preRegistrations";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var rows = await db.PreRegistrations.AsNoTracking().Where(p => p.PersonId == personId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(PreRegistrationResponse.From).ToList();
    }

    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        var rows = await db.PreRegistrations.Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        foreach (var pre in rows)
        {
            ClosePreRegistration.Blank(pre, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var rows = await db.PreRegistrations.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        var area = text["NavOutreach"].Value;
        return
        [
            .. rows.Select(p => new TimelineEntry(p.CreatedAt, area, text["Outreach.Timeline.PreRegistered"], text[$"Outreach.PreRegistrationSource.{p.Source}"], p.AgentId)),
            .. rows.Where(p => p.ConvertedAt is not null)
                .Select(p => new TimelineEntry(p.ConvertedAt!.Value, area, text["Outreach.Timeline.Converted"], null, p.ConvertedBy)),
        ];
    }
}
