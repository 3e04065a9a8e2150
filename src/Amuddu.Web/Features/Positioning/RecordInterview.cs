using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Positioning;

/// <summary>
/// Records the assessment interview, or changes it (with the version read; 409 when someone saved
/// in between). The first recording moves the person from received to positioned.
/// </summary>
public static class RecordInterview
{
    public sealed record Request(
        DateOnly? InterviewedOn, Guid? CounsellorId, EducationLevel? EducationLevel, IReadOnlyList<PersonConstraints>? Constraints,
        string? ConstraintNote, Availability? Availability, DateOnly? AvailableFrom, string? Strengths, long? Version = null);

    public sealed record Response(
        DateOnly InterviewedOn, Guid? CounsellorId, EducationLevel EducationLevel, IReadOnlyList<PersonConstraints> Constraints,
        string? ConstraintNote, Availability Availability, DateOnly? AvailableFrom, string? Strengths, long Version,
        bool ConstraintNoteRestricted)
    {
        /// <summary>The health and constraint note is shown only to the roles that read sensitive notes; others learn that one exists.</summary>
        public static Response From(PositioningRecord record, FieldProtector protector, bool seesNote) => new(
            record.InterviewedOn, record.CounsellorId, record.EducationLevel, ConstraintList(record.Constraints),
            seesNote && record.ConstraintNoteCipher is { } cipher ? protector.UnprotectText(cipher) : null,
            record.Availability, record.AvailableFrom, record.Strengths, record.Version,
            !seesNote && record.ConstraintNoteCipher is not null);
    }

    public static IReadOnlyList<PersonConstraints> ConstraintList(PersonConstraints constraints) =>
        [.. Enum.GetValues<PersonConstraints>().Where(c => c != PersonConstraints.None && constraints.HasFlag(c))];

    public static async Task<Results<Ok<Response>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
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
        check.PastDate("interviewedOn", request.InterviewedOn, "Positioning.InterviewedOn", maxYearsAgo: 20);
        if (request.CounsellorId is { } counsellor
            && !await db.Users.AnyAsync(u => u.Id == counsellor && u.OrganisationId == staff.OrganisationId, cancellationToken))
        {
            check.Errors.Add("counsellorId", text["FieldNotAllowed", text["Counsellor"]]);
        }

        check.Choice("educationLevel", request.EducationLevel, "Positioning.EducationLevel");
        if (request.Constraints?.Any(c => c == PersonConstraints.None || !Enum.IsDefined(c)) == true)
        {
            check.Errors.Add("constraints", text["FieldNotAllowed", text["Positioning.Constraints"]]);
        }

        check.MaxLength("constraintNote", request.ConstraintNote, 2000, "Positioning.ConstraintNote");
        // Who cannot read the note cannot write it either; sending none keeps the one on file.
        var seesNote = Policies.SeesSensitiveNotes(staff);
        if (!seesNote && !string.IsNullOrWhiteSpace(request.ConstraintNote))
        {
            check.Errors.Add("constraintNote", text["Positioning.ConstraintNoteRestricted"]);
        }
        check.Choice("availability", request.Availability, "Positioning.Availability");
        if (request.AvailableFrom is { } from && (from < check.Today.AddYears(-20) || from > check.Today.AddYears(2)))
        {
            check.Errors.Add("availableFrom", text["Positioning.AvailableFromOutOfRange"]);
        }

        check.MaxLength("strengths", request.Strengths, 1000, "Positioning.Strengths");
        if (!check.Errors.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var record = await db.PositioningRecords.SingleOrDefaultAsync(r => r.PersonId == personId, cancellationToken);
        var first = record is null;
        if (record is null)
        {
            record = new PositioningRecord { PersonId = personId, OrganisationId = person.OrganisationId };
            db.PositioningRecords.Add(record);
        }
        else if (record.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }
        else
        {
            db.Entry(record).Property(r => r.Version).OriginalValue = request.Version!.Value;
        }

        record.InterviewedOn = request.InterviewedOn!.Value;
        record.CounsellorId = request.CounsellorId ?? staff.UserId;
        record.EducationLevel = request.EducationLevel!.Value;
        record.Constraints = request.Constraints?.Aggregate(PersonConstraints.None, (all, c) => all | c) ?? PersonConstraints.None;
        if (seesNote)
        {
            record.ConstraintNoteCipher = FreeText.Clean(request.ConstraintNote) is { } note ? protector.ProtectText(note) : null;
        }
        record.Availability = request.Availability!.Value;
        record.AvailableFrom = request.AvailableFrom;
        record.Strengths = FreeText.Clean(request.Strengths);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        audit.Add(db, first ? PositioningAudit.Recorded : PositioningAudit.Updated, staff.UserId, staff.OrganisationId,
            PeopleAudit.Subject(personId));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A stale version, or two first recordings at once (the second meets the unique person index).
            return Conflicts.Of(text["EditedByOther"]);
        }

        // Only forward, and without touching the person's version: an edit of the identity open elsewhere stays valid.
        await db.People.Where(p => p.Id == personId && p.Stage == PathwayStage.Received)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stage, PathwayStage.Positioned), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await MatchProfiles.RefreshAsync(db, personId, clock, cancellationToken);

        return TypedResults.Ok(Response.From(record, protector, seesNote));
    }
}
