using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

public sealed record QueueItem(
    Guid Id, string Reference, Guid ProgrammeId, string Programme, ProgrammeKind Kind, Guid PersonId, string Person, ApplicationStatus Status,
    decimal Requested, decimal? Approved, DateOnly? DecideBy, bool Overdue, int Approvals, DateTimeOffset? SubmittedAt);

/// <summary>A page of the queue, with the number of applications in each status (under the same programme and kind filters) for the tabs.</summary>
public sealed record QueuePage(IReadOnlyList<QueueItem> Items, int Page, int PageSize, int Total, IReadOnlyDictionary<ApplicationStatus, int> Counts);

/// <summary>
/// The officers' queue: the organisation's applications, the most urgent decision first (deadline, then
/// submission). Counsellors read it too, to follow the applications they made.
/// </summary>
public static class ListQueue
{
    public const int PageSize = 50;

    public static async Task<Results<Ok<QueuePage>, ValidationProblem>> Handle(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken,
        string? status = null, Guid? programmeId = null, string? kind = null, bool? overdue = null, int? page = null)
    {
        var errors = new ValidationErrors(text);
        var wanted = Parse<ApplicationStatus>(status, "status", "Decisions.Status", errors, text);
        var wantedKind = Parse<ProgrammeKind>(kind, "kind", "Decisions.Kind", errors, text);
        if (page is < 1)
        {
            errors.Add("page", text["FieldNotAllowed", text["Decisions.Page"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var today = SiteTime.Today(clock);
        var query = ApplicationAccess.Visible(db, staff).AsNoTracking();
        if (programmeId is { } programme)
        {
            query = query.Where(a => a.ProgrammeId == programme);
        }

        if (wantedKind is { } k)
        {
            query = query.Where(a => db.Programmes.Any(p => p.Id == a.ProgrammeId && p.Kind == k));
        }

        var counts = await query.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (wanted is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        if (overdue == true)
        {
            query = query.Where(OverdueOn(today));
        }

        var number = page ?? 1;
        var total = await query.CountAsync(cancellationToken);
        var rows = await (
            from a in query
            join p in db.Programmes on a.ProgrammeId equals p.Id
            join person in db.People on a.PersonId equals person.Id
            orderby a.DecideBy == null, a.DecideBy, a.SubmittedAt == null, a.SubmittedAt, a.Reference
            select new
            {
                a.Id, a.Reference, a.ProgrammeId, Programme = p.Name, p.Kind, a.PersonId, a.Status, a.RequestedCentimes, a.ApprovedCentimes, a.DecideBy, a.SubmittedAt,
                Same = person.OrganisationId == staff.OrganisationId, person.FirstName, person.LastName, person.FirstNameArabic, person.LastNameArabic,
                Approvals = db.ApplicationApprovals.Count(x => x.ApplicationId == a.Id),
            }).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var items = rows.Select(r => new QueueItem(
            r.Id, r.Reference, r.ProgrammeId, r.Programme, r.Kind, r.PersonId,
            r.Same ? Person.NameOf(r.FirstName, r.LastName, r.FirstNameArabic, r.LastNameArabic) : "",
            r.Status, Money.ToDirhams(r.RequestedCentimes), r.ApprovedCentimes is { } approved ? Money.ToDirhams(approved) : null,
            r.DecideBy, IsOverdue(r.Status, r.DecideBy, today), r.Approvals, r.SubmittedAt)).ToList();
        return TypedResults.Ok(new QueuePage(items, number, PageSize, total, counts));
    }

    /// <summary>Waiting for a decision after its deadline.</summary>
    public static System.Linq.Expressions.Expression<Func<SupportApplication, bool>> OverdueOn(DateOnly today) =>
        a => (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.EligibilityChecked || a.Status == ApplicationStatus.UnderReview)
            && a.DecideBy != null && a.DecideBy < today;

    public static bool IsOverdue(ApplicationStatus status, DateOnly? decideBy, DateOnly today) =>
        DecisionRules.Pending.Contains(status) && decideBy is { } by && by < today;

    private static TEnum? Parse<TEnum>(string? value, string field, string label, ValidationErrors errors, IStringLocalizer<SharedResource> text) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors.Add(field, text["FieldNotAllowed", text[label]]);
        return null;
    }
}
