using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// <c>/api/v1/training</c>, the part on tests, satisfaction, certificates and the funder's export. The coordinators
/// (and administrators) of the organisation running a cycle write its tests, read its gains, questionnaires and
/// exports and issue its certificates; the staff enrolled in it take the tests and answer the questionnaires. The
/// public verification of a certificate is the page /verify (see <see cref="TestPages"/>).
/// </summary>
public static class TestsApi
{
    public static IServiceCollection AddTrainingTests(this IServiceCollection services) =>
        services.AddScoped<IPostTestScores, AttemptPostTestScores>();

    public static RouteGroupBuilder MapTrainingTestsApi(this RouteGroupBuilder api)
    {
        var training = api.MapGroup("/training").WithTags("Training: tests, satisfaction, certificates").RequireAuthorization(Policies.Staff);
        var coordinators = training.MapGroup("").RequireAuthorization(p => p.RequireRole(TestAccess.CoordinatorRoles));

        coordinators.MapGet("/modules/{moduleId:guid}/tests/{test}", TestGet.Handle)
            .WithSummary("A module's pre-test or post-test (test: Pre or Post) with its right answers.");
        coordinators.MapPost("/modules/{moduleId:guid}/tests/{test}/questions", TestAddQuestion.Handle)
            .WithSummary("Add a question (SingleChoice, MultipleChoice, TrueFalse) in fr (ar, en) with its choices; at least one right answer, one only for single choice and true/false, exactly two choices for true/false.");
        coordinators.MapDelete("/modules/{moduleId:guid}/tests/{test}/questions/{questionId:guid}", TestRemoveQuestion.Handle);
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

        training.MapGet("/modules/{moduleId:guid}/tests/{test}/paper", TestPaperGet.Handle)
            .WithSummary("A participant's view of a test: the questions in their language, without the answers.");
        training.MapPost("/modules/{moduleId:guid}/tests/{test}/attempts", TestSubmit.Handle)
            .WithSummary("Hand in a test; scored at once. The pre-test once; the post-test as often as needed, the best counts.");
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
