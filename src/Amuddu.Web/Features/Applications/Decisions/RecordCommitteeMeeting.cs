using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

public sealed record CommitteeMemberResponse(Guid Id, string Name);

public sealed record CommitteeApplicationResponse(Guid Id, string Reference, ApplicationStatus Status, string? Conditions);

public sealed record CommitteeMeetingResponse(
    Guid Id, Guid ProgrammeId, string Programme, DateOnly HeldOn, string Place, IReadOnlyList<CommitteeMemberResponse> Members,
    string? ExternalMembers, string Minutes, IReadOnlyList<CommitteeApplicationResponse> Applications, long Version);

/// <summary>
/// The record of a self-employment committee's meeting: who sat, the minutes, and the applications it examined
/// with the conditions it set. Linking an application is what lets the officers approve it afterwards.
/// </summary>
public static class RecordCommitteeMeeting
{
    public sealed record Examined(Guid? ApplicationId, string? Conditions);

    public sealed record Request(
        Guid? ProgrammeId, DateOnly? HeldOn, string? Place, IReadOnlyList<Guid>? MemberIds, string? ExternalMembers, string? Minutes,
        IReadOnlyList<Examined>? Applications);

    public static async Task<Results<Created<CommitteeMeetingResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var errors = new ValidationErrors(text)
            .Required("place", request.Place, "Decisions.Place")
            .MaxLength("place", request.Place, 200, "Decisions.Place")
            .MaxLength("externalMembers", request.ExternalMembers, 1000, "Decisions.ExternalMembers")
            .Required("minutes", request.Minutes, "Decisions.Minutes")
            .MaxLength("minutes", request.Minutes, 8000, "Decisions.Minutes");

        Programme? programme = null;
        if (request.ProgrammeId is not { } programmeId)
        {
            errors.Add("programmeId", text["FieldRequired", text["Decisions.Programme"]]);
        }
        else
        {
            programme = await db.Programmes.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Id == programmeId && p.OrganisationId == staff.OrganisationId && p.Kind == ProgrammeKind.SelfEmploymentGrant, cancellationToken);
            if (programme is null)
            {
                errors.Add("programmeId", text["FieldNotAllowed", text["Decisions.Programme"]]);
            }
        }

        if (request.HeldOn is not { } heldOn)
        {
            errors.Add("heldOn", text["FieldRequired", text["Decisions.HeldOn"]]);
        }
        else if (heldOn > today || heldOn < today.AddYears(-1))
        {
            errors.Add("heldOn", text["Decisions.HeldOnInvalid"]);
        }

        var memberIds = request.MemberIds ?? [];
        if (memberIds.Count == 0)
        {
            errors.Add("memberIds", text["FieldRequired", text["Decisions.Members"]]);
        }

        var staffIds = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id) && u.OrganisationId == staff.OrganisationId)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < memberIds.Count; i++)
        {
            if (!staffIds.Contains(memberIds[i]) || memberIds.Take(i).Contains(memberIds[i]))
            {
                errors.Add($"memberIds[{i}]", text["FieldNotAllowed", text["Decisions.Members"]]);
            }
        }

        var examined = request.Applications ?? [];
        if (examined.Count == 0)
        {
            errors.Add("applications", text["FieldRequired", text["Decisions.Applications"]]);
        }

        var ids = examined.Where(e => e.ApplicationId is not null).Select(e => e.ApplicationId!.Value).ToList();
        var applications = await ApplicationAccess.Visible(db, staff).Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        for (var i = 0; i < examined.Count; i++)
        {
            var field = $"applications[{i}].applicationId";
            var application = applications.SingleOrDefault(a => a.Id == examined[i].ApplicationId);
            if (application is null || application.ProgrammeId != request.ProgrammeId || examined.Take(i).Any(e => e.ApplicationId == application.Id))
            {
                errors.Add(field, text["FieldNotAllowed", text["Decisions.Application"]]);
            }
            else if (application.Status is not (ApplicationStatus.EligibilityChecked or ApplicationStatus.UnderReview))
            {
                errors.Add(field, text["Decisions.CommitteeApplicationDecided", application.Reference, text[$"Application.Status.{application.Status}"]]);
            }

            errors.MaxLength($"applications[{i}].conditions", examined[i].Conditions, DecisionRules.TextMaxLength, "Decisions.Conditions");
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var meeting = new CommitteeMeeting
        {
            ProgrammeId = programme!.Id,
            OrganisationId = programme.OrganisationId,
            HeldOn = request.HeldOn!.Value,
            Place = request.Place!.Trim(),
            MemberIds = [.. memberIds],
            ExternalMembers = FreeText.Clean(request.ExternalMembers),
            Minutes = request.Minutes!.Trim(),
        };
        db.CommitteeMeetings.Add(meeting);
        foreach (var e in examined)
        {
            var application = applications.Single(a => a.Id == e.ApplicationId);
            application.CommitteeMeetingId = meeting.Id;
            if (FreeText.Clean(e.Conditions) is { } conditions)
            {
                application.DecisionConditions = conditions;
            }
        }

        audit.Add(db, ApplicationAudit.CommitteeMeetingRecorded, staff.UserId, staff.OrganisationId, ApplicationAudit.ProgrammeSubject(programme.Id),
            $"meeting {meeting.Id}: {applications.Count}");
        foreach (var application in applications)
        {
            audit.Add(db, ApplicationAudit.Updated, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
                $"application {application.Id}: committee meeting {meeting.Id}");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Created($"/api/v1/applications/committee-meetings/{meeting.Id}",
            await GetCommitteeMeeting.ResponseAsync(db, meeting, cancellationToken));
    }
}
