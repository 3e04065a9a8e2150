using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>What the decision use cases share: four eyes, the amount a grant commits, the committee's verdict.</summary>
public static class DecisionRules
{
    public const int JustificationMinLength = 20;
    public const int TextMaxLength = 2000;

    /// <summary>Statuses still waiting for a decision; only these can be overdue.</summary>
    public static readonly ApplicationStatus[] Pending =
        [ApplicationStatus.Submitted, ApplicationStatus.EligibilityChecked, ApplicationStatus.UnderReview];

    /// <summary>409: the application changed since the officer read it.</summary>
    /// <summary>
    /// Why this staff member may not approve the application (the text key), or null when they may. The
    /// organisation was checked when the application was found.
    /// </summary>
    public static async Task<string?> WhyNotApproverAsync(AmudduDbContext db, ICurrentStaff staff, SupportApplication application, CancellationToken cancellationToken)
    {
        if (!staff.IsInRole(Roles.ProgrammeOfficer) || staff.OrganisationId != application.OrganisationId)
        {
            return "Decisions.FourEyes.NotOfficer";
        }

        var counsellor = await db.People.Where(p => p.Id == application.PersonId).Select(p => p.CounsellorId).SingleOrDefaultAsync(cancellationToken);
        if (counsellor is not null && counsellor == staff.UserId)
        {
            return "Decisions.FourEyes.Counsellor";
        }

        if (application.CreatedBy is not null && application.CreatedBy == staff.UserId)
        {
            return "Decisions.FourEyes.Creator";
        }

        var approved = await db.ApplicationApprovals.AnyAsync(a => a.ApplicationId == application.Id && a.ApproverId == staff.UserId, cancellationToken);
        return approved ? "Decisions.FourEyes.AlreadyApproved" : null;
    }

    public static ProblemHttpResult FourEyes(string reason, IStringLocalizer<SharedResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.FourEyes, title: text[reason]);

    /// <summary>The whole amount an approval commits: the programme's amount, the amount granted (ceiling), or a month's amount × months.</summary>
    public static long WholeAmount(Programme programme, SupportApplication application, long? granted) => programme.AmountPolicy switch
    {
        AmountPolicy.Fixed => programme.AmountCentimes,
        AmountPolicy.Ceiling => granted ?? application.RequestedCentimes,
        AmountPolicy.Monthly => application.RequestedCentimes * (application.Months ?? 1),
    };

    /// <summary>The committee members' average total, or null before anyone scored.</summary>
    public static async Task<decimal?> AverageScoreAsync(AmudduDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var totals = await db.CommitteeScores.Where(s => s.ApplicationId == applicationId).Select(s => s.Total).ToListAsync(cancellationToken);
        return totals.Count == 0 ? null : Math.Round((decimal)totals.Sum() / totals.Count, 2);
    }

    /// <summary>Self-employment grants: why the committee's verdict does not allow an approval yet (the text), or null.</summary>
    public static async Task<string?> CommitteeRefusalAsync(AmudduDbContext db, Programme programme, SupportApplication application,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (programme.Kind != ProgrammeKind.SelfEmploymentGrant)
        {
            return null;
        }

        if (application.CommitteeMeetingId is null)
        {
            return text["Decisions.NoCommitteeMeeting"].Value;
        }

        var average = await AverageScoreAsync(db, application.Id, cancellationToken);
        if (average is null)
        {
            return text["Decisions.NoCommitteeScores"].Value;
        }

        var passMark = programme.PassMark ?? 0;
        return average < passMark ? text["Decisions.BelowPassMark", average.Value.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture), passMark].Value : null;
    }
}
