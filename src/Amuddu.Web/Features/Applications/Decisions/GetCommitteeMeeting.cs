using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Applications;

public static class GetCommitteeMeeting
{
    public static async Task<Results<Ok<CommitteeMeetingResponse>, NotFound>> Handle(Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var meeting = await db.CommitteeMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.OrganisationId == staff.OrganisationId, cancellationToken);
        return meeting is null ? TypedResults.NotFound() : TypedResults.Ok(await ResponseAsync(db, meeting, cancellationToken));
    }

    public static async Task<CommitteeMeetingResponse> ResponseAsync(AmudduDbContext db, CommitteeMeeting meeting, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == meeting.ProgrammeId).Select(p => p.Name).SingleAsync(cancellationToken);
        var members = await db.Users.AsNoTracking().Where(u => meeting.MemberIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var applications = await db.Applications.AsNoTracking().Where(a => a.CommitteeMeetingId == meeting.Id).OrderBy(a => a.Reference)
            .Select(a => new CommitteeApplicationResponse(a.Id, a.Reference, a.Status, a.DecisionConditions)).ToListAsync(cancellationToken);
        return new CommitteeMeetingResponse(meeting.Id, meeting.ProgrammeId, programme, meeting.HeldOn, meeting.Place,
            [.. meeting.MemberIds.Select(m => new CommitteeMemberResponse(m, members.GetValueOrDefault(m, "")))],
            meeting.ExternalMembers, meeting.Minutes, applications, meeting.Version);
    }
}
