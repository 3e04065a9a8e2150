using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>An exchange with its participants, learning logs and the practices it produced; 404 to whoever may not see it.</summary>
public static class GetExchange
{
    public static async Task<Results<Ok<ExchangeResponse>, NotFound>> Handle(
        Guid exchangeId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        await LoadAsync(db, staff, exchangeId, cancellationToken) is { } exchange ? TypedResults.Ok(exchange) : TypedResults.NotFound();

    public static async Task<ExchangeResponse?> LoadAsync(AmudduDbContext db, ICurrentStaff staff, Guid exchangeId, CancellationToken cancellationToken)
    {
        var e = await ExchangeAccess.Visible(db, staff).AsNoTracking().Include(x => x.Participants)
            .SingleOrDefaultAsync(x => x.Id == exchangeId, cancellationToken);
        if (e is null)
        {
            return null;
        }

        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Id == e.HostOrganisationId || o.Id == e.VisitingOrganisationId)
            .ToDictionaryAsync(o => o.Id, o => o.Acronym ?? o.Name, cancellationToken);
        var participantIds = e.Participants.Select(p => p.UserId).ToList();
        var participants = await db.Users.AsNoTracking().Where(u => participantIds.Contains(u.Id)).OrderBy(u => u.DisplayName)
            .Select(u => new StaffName(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        var logs = await (from l in db.LearningLogs.AsNoTracking()
                          join u in db.Users on l.UserId equals u.Id
                          where l.ExchangeId == exchangeId
                          orderby l.CreatedAt
                          select new LearningLogResponse(l.Id, l.UserId, u.DisplayName, l.WhatISaw, l.PracticeToTry, l.UpdatedAt, l.Version))
            .ToListAsync(cancellationToken);
        var practices = await ListPractices.SummariesAsync(db, db.Practices.Where(p => p.ExchangeId == exchangeId && p.OrganisationId == e.OrganisationId),
            cancellationToken);
        return new ExchangeResponse(e.Id, e.Title, e.Kind, e.HostOrganisationId, organisations[e.HostOrganisationId], e.VisitingOrganisationId,
            organisations[e.VisitingOrganisationId], e.StartsOn, e.EndsOn, e.Place, e.Themes, participants, e.Guests, e.Agenda, logs, practices, e.Version);
    }
}
