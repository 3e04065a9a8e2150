using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// The manager writes (or rewrites) the short narrative of a result for a quarter, printed in the donor report.
/// A new narrative is sent with version 0; a change with the version read (409 when someone saved in between).
/// </summary>
public static class SaveNarrative
{
    public const int MaxLength = 4000;

    public sealed record Request(string? Quarter, string? Text, long Version);

    public sealed record Response(Guid ResultId, string Quarter, string Text, long Version);

    public static async Task<Results<Ok<Response>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        if (!await db.ResultAreas.AnyAsync(r => r.Id == id && r.OrganisationId == organisationId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("text", request.Text, "Indicators.Narrative").MaxLength("text", request.Text, MaxLength, "Indicators.Narrative");
        if (!Quarter.TryParse(request.Quarter, out var period))
        {
            errors.Add("quarter", text["Indicators.QuarterInvalid", text["Indicators.Quarter"]]);
        }

        if (!errors.IsValid)
        {
            return FrameworkChanges.Invalid(errors, text);
        }

        var narrative = await db.ResultNarratives.SingleOrDefaultAsync(n => n.ResultAreaId == id && n.Quarter == period.Key, cancellationToken);
        var subject = FrameworkChanges.Subject("result", id);
        if (narrative is null)
        {
            if (request.Version != 0)
            {
                return Conflicts.Of(text["EditedByOther"]);
            }

            narrative = new ResultNarrative { OrganisationId = organisationId, ResultAreaId = id, Quarter = period.Key, Text = request.Text!.Trim() };
            db.ResultNarratives.Add(narrative);
            audit.Add(db, FrameworkChanges.NarrativeSaved, staff.UserId, organisationId, subject, period.ToString());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Someone wrote the first narrative of this quarter at the same moment.
                return Conflicts.Of(text["EditedByOther"]);
            }
        }
        else
        {
            narrative.Text = request.Text!.Trim();
            if (!await FrameworkChanges.TrySaveAsync(db, narrative, request.Version, audit, staff, FrameworkChanges.NarrativeSaved, subject,
                    period.ToString(), cancellationToken))
            {
                return Conflicts.Of(text["EditedByOther"]);
            }
        }

        return TypedResults.Ok(new Response(id, period.ToString(), narrative.Text, narrative.Version));
    }
}
