using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>Adds a practice to the organisation's library, written in one language (marked as the original).</summary>
public static class RecordPractice
{
    public static async Task<Results<Created<PracticeResponse>, ValidationProblem>> Handle(
        PracticeInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var errors = request.Text.Validate(text);
        var themes = ExchangeAccess.Themes(request.Themes);
        if (themes.Count == 0)
        {
            errors.Add("themes", text["Exchanges.ThemeRequired"]);
        }
        else if (!ExchangeAccess.AllKnown(themes))
        {
            errors.Add("themes", text["FieldNotAllowed", text["Exchanges.Themes"]]);
        }

        if (request.SourceOrganisationId is not { } source)
        {
            errors.Add("sourceOrganisationId", text["FieldRequired", text["Exchanges.Source"]]);
        }
        else if (!await db.Organisations.AnyAsync(o => o.Id == source, cancellationToken))
        {
            errors.Add("sourceOrganisationId", text["FieldNotAllowed", text["Exchanges.Source"]]);
        }

        if (request.ExchangeId is { } exchangeId && !await ExchangeAccess.Visible(db, staff).AnyAsync(e => e.Id == exchangeId, cancellationToken))
        {
            errors.Add("exchangeId", text["FieldNotAllowed", text["Exchanges.Exchange"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var practice = new Practice
        {
            OrganisationId = staff.OrganisationId!.Value,
            ExchangeId = request.ExchangeId,
            SourceOrganisationId = request.SourceOrganisationId!.Value,
            Themes = themes,
            OriginalLanguage = request.Language!,
        };
        practice.Texts.Add(request.Text.ToText(practice.Id, staff.UserId, clock.GetUtcNow()));
        db.Practices.Add(practice);
        audit.Add(db, ExchangesAudit.PracticeRecorded, staff.UserId, staff.OrganisationId, ExchangesAudit.Practice(practice.Id), practice.OriginalLanguage);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/exchanges/practices/{practice.Id}", (await GetPractice.LoadAsync(db, staff, practice.Id, cancellationToken))!);
    }
}
