using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.FollowUp;

public static class FollowUpAudit
{
    public const string NoteRecorded = "note.recorded";
    public const string NoteCorrected = "note.corrected";

    /// <summary>Someone allowed read the text of one or more restricted notes (the ids are in the detail, never the text).</summary>
    public const string RestrictedNotesViewed = "note.restricted-viewed";
    public const string VulnerabilitiesViewed = "vulnerabilities.viewed";
    public const string VulnerabilitiesUpdated = "vulnerabilities.updated";
}

public static class FollowUpApi
{
    public static RouteGroupBuilder MapFollowUpApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}").WithTags("Follow-up").RequireAuthorization(Policies.PeopleFiles);
        group.MapGet("/notes", ListNotes.Handle)
            .WithSummary("Contact notes, latest first; a restricted note's text only for employment counsellors (each such read is audited).");
        group.MapPost("/notes", RecordNote.Handle);
        group.MapPut("/notes/{noteId:guid}", CorrectNote.Handle).WithSummary("Only the note's author corrects it (403 otherwise); 409 when stale.");
        group.MapGet("/vulnerabilities", GetVulnerabilities.Handle).RequireAuthorization(Policies.SensitiveNotes)
            .WithSummary("Vulnerabilities and health; employment counsellors only (403 for other roles); every read audited.");
        group.MapPut("/vulnerabilities", UpdateVulnerabilities.Handle).RequireAuthorization(Policies.SensitiveNotes);
        return api;
    }

    /// <summary>403 for a role that may not touch restricted content; the page hides it, the API says why.</summary>
    public static ProblemHttpResult Forbidden(IStringLocalizer text, string title) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: text[title]);
}
