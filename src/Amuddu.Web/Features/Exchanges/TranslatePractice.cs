using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>Adds (or corrects) a practice's text in another language; the original stays as it was written.</summary>
public static class TranslatePractice
{
    public static async Task<Results<Ok<PracticeResponse>, ValidationProblem, NotFound>> Handle(
        Guid practiceId, PracticeTextInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.Include(p => p.Texts)
            .SingleOrDefaultAsync(p => p.Id == practiceId && p.OrganisationId == staff.OrganisationId, cancellationToken);
        if (practice is null)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Validate(text);
        if (request.Language == practice.OriginalLanguage)
        {
            errors.Add("language", text["Exchanges.OriginalLanguage"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var written = request.ToText(practice.Id, staff.UserId, clock.GetUtcNow());
        if (practice.Texts.SingleOrDefault(t => t.Language == request.Language) is { } existing)
        {
            // A correction of the translation: the same row, written again.
            (existing.Name, existing.Context, existing.WhatIsDone, existing.Evidence, existing.Adaptation) =
                (written.Name, written.Context, written.WhatIsDone, written.Evidence, written.Adaptation);
            (existing.WrittenAt, existing.WrittenBy) = (written.WrittenAt, written.WrittenBy);
            existing.Index();
        }
        else
        {
            db.PracticeTexts.Add(written);
        }

        audit.Add(db, ExchangesAudit.PracticeTranslated, staff.UserId, staff.OrganisationId, ExchangesAudit.Practice(practice.Id), request.Language);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok((await GetPractice.LoadAsync(db, staff, practice.Id, cancellationToken))!);
    }
}
