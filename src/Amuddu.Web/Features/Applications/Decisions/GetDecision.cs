using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

public sealed record ApprovalResponse(Guid ApproverId, string Approver, DateTimeOffset At, string? Comment);

/// <summary>
/// Where the decision on an application stands: the approvals so far, whether the reader may give the next
/// one (and if not, why: four eyes), and for self-employment grants the committee's verdict.
/// </summary>
public sealed record DecisionResponse(
    Guid ApplicationId, ApplicationStatus Status, long Version, ProgrammeKind Kind, AmountPolicy AmountPolicy, decimal Requested,
    bool? IsEligible, string? OverrideJustification, IReadOnlyList<ApprovalResponse> Approvals, bool MayApprove, string? WhyNotApprover,
    Guid? CommitteeMeetingId, decimal? AverageScore, int? PassMark, string? CommitteeRefusal, bool MayScore);

public static class GetDecision
{
    public static async Task<Results<Ok<DecisionResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var approvals = await (
            from a in db.ApplicationApprovals.AsNoTracking()
            join u in db.Users on a.ApproverId equals u.Id
            where a.ApplicationId == id
            orderby a.At
            select new ApprovalResponse(a.ApproverId, u.DisplayName, a.At, a.Comment)).ToListAsync(cancellationToken);
        var whyNot = await DecisionRules.WhyNotApproverAsync(db, staff, application, cancellationToken);
        var selfEmployment = programme.Kind == ProgrammeKind.SelfEmploymentGrant;
        var average = selfEmployment ? await DecisionRules.AverageScoreAsync(db, id, cancellationToken) : null;
        var committee = await DecisionRules.CommitteeRefusalAsync(db, programme, application, text, cancellationToken);
        var counsellor = await db.People.Where(p => p.Id == application.PersonId).Select(p => p.CounsellorId).SingleOrDefaultAsync(cancellationToken);
        var mayScore = selfEmployment && ScoreApplication.MayScore(staff) && counsellor != staff.UserId
            && application.Status is ApplicationStatus.EligibilityChecked or ApplicationStatus.UnderReview;
        return TypedResults.Ok(new DecisionResponse(
            application.Id, application.Status, application.Version, programme.Kind, programme.AmountPolicy, Money.ToDirhams(application.RequestedCentimes),
            application.IsEligible, application.OverrideJustification, approvals, whyNot is null, whyNot is null ? null : text[whyNot].Value,
            application.CommitteeMeetingId, average, selfEmployment ? programme.PassMark : null, committee, mayScore));
    }
}
