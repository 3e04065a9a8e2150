using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Exchanges;

public sealed record CommitmentInput(Guid? PracticeId, Guid? SiteId, Guid? OwnerId, DateOnly? AdoptBy, ServiceIndicator? Indicator);

/// <summary>"Adopt practice X in agency Y by date", with its owner; its follow-ups at 3 and 6 months are scheduled with it.</summary>
public static class RecordCommitment
{
    public static async Task<Results<Created<CommitmentResponse>, ValidationProblem>> Handle(
        CommitmentInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var own = staff.OrganisationId!.Value;
        var today = SiteTime.Today(clock);
        var errors = new ValidationErrors(text);
        if (request.PracticeId is not { } practiceId)
        {
            errors.Add("practiceId", text["FieldRequired", text["Exchanges.Practice"]]);
        }
        else if (!await db.Practices.AnyAsync(p => p.Id == practiceId && p.OrganisationId == own, cancellationToken))
        {
            errors.Add("practiceId", text["FieldNotAllowed", text["Exchanges.Practice"]]);
        }

        if (request.SiteId is not { } siteId)
        {
            errors.Add("siteId", text["FieldRequired", text["Site"]]);
        }
        else if (!await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganisationId == own, cancellationToken))
        {
            errors.Add("siteId", text["FieldNotAllowed", text["Site"]]);
        }

        if (request.OwnerId is not { } ownerId)
        {
            errors.Add("ownerId", text["FieldRequired", text["Exchanges.Owner"]]);
        }
        else if (!await db.Users.AnyAsync(u => u.Id == ownerId && u.OrganisationId == own && u.IsActive, cancellationToken))
        {
            errors.Add("ownerId", text["FieldNotAllowed", text["Exchanges.Owner"]]);
        }

        if (request.AdoptBy is not { } adoptBy)
        {
            errors.Add("adoptBy", text["FieldRequired", text["Exchanges.AdoptBy"]]);
        }
        else if (adoptBy <= today || adoptBy > today.AddYears(3))
        {
            errors.Add("adoptBy", text["Exchanges.AdoptByInvalid"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var commitment = New(own, request.PracticeId!.Value, request.SiteId!.Value, request.OwnerId!.Value, today, request.AdoptBy!.Value);
        commitment.Indicator = request.Indicator;
        db.Commitments.Add(commitment);
        audit.Add(db, ExchangesAudit.CommitmentRecorded, staff.UserId, own, ExchangesAudit.Commitment(commitment.Id), $"practice {commitment.PracticeId}");
        await db.SaveChangesAsync(cancellationToken);
        var response = (await ListCommitments.LoadAsync(db, staff, db.Commitments.Where(c => c.Id == commitment.Id), cancellationToken)).Single();
        return TypedResults.Created($"/api/v1/exchanges/commitments/{commitment.Id}", response);
    }

    /// <summary>A pending commitment with its follow-ups due 3 and 6 months after it was made.</summary>
    public static Commitment New(Guid organisationId, Guid practiceId, Guid siteId, Guid ownerId, DateOnly committedOn, DateOnly adoptBy)
    {
        var commitment = new Commitment
        {
            OrganisationId = organisationId, PracticeId = practiceId, SiteId = siteId, OwnerId = ownerId, CommittedOn = committedOn, AdoptBy = adoptBy,
            Status = CommitmentStatus.Pending,
        };
        commitment.FollowUps.AddRange(Commitment.FollowUpMonths.Select(m => new CommitmentFollowUp
        {
            CommitmentId = commitment.Id, AfterMonths = m, DueOn = committedOn.AddMonths(m),
        }));
        return commitment;
    }
}
