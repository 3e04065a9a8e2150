using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

public enum PreRegistrationCloseReason
{
    Declined,
    Unreachable,
    AlreadyRegistered,
    Mistake,
    Other,
}

/// <summary>
/// Closes a pre-registration that will not become a file, with the reason. With <c>erase</c> the
/// names, phone and e-mail are blanked at once (what the funnel counts stays): the way to honour a
/// person who asks to be forgotten before ever having a file.
/// </summary>
public static class ClosePreRegistration
{
    public sealed record Request(PreRegistrationCloseReason? Reason, bool Erase, long Version);

    public static async Task<Results<Ok<PreRegistrationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var pre = await PreRegistrationAccess.Visible(db, staff).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pre is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Reason is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["reason"] = [text["FieldRequired", text["Outreach.CloseReason"]]] }, title: text["ValidationTitle"]);
        }

        if (pre.Status != PreRegistrationStatus.Open)
        {
            return Conflicts.Of(text["Outreach.NotOpen"]);
        }

        if (pre.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        db.Entry(pre).Property(p => p.Version).OriginalValue = request.Version;
        pre.Status = PreRegistrationStatus.Closed;
        pre.CloseReason = request.Reason;
        pre.ClosedAt = clock.GetUtcNow();
        pre.ClosedBy = staff.UserId;
        if (request.Erase)
        {
            Blank(pre, clock);
        }

        audit.Add(db, OutreachAudit.PreRegistrationClosed, staff.UserId, staff.OrganisationId, OutreachAudit.PreRegistration(id),
            $"{pre.CloseReason}{(request.Erase ? ", erased" : "")}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(PreRegistrationResponse.From(pre));
    }

    /// <summary>Blanks what identifies the person; sex, nationality, language, interests and dates stay for the counts.</summary>
    public static void Blank(PreRegistration pre, TimeProvider clock)
    {
        pre.FirstName = "";
        pre.LastName = null;
        pre.Phone = null;
        pre.Email = null;
        pre.ErasedAt = clock.GetUtcNow();
    }
}
