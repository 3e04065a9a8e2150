using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Documents;

/// <summary>A person's documents, numbers decrypted, with the legal status and right to work they give today.</summary>
public static class ListDocuments
{
    public static async Task<Results<Ok<DocumentsResponse>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LoadAsync(db, personId, protector, SiteTime.Today(clock), cancellationToken));
    }

    /// <summary>Loads without checking who asks: the caller has found the person, or a referral sharing them.</summary>
    public static async Task<DocumentsResponse> LoadAsync(
        AmudduDbContext db, Guid personId, FieldProtector protector, DateOnly today, CancellationToken cancellationToken)
    {
        var documents = await db.IdentityDocuments.AsNoTracking().Where(d => d.PersonId == personId)
            .OrderByDescending(d => d.RecordedAt).ToListAsync(cancellationToken);
        return new DocumentsResponse(LegalStatus.From(documents, today), [.. documents.Select(d => DocumentResponse.From(d, protector, today))]);
    }
}
