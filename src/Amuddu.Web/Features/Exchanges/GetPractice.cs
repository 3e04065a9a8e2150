using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>A practice of the organisation's library, in every language it is written in, with the commitments to adopt it.</summary>
public static class GetPractice
{
    public static async Task<Results<Ok<PracticeResponse>, NotFound>> Handle(
        Guid practiceId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        await LoadAsync(db, staff, practiceId, cancellationToken) is { } practice ? TypedResults.Ok(practice) : TypedResults.NotFound();

    public static async Task<PracticeResponse?> LoadAsync(AmudduDbContext db, ICurrentStaff staff, Guid practiceId, CancellationToken cancellationToken)
    {
        var p = await db.Practices.AsNoTracking().Include(x => x.Texts)
            .SingleOrDefaultAsync(x => x.Id == practiceId && x.OrganisationId == staff.OrganisationId, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var source = await db.Organisations.Where(o => o.Id == p.SourceOrganisationId).Select(o => o.Acronym ?? o.Name).SingleAsync(cancellationToken);
        var exchange = p.ExchangeId is { } exchangeId
            ? await ExchangeAccess.Visible(db, staff).Where(e => e.Id == exchangeId).Select(e => e.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        var texts = p.Texts.OrderBy(t => t.Language == p.OriginalLanguage ? 0 : 1).ThenBy(t => Array.IndexOf(Practice.Languages, t.Language))
            .Select(t => new PracticeTextResponse(t.Language, t.Language == p.OriginalLanguage, t.Name, t.Context, t.WhatIsDone, t.Evidence, t.Adaptation, t.WrittenAt))
            .ToList();
        var commitments = await ListCommitments.LoadAsync(db, staff, db.Commitments.Where(c => c.PracticeId == p.Id), cancellationToken);
        return new PracticeResponse(p.Id, exchange is null ? null : p.ExchangeId, exchange, p.SourceOrganisationId, source, p.Themes, p.OriginalLanguage,
            texts, commitments, p.Version);
    }
}
