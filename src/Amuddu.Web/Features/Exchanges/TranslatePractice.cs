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

        var existing = practice.Texts.SingleOrDefault(t => t.Language == request.Language);
        if (existing is not null)
        {
            db.PracticeTexts.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.PracticeTexts.Add(request.ToText(practice.Id, staff.UserId, clock.GetUtcNow()));
        audit.Add(db, ExchangesAudit.PracticeTranslated, staff.UserId, staff.OrganisationId, ExchangesAudit.Practice(practice.Id), request.Language);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok((await GetPractice.LoadAsync(db, staff, practice.Id, cancellationToken))!);
    }
}
