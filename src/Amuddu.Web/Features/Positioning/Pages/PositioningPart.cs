using System.Globalization;
using Amuddu.Web.Components.Shared;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Features.Users;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Positioning.Pages;

/// <summary>
/// One part of the positioning editor (the interview, or one list). The page loads the data once and
/// passes it down; a part only handles its own form and asks the page to reload after a change, so
/// that parts never use the request's DbContext at the same time.
/// </summary>
public abstract class PositioningPart : ComponentBase
{
    [Parameter, EditorRequired] public Guid PersonId { get; set; }
    [Parameter, EditorRequired] public PositioningLookups Lookups { get; set; } = default!;
    [Parameter, EditorRequired] public GetPositioning.Response Positioning { get; set; } = default!;

    /// <summary>The line chosen with "Edit" (?edit=), filled into the part's form when it is one of this part's lines.</summary>
    [Parameter] public Guid? EditId { get; set; }
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] protected AmudduDbContext Db { get; set; } = default!;
    [Inject] protected ICurrentStaff Staff { get; set; } = default!;
    [Inject] protected AuditLog Audit { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [Inject] protected IStringLocalizer<SharedResource> Text { get; set; } = default!;

    /// <summary>The request being answered (static rendering), whose token the use cases are given.</summary>
    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    protected IDictionary<string, string[]>? Errors { get; private set; }
    protected string? Message { get; private set; }
    protected bool Succeeded { get; private set; }

    protected string EditLink(Guid id, string anchor) => $"/people/{PersonId}/positioning?edit={id}#{anchor}";

    /// <summary>A stored date as a date field shows it: 15/03/2026.</summary>

    protected static string Shown(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>
    /// Refuses the form when one of its date fields holds something that is not a date, naming the field and keeping what was typed
    /// (the handler, given no date, could only say it is missing, or save the line without it).
    /// </summary>
    protected bool RefusesWrongDates(params (string Key, string? Typed, string Label)[] dates)
    {
        var errors = FormDates.DateErrors(Text, dates);
        if (errors is null)
        {
            return false;
        }

        Errors = errors;
        Succeeded = false;
        Message = Text["ValidationTitle"].Value;
        return true;
    }

    /// <summary>Shows the handler's outcome beside the form; after a change the page reloads every part.</summary>
    protected async Task<bool> ShowAsync(IResult result, bool success, string? successMessage = null)
    {
        Errors = HandlerResults.Errors(result);
        Succeeded = success;
        Message = success ? successMessage ?? Text["Saved"] : HandlerResults.Problem(result) ?? (Errors is null ? null : Text["ValidationTitle"].Value);
        if (success)
        {
            await OnChanged.InvokeAsync();
        }

        return success;
    }

    /// <summary>Adds the line, or changes it when the form carries the id of the line being edited.</summary>
    protected async Task<bool> SaveLineAsync<TEntity, TRequest, TResponse>(PositioningList<TEntity, TRequest, TResponse> list, Guid? lineId, TRequest request)
        where TEntity : PositioningItem, new()
        where TRequest : IPositioningItemRequest
    {
        if (lineId is { } id)
        {
            var updated = await list.UpdateAsync(PersonId, id, request, Db, Staff, Audit, Clock, Text, HttpContext.RequestAborted);
            return await ShowAsync(updated.Result, updated.Result is Ok<TResponse>);
        }

        var added = await list.AddAsync(PersonId, request, Db, Staff, Audit, Clock, Text, HttpContext.RequestAborted);
        return await ShowAsync(added.Result, added.Result is Created<TResponse>);
    }

    protected async Task RemoveLineAsync<TEntity, TRequest, TResponse>(PositioningList<TEntity, TRequest, TResponse> list, string? line)
        where TEntity : PositioningItem, new()
        where TRequest : IPositioningItemRequest
    {
        if (TryParseLine(line, out var id, out var version))
        {
            var removed = await list.RemoveAsync(PersonId, id, version, Db, Staff, Audit, Clock, Text, HttpContext.RequestAborted);
            await ShowAsync(removed.Result, removed.Result is NoContent, Text["Positioning.Removed"]);
        }
    }

    /// <summary>A remove button's value: "id:version", so that a line changed since is not removed blindly.</summary>
    protected static bool TryParseLine(string? value, out Guid id, out long version)
    {
        id = Guid.Empty;
        version = 0;
        var parts = (value ?? "").Split(':');
        return parts.Length == 2 && Guid.TryParse(parts[0], out id)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}

/// <summary>The names a positioning page shows for codes, in the reader's language.</summary>
public sealed record PositioningLookups(
    Dictionary<string, string> Countries,
    Dictionary<string, string> Languages,
    IReadOnlyList<TaxonomyNames.Entry> Occupations,
    IReadOnlyList<TaxonomyNames.Entry> Skills,
    Dictionary<Guid, string> Employers,
    Dictionary<Guid, string> Counsellors)
{
    /// <summary>
    /// How long the reference lists (countries, languages, the taxonomy, employers) are kept per language: they change
    /// when reference data is seeded or imported, and a page shows such a change at the latest after this.
    /// </summary>
    public static readonly TimeSpan ReferenceKeptFor = TimeSpan.FromMinutes(5);

    private sealed record ReferenceLists(
        Dictionary<string, string> Countries,
        Dictionary<string, string> Languages,
        IReadOnlyList<TaxonomyNames.Entry> Occupations,
        IReadOnlyList<TaxonomyNames.Entry> Skills,
        Dictionary<Guid, string> Employers);

    public string Occupation(string? code) => code is null ? "" : Occupations.FirstOrDefault(o => o.Code == code)?.Name ?? code;

    public string Skill(string code) => Skills.FirstOrDefault(s => s.Code == code)?.Name ?? code;

    /// <summary>
    /// The reference lists (kept in memory, see <see cref="ReferenceKeptFor"/>), and the "Conseiller" list: those who can
    /// hold the interview (<see cref="StaffPickers"/>) and <paramref name="counsellorId"/>, the one already recorded.
    /// </summary>
    public static async Task<PositioningLookups> LoadAsync(AmudduDbContext db, ICurrentStaff staff, KeptFigures kept, Guid? counsellorId)
    {
        var (lists, _) = await kept.GetAsync((nameof(PositioningLookups), CultureInfo.CurrentUICulture.Name), ReferenceKeptFor, async () => new ReferenceLists(
            await ReferenceNames.LoadAsync(db, ReferenceKind.Country),
            await ReferenceNames.LoadAsync(db, ReferenceKind.Language),
            await TaxonomyNames.OccupationsAsync(db),
            await TaxonomyNames.SkillsAsync(db),
            await db.Organisations.AsNoTracking().Where(o => o.IsActive && o.Kind == OrganisationKind.Employer)
                .OrderBy(o => o.Name).ToDictionaryAsync(o => o.Id, o => o.Name)));
        var counsellors = staff.OrganisationId is { } organisationId
            ? await StaffPickers.CounsellorsAsync(db, organisationId, counsellorId)
            : new Dictionary<Guid, string>();
        return new(lists.Countries, lists.Languages, lists.Occupations, lists.Skills, lists.Employers, counsellors);
    }
}
