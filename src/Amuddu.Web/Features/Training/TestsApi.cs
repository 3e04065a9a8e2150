using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// <c>/api/v1/training</c>, the part on tests, satisfaction, certificates and the funder's export. The coordinators
/// (and administrators) of the organisation running a cycle write its tests, read its gains, questionnaires and
/// exports and issue its certificates; the staff enrolled in it take the tests and answer the questionnaires. The
/// public verification of a certificate is the page /verify (see <see cref="TestPages"/>).
/// </summary>
public static class TestsApi
{
    public static RouteGroupBuilder MapTrainingTestsApi(this RouteGroupBuilder api)
    {
        var training = api.MapGroup("/training").WithTags("Training: tests, satisfaction, certificates").RequireAuthorization(Policies.Staff);
        var coordinators = training.MapGroup("").RequireAuthorization(p => p.RequireRole(TestAccess.CoordinatorRoles));

        // One literal route per test (pre-test, post-test): every route parameter is an id.
        foreach (var (segment, test) in TestRoutes.All)
        {
            coordinators.MapGet($"/modules/{{moduleId:guid}}/{segment}",
                    (Guid moduleId, AmudduDbContext db, ICurrentStaff staff, CancellationToken ct) => TestGet.Handle(moduleId, test, db, staff, ct))
                .WithSummary($"The module's {segment} with its right answers.");
            coordinators.MapPost($"/modules/{{moduleId:guid}}/{segment}/questions",
                    (Guid moduleId, TestQuestionInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
                        CancellationToken ct) => TestAddQuestion.Handle(moduleId, test, request, db, staff, audit, text, ct))
                .WithSummary("Add a question (SingleChoice, MultipleChoice, TrueFalse) in fr (ar, en) with its choices; at least one right answer, one only for single choice and true/false, exactly two choices for true/false.");
            coordinators.MapDelete($"/modules/{{moduleId:guid}}/{segment}/questions/{{questionId:guid}}",
                (Guid moduleId, Guid questionId, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, CancellationToken ct) =>
                    TestRemoveQuestion.Handle(moduleId, test, questionId, db, staff, audit, ct));
            training.MapGet($"/modules/{{moduleId:guid}}/{segment}/paper",
                    (Guid moduleId, AmudduDbContext db, ICurrentStaff staff, CancellationToken ct) => TestPaperGet.Handle(moduleId, test, db, staff, ct))
                .WithSummary("A participant's view of the test: the questions in their language, without the answers.");
            training.MapPost($"/modules/{{moduleId:guid}}/{segment}/attempts",
                    (Guid moduleId, AttemptInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IPostTestScores scores,
                        IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                        TestSubmit.Handle(moduleId, test, request, db, staff, audit, clock, scores, text, ct))
                .WithSummary("Hand in the test; scored at once. The pre-test once; the post-test as often as needed, the best counts.");
        }

        coordinators.MapGet("/cycles/{cycleId:guid}/gains", TestGains.Handle)
            .WithSummary("Pre-test, best post-test and gain per participant and module; averages per agency with their counts.");
        coordinators.MapGet("/cycles/{cycleId:guid}/satisfaction", SatisfactionReport.Handle)
            .WithSummary("The questionnaires per session and module: count, average, distribution of 1 to 5, comments. Anonymous.");
        coordinators.MapGet("/cycles/{cycleId:guid}/certificates", CertificateList.Handle)
            .WithSummary("The enrolled participants, whether they completed the cycle, and their certificates.");
        coordinators.MapPost("/cycles/{cycleId:guid}/certificates", CertificateIssue.Handle)
            .WithSummary("Issue a certificate to every participant who completed the cycle and has none (idempotent).");
        coordinators.MapPost("/certificates/{certificateId:guid}/revoke", CertificateRevoke.Handle)
            .WithSummary("Revoke a certificate, with a reason.");
        coordinators.MapGet("/cycles/{id:guid}/export.csv", ExportCycle.CsvHandle)
            .WithSummary("The funder's export: one row per participant with attendance and scores, CSV.");
        coordinators.MapGet("/cycles/{id:guid}/export.xlsx", ExportCycle.XlsxHandle)
            .WithSummary("The funder's export as a workbook: participants, attendance, scores.");

        training.MapPost("/sessions/{sessionId:guid}/satisfaction", SatisfactionSubmit.Handle)
            .WithSummary("Answer a held session's questionnaire (rating 1 to 5, comment), once.");
        training.MapGet("/mine", MyTrainings)
            .WithSummary("The cycles the caller is enrolled in: sessions, tests to take, certificate.");
        return api;
    }

    private static async Task<Ok<List<MyTraining>>> MyTrainings(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await TestMyTrainings.LoadAsync(db, staff, cancellationToken));
}

/// <summary>What the training pages serve as files, with the browser session: the certificate and the funder's export.</summary>
public static class TestPages
{
    public static IEndpointRouteBuilder MapTrainingTestDownloads(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("/training").ExcludeFromDescription().RequireAuthorization(Policies.Staff);
        downloads.MapGet("/certificates/{id:guid}/print", CertificateDocument.PrintHandle);
        downloads.MapGet("/certificates/{id:guid}/download", CertificateDocument.DownloadHandle);
        downloads.MapGet("/cycles/{id:guid}/export.csv", ExportCycle.CsvHandle)
            .RequireAuthorization(p => p.RequireRole(TestAccess.CoordinatorRoles));
        downloads.MapGet("/cycles/{id:guid}/export.xlsx", ExportCycle.XlsxHandle)
            .RequireAuthorization(p => p.RequireRole(TestAccess.CoordinatorRoles));
        return app;
    }
}

/// <summary>The API's segment for each test: <c>/modules/{id}/pre-test</c>, <c>/modules/{id}/post-test</c>.</summary>
public static class TestRoutes
{
    public static readonly (string Segment, TestKind Test)[] All = [("pre-test", TestKind.Pre), ("post-test", TestKind.Post)];

    public static string Segment(TestKind test) => All.Single(r => r.Test == test).Segment;
}
