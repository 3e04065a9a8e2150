using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.People;

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People").RequireAuthorization(Policies.PeopleFiles);
        group.MapGet("/", SearchPeople.Handle).WithSummary("Find people by file number, phone or name (either script, any common spelling).");
        group.MapPost("/", RegisterPerson.Handle).WithSummary("Register a person; 409 lists likely people already on file until each is answered in notDuplicateOf.");
        group.MapPost("/duplicate-check", CheckDuplicates.Handle).WithSummary("Who already on file might this registration be?");
        group.MapGet("/{id:guid}", GetPerson.Handle);
        group.MapPut("/{id:guid}", UpdatePerson.Handle);
        group.MapGet("/{personId:guid}/consents", Consents.ListConsents.Handle).WithTags("Consents");
        group.MapPost("/{personId:guid}/consents", Consents.RecordConsent.Handle).WithTags("Consents");
        group.MapPost("/{personId:guid}/consents/{consentId:guid}/withdraw", Consents.WithdrawConsent.Handle).WithTags("Consents");
        group.MapGet("/{personId:guid}/documents", Documents.ListDocuments.Handle).WithTags("Documents")
            .WithSummary("Documents with their numbers, and the legal status and right to work they give today.");
        group.MapPost("/{personId:guid}/documents", Documents.AddDocument.Handle).WithTags("Documents");
        group.MapPut("/{personId:guid}/documents/{documentId:guid}/scan", Documents.UploadScan.Handle).WithTags("Documents")
            .WithSummary("The scan as the request body: PDF, JPEG or PNG, at most 5 MB, checked by content.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Documents.UploadScan.MaxBytes + 1024));
        group.MapGet("/{personId:guid}/documents/{documentId:guid}/scan", Documents.DownloadScan.Handle).WithTags("Documents");
        return api;
    }
}
