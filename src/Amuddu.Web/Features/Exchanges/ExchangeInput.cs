using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>What the coordinator types to record a peer exchange.</summary>
public sealed record ExchangeInput(
    string? Title,
    ExchangeKind? Kind,
    Guid? HostOrganisationId,
    Guid? VisitingOrganisationId,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Place,
    string[]? Themes,
    Guid[]? ParticipantIds,
    string? Guests,
    string? Agenda)
{
    public async Task<ValidationErrors> ValidateAsync(AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("title", Title, "Exchanges.Title")
            .MaxLength("title", Title, 200, "Exchanges.Title")
            .MaxLength("place", Place, 300, "Exchanges.Place")
            .MaxLength("guests", Guests, 2000, "Exchanges.Guests")
            .MaxLength("agenda", Agenda, 4000, "Exchanges.Agenda");
        if (Kind is null)
        {
            errors.Add("kind", text["FieldRequired", text["Exchanges.Kind"]]);
        }

        if (StartsOn is null)
        {
            errors.Add("startsOn", text["FieldRequired", text["Exchanges.StartsOn"]]);
        }

        if (EndsOn is null)
        {
            errors.Add("endsOn", text["FieldRequired", text["Exchanges.EndsOn"]]);
        }
        else if (StartsOn is { } start && EndsOn < start)
        {
            errors.Add("endsOn", text["Exchanges.EndBeforeStart"]);
        }

        var themes = ExchangeAccess.Themes(Themes);
        if (themes.Count == 0)
        {
            errors.Add("themes", text["Exchanges.ThemeRequired"]);
        }
        else if (!ExchangeAccess.AllKnown(themes))
        {
            errors.Add("themes", text["FieldNotAllowed", text["Exchanges.Themes"]]);
        }

        var own = staff.OrganisationId;
        if (HostOrganisationId is null)
        {
            errors.Add("hostOrganisationId", text["FieldRequired", text["Exchanges.Host"]]);
        }

        if (VisitingOrganisationId is null)
        {
            errors.Add("visitingOrganisationId", text["FieldRequired", text["Exchanges.Visiting"]]);
        }

        if (HostOrganisationId is { } host && VisitingOrganisationId is { } visiting)
        {
            if (host == visiting || (host != own && visiting != own))
            {
                errors.Add("visitingOrganisationId", text["Exchanges.OwnSide"]);
            }
            else if (await db.Organisations.CountAsync(o => o.Id == host || o.Id == visiting, cancellationToken) != 2)
            {
                errors.Add(host == own ? "visitingOrganisationId" : "hostOrganisationId", text["FieldNotAllowed", text["Exchanges.OtherSide"]]);
            }
        }

        var participants = (ParticipantIds ?? []).Distinct().ToList();
        if (participants.Count > 100
            || await db.Users.CountAsync(u => participants.Contains(u.Id) && u.OrganisationId == own, cancellationToken) != participants.Count)
        {
            errors.Add("participantIds", text["FieldNotAllowed", text["Exchanges.Participants"]]);
        }

        return errors;
    }
}
