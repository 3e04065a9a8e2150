using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Positioning;

/// <summary>A request to add or change a line; <see cref="Version"/> is the one the caller read, required to change.</summary>
public interface IPositioningItemRequest
{
    long? Version { get; }
}

/// <summary>
/// The three use cases every positioning list shares (add, change with the version read, remove),
/// written once: each list says only how its request is checked, applied and shown.
/// </summary>
public abstract class PositioningList<TEntity, TRequest, TResponse>
    where TEntity : PositioningItem, new()
    where TRequest : IPositioningItemRequest
{
    /// <summary>The list's path segment under /positioning, also its name in audit details: "diplomas".</summary>
    public abstract string Route { get; }

    protected abstract Task ValidateAsync(TRequest request, ItemCheck check, CancellationToken cancellationToken);

    protected abstract void Apply(TRequest request, TEntity item);

    public abstract TResponse ToResponse(TEntity item);

    /// <summary>The order lines are shown in.</summary>
    public virtual IEnumerable<TEntity> Order(IEnumerable<TEntity> items) => items.OrderBy(i => i.CreatedAt);

    public async Task<List<TResponse>> ListAsync(AmudduDbContext db, Guid personId, CancellationToken cancellationToken) =>
        [.. Order(await db.Set<TEntity>().AsNoTracking().Where(i => i.PersonId == personId).ToListAsync(cancellationToken)).Select(ToResponse)];

    public async Task<Results<Created<TResponse>, ValidationProblem, NotFound, ProblemHttpResult>> AddAsync(
        Guid personId, TRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        RequireBody(request);
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (!await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var check = new ItemCheck(db, text, personId, null, clock);
        await ValidateAsync(request, check, cancellationToken);
        if (!check.Errors.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var item = new TEntity { PersonId = personId, OrganisationId = person.OrganisationId };
        Apply(request, item);
        db.Set<TEntity>().Add(item);
        audit.Add(db, PositioningAudit.ItemAdded, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"{Route} {item.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two counsellors adding the same language or skill at once: the unique index refuses the second.
            return Conflicts.Of(text["EditedByOther"]);
        }

        await MatchProfiles.RefreshAsync(db, personId, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/people/{personId}/positioning/{Route}/{item.Id}", ToResponse(item));
    }

    public async Task<Results<Ok<TResponse>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid personId, Guid itemId, TRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        RequireBody(request);
        var item = await FindAsync(db, staff, personId, itemId, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        if (!await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var check = new ItemCheck(db, text, personId, itemId, clock);
        if (request.Version is null)
        {
            check.Errors.Add("version", text["FieldRequired", "version"]);
        }

        await ValidateAsync(request, check, cancellationToken);
        if (!check.Errors.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (item.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        // Compared on write against the version the caller read, so an edit saved in between is never overwritten.
        db.Entry(item).Property(i => i.Version).OriginalValue = request.Version!.Value;
        Apply(request, item);
        audit.Add(db, PositioningAudit.ItemUpdated, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"{Route} {item.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        await MatchProfiles.RefreshAsync(db, personId, clock, cancellationToken);
        return TypedResults.Ok(ToResponse(item));
    }

    /// <summary>
    /// No consent is needed to remove a line: removing brings the file closer to the minimal record,
    /// which is what a withdrawn consent asks for. With a version, a line changed since is kept (409).
    /// </summary>
    public async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveAsync(
        Guid personId, Guid itemId, long? version, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var item = await FindAsync(db, staff, personId, itemId, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        if (version is { } read)
        {
            if (item.Version != read)
            {
                return Conflicts.Of(text["EditedByOther"]);
            }

            db.Entry(item).Property(i => i.Version).OriginalValue = read;
        }

        db.Set<TEntity>().Remove(item);
        audit.Add(db, PositioningAudit.ItemRemoved, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"{Route} {item.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        await MatchProfiles.RefreshAsync(db, personId, clock, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// These endpoints are built at run time (see PositioningApi), where a generic request type does not say it is
    /// required: a "null" body reaches the handler. It is the same unreadable body as any other (400 naming "body").
    /// </summary>
    private static void RequireBody(TRequest? request)
    {
        if (request is null)
        {
            throw new BadHttpRequestException("The request has no body.");
        }
    }

    /// <summary>A line of another person, or of a person of another organisation, is "not found" like a missing one.</summary>
    private static Task<TEntity?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid personId, Guid itemId, CancellationToken cancellationToken) =>
        db.Set<TEntity>().SingleOrDefaultAsync(i => i.Id == itemId && i.PersonId == personId && i.OrganisationId == staff.OrganisationId, cancellationToken);
}

/// <summary>What a list's validation needs: the errors so far, the database for codes, today, and which line is being changed.</summary>
public sealed class ItemCheck(AmudduDbContext db, IStringLocalizer text, Guid personId, Guid? itemId, TimeProvider clock)
{
    public ValidationErrors Errors { get; } = new(text);
    public AmudduDbContext Db => db;
    public IStringLocalizer Text => text;
    public Guid PersonId => personId;

    /// <summary>The line being changed, so that it does not count as a duplicate of itself.</summary>
    public Guid ItemId => itemId ?? Guid.Empty;
    public DateOnly Today { get; } = SiteTime.Today(clock);

    public void Required(string field, string? value, string label) => Errors.Required(field, value, label);

    public void MaxLength(string field, string? value, int max, string label) => Errors.MaxLength(field, value, max, label);

    /// <summary>Required, and one of the enum's names (a number outside the enum is refused too).</summary>
    public void Choice<TEnum>(string field, TEnum? value, string label, bool required = true) where TEnum : struct, Enum
    {
        if (value is null)
        {
            if (required)
            {
                Errors.Add(field, text["FieldRequired", text[label]]);
            }
        }
        else if (!Enum.IsDefined(value.Value))
        {
            Errors.Add(field, text["FieldNotAllowed", text[label]]);
        }
    }

    public void Between(string field, int? value, int min, int max, string label, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Errors.Add(field, text["FieldRequired", text[label]]);
            }
        }
        else if (value < min || value > max)
        {
            Errors.Add(field, text["FieldBetween", text[label], min, max]);
        }
    }

    /// <summary>A date that happened: required, not after today, and not absurdly old (a typed 1025 for 2025).</summary>
    public void PastDate(string field, DateOnly? value, string label, int maxYearsAgo = 60)
    {
        if (value is not { } date)
        {
            Errors.Add(field, text["FieldRequired", text[label]]);
        }
        else if (date > Today)
        {
            Errors.Add(field, text["Positioning.DateInFuture", text[label]]);
        }
        else if (date < Today.AddYears(-maxYearsAgo))
        {
            Errors.Add(field, text["Positioning.DateTooOld", text[label], maxYearsAgo]);
        }
    }

    public Task ReferenceAsync(string field, string? code, ReferenceKind kind, string label, CancellationToken cancellationToken) =>
        KnownAsync(field, code, label, c => db.ReferenceItems.AnyAsync(r => r.Kind == kind && r.Code == c && r.IsActive, cancellationToken));

    public Task OccupationAsync(string field, string? code, string label, CancellationToken cancellationToken, bool required = true) =>
        KnownAsync(field, code, label, c => db.Occupations.AnyAsync(o => o.Code == c && o.IsActive, cancellationToken), required);

    public Task SkillAsync(string field, string? code, string label, CancellationToken cancellationToken) =>
        KnownAsync(field, code, label, c => db.Skills.AnyAsync(s => s.Code == c && s.IsActive, cancellationToken));

    /// <summary>The same code twice in one person's list (a language, a skill, a target occupation) is refused.</summary>
    public async Task UniqueAsync<TEntity>(string field, string? code, string label, Func<IQueryable<TEntity>, string, Task<bool>> taken)
        where TEntity : PositioningItem
    {
        if (code is { Length: > 0 } && !Errors.ToDictionary().ContainsKey(field)
            && await taken(db.Set<TEntity>().Where(i => i.PersonId == personId && i.Id != ItemId), code))
        {
            Errors.Add(field, text["Positioning.AlreadyListed", text[label]]);
        }
    }

    private async Task KnownAsync(string field, string? code, string label, Func<string, Task<bool>> exists, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                Errors.Add(field, text["FieldRequired", text[label]]);
            }
        }
        else if (code.Length > 32 || !await exists(code))
        {
            Errors.Add(field, text["FieldNotAllowed", text[label]]);
        }
    }
}
