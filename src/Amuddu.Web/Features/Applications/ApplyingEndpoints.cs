using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;

namespace Amuddu.Web.Features.Applications;

/// <summary>The applicant's side: counsellors for the people they follow, employers for their hires.</summary>
public static class ApplyingEndpoints
{
    private static readonly RequestSizeLimitAttribute UploadLimit = new(ApplicationDocuments.MaxBytes + 64 * 1024);

    public static RouteGroupBuilder MapApplyingEndpoints(this RouteGroupBuilder applications)
    {
        applications.MapPost("/", CreateApplication.Handle)
            .WithSummary("Draft an application for a person to an open programme of their organisation (counsellors).");
        applications.MapGet("/people/{personId:guid}", GetApplication.OfPerson).WithSummary("A person's applications, newest first.");
        applications.MapGet("/{id:guid}", GetApplication.Handle).WithSummary("One application (audited read).");
        applications.MapGet("/{id:guid}/history", GetApplication.History).WithSummary("The application's history, oldest first, with who made each change.");
        applications.MapPut("/{id:guid}", UpdateApplication.Handle).WithSummary("Correct a draft; a blank payeeAccount keeps the one on file.");
        applications.MapPost("/{id:guid}/withdraw", WithdrawApplication.Handle).WithSummary("Withdraw an application that is not decided yet.");
        applications.MapPost("/{id:guid}/submit", SubmitApplication.Handle)
            .WithSummary("Submit a complete draft (422 lists what is missing); the eligibility check runs at once.");
        applications.MapPost("/{id:guid}/eligibility", RecheckEligibility.Handle).WithSummary("Run the eligibility check again (eligibility checked only).");
        applications.MapPost("/{id:guid}/documents", ApplicationDocuments.Handle).WithMetadata(UploadLimit)
            .WithSummary("Multipart: kind, file (PDF, JPEG or PNG, at most 5 MB), trancheId for a contracted application's tranche evidence.");
        applications.MapGet("/{id:guid}/documents", ApplicationDocuments.List);
        applications.MapGet("/{id:guid}/documents/{documentId:guid}", ApplicationDocuments.Download).WithSummary("Download a document (audited).");
        applications.MapGet("/{id:guid}/business-plan", SaveBusinessPlan.Get);
        applications.MapPut("/{id:guid}/business-plan", SaveBusinessPlan.Handle)
            .WithSummary("Write the business plan of a self-employment draft: version 0 the first time, then the plan's version.");
        return applications;
    }

    public static RouteGroupBuilder MapEmployerApplyingEndpoints(this RouteGroupBuilder employer)
    {
        employer.MapGet("/applications", EmployerApplying.List).WithSummary("The employer's own applications.");
        employer.MapPost("/applications", EmployerApplying.Apply).RequireRateLimiting(RateLimits.EmployerHires)
            .WithSummary("Apply for a hire named by the file number and last name on their card.");
        employer.MapGet("/applications/{id:guid}", EmployerApplying.Get);
        employer.MapPost("/applications/{id:guid}/documents", EmployerApplying.AddDocument).WithMetadata(UploadLimit)
            .WithSummary("Multipart: kind (EmploymentContract, CompanyRegistration, Other), file.");
        employer.MapGet("/applications/{id:guid}/documents/{documentId:guid}", EmployerApplying.Download);
        employer.MapPost("/applications/{id:guid}/submit", EmployerApplying.Submit);
        employer.MapPost("/applications/{id:guid}/withdraw", EmployerApplying.Withdraw);
        return employer;
    }
}
