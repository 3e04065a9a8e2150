using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>The coordinator records a peer exchange: kind, the two sides, dates, place, themes, who took part, agenda.</summary>
public static class RecordExchange
{
    public static async Task<Results<Created<ExchangeResponse>, ValidationProblem>> Handle(
        ExchangeInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var errors = await request.ValidateAsync(db, staff, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var exchange = new PeerExchange
        {
            OrganisationId = staff.OrganisationId!.Value,
            Title = request.Title!.Trim(),
            Kind = request.Kind!.Value,
            HostOrganisationId = request.HostOrganisationId!.Value,
            VisitingOrganisationId = request.VisitingOrganisationId!.Value,
            StartsOn = request.StartsOn!.Value,
            EndsOn = request.EndsOn!.Value,
            Place = Blank(request.Place),
            Themes = ExchangeAccess.Themes(request.Themes),
            Guests = Blank(request.Guests),
            Agenda = Blank(request.Agenda),
        };
        exchange.Participants.AddRange((request.ParticipantIds ?? []).Distinct().Select(id => new ExchangeParticipant { ExchangeId = exchange.Id, UserId = id }));
        db.PeerExchanges.Add(exchange);
        audit.Add(db, ExchangesAudit.ExchangeRecorded, staff.UserId, staff.OrganisationId, ExchangesAudit.Exchange(exchange.Id),
            $"{exchange.Kind}, {exchange.Participants.Count} participants");
        await db.SaveChangesAsync(cancellationToken);
        var response = await GetExchange.LoadAsync(db, staff, exchange.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/exchanges/{exchange.Id}", response!);
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
