using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Exchanges;

public sealed record LearningLogInput(string? WhatISaw, string? PracticeToTry);

/// <summary>A participant writes (or rewrites) their own learning log of an exchange: what they saw, one practice they want to try.</summary>
public static class WriteLearningLog
{
    public static async Task<Results<Ok<LearningLogResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid exchangeId, LearningLogInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        if (!await ExchangeAccess.Visible(db, staff).AnyAsync(e => e.Id == exchangeId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var userId = staff.UserId!.Value;
        if (!await db.ExchangeParticipants.AnyAsync(p => p.ExchangeId == exchangeId && p.UserId == userId, cancellationToken))
        {
            return TypedResults.Problem(title: text["Exchanges.OnlyParticipantsWrite"], statusCode: StatusCodes.Status403Forbidden);
        }

        var errors = new ValidationErrors(text)
            .Required("whatISaw", request.WhatISaw, "Exchanges.WhatISaw")
            .MaxLength("whatISaw", request.WhatISaw, 4000, "Exchanges.WhatISaw")
            .Required("practiceToTry", request.PracticeToTry, "Exchanges.PracticeToTry")
            .MaxLength("practiceToTry", request.PracticeToTry, 2000, "Exchanges.PracticeToTry");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var log = await db.LearningLogs.SingleOrDefaultAsync(l => l.ExchangeId == exchangeId && l.UserId == userId, cancellationToken);
        if (log is null)
        {
            log = new LearningLog { ExchangeId = exchangeId, UserId = userId, WhatISaw = "", PracticeToTry = "" };
            db.LearningLogs.Add(log);
        }

        log.WhatISaw = request.WhatISaw!.Trim();
        log.PracticeToTry = request.PracticeToTry!.Trim();
        audit.Add(db, ExchangesAudit.LogWritten, userId, staff.OrganisationId, ExchangesAudit.Exchange(exchangeId));
        await db.SaveChangesAsync(cancellationToken);
        var author = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        return TypedResults.Ok(new LearningLogResponse(log.Id, userId, author, log.WhatISaw, log.PracticeToTry, log.UpdatedAt, log.Version));
    }
}
