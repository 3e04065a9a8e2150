using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// What the applicant's use cases share, whether a counsellor or an employer applies: who may write, the
/// refusals, and the shape of their answers (a success, or the failure a shared step returned).
/// </summary>
public static class Applying
{
    /// <summary>Counsellors apply for the people they follow; officers read the same applications but do not write them.</summary>
    public static bool MayApply(ICurrentStaff staff) => Policies.PeopleFileRoles.Any(staff.IsInRole);

    /// <summary>The applicant changes an application only while it is a draft: after that, it is in the officers' hands.</summary>
    public static ProblemHttpResult NotDraft(ApplicationStatus status, IStringLocalizer text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.ApplicationTransitionRefused,
            title: text["Applying.NotDraft", text[$"Application.Status.{status}"]]);

    public static ProblemHttpResult Stale(IStringLocalizer text) => Conflicts.Of(text["Applying.Stale"]);

    public static ValidationProblem Invalid(ValidationErrors errors, IStringLocalizer text) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);

    public static ValidationProblem Invalid(string field, string message, IStringLocalizer text) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: text["ValidationTitle"]);

    /// <summary>The failure a shared step returned, as the endpoint's answer.</summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult> Fail<TOk>(IResult failure) where TOk : IResult =>
        failure switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            NotFound notFound => notFound,
            ForbidHttpResult forbid => forbid,
            _ => throw new InvalidOperationException($"Not a failure: {failure.GetType().Name}."),
        };

    public static Task<Programme> ProgrammeOfAsync(AmudduDbContext db, SupportApplication application, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking().SingleAsync(p => p.Id == application.ProgrammeId, cancellationToken);

    /// <summary>
    /// The programme's required documents the application does not carry yet. A business plan is carried by its
    /// form as well as by an uploaded document.
    /// </summary>
    public static List<ApplicationDocumentKind> MissingDocuments(Programme programme, IEnumerable<ApplicationDocumentKind> present, bool hasBusinessPlan)
    {
        var carried = present.ToHashSet();
        if (hasBusinessPlan)
        {
            carried.Add(ApplicationDocumentKind.BusinessPlan);
        }

        return programme.RequiredDocuments.Distinct().Where(k => !carried.Contains(k)).ToList();
    }

    public static async Task<List<ApplicationDocumentKind>> MissingDocumentsAsync(AmudduDbContext db, SupportApplication application, Programme programme,
        CancellationToken cancellationToken)
    {
        var present = await db.ApplicationDocuments.Where(d => d.ApplicationId == application.Id && d.TrancheId == null)
            .Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);
        var hasPlan = await db.BusinessPlans.AnyAsync(p => p.ApplicationId == application.Id, cancellationToken);
        return MissingDocuments(programme, present, hasPlan);
    }
}
