using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Consents;

/// <summary>Every consent, withdrawn ones included. Erasing blanks the names of witnesses and the withdrawal notes; purposes and dates stay.</summary>
public sealed class ConsentsPersonalData(AmudduDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public string Name => "consents";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId)
            .OrderBy(c => c.RecordedAt).ToListAsync(cancellationToken);
        return consents.Select(c => ConsentResponse.From(c, today)).ToList();
    }

    public Task EraseAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Consents.Where(c => c.PersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WitnessName, (string?)null).SetProperty(c => c.WithdrawalNote, (string?)null), cancellationToken);

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync(cancellationToken);
        var area = text["Consents"].Value;
        return
        [
            .. consents.Select(c => new TimelineEntry(c.RecordedAt, area, text["Rights.Timeline.ConsentGiven"], text[$"ConsentPurpose.{c.Purpose}"], c.RecordedBy)),
            .. consents.Where(c => c.WithdrawnAt is not null).Select(c =>
                new TimelineEntry(c.WithdrawnAt!.Value, area, text["Rights.Timeline.ConsentWithdrawn"], text[$"ConsentPurpose.{c.Purpose}"], c.WithdrawnBy)),
        ];
    }
}
