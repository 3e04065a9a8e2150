using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

public sealed record BusinessPlanResponse(Guid ApplicationId, string Activity, string Market, string Costs, decimal CostsAmount,
    string FinancingPlan, decimal OwnContribution, decimal ExpectedMonthlyIncome, int Members, DateTimeOffset UpdatedAt, long Version)
{
    public static BusinessPlanResponse From(BusinessPlan p) => new(p.ApplicationId, p.Activity, p.Market, p.Costs, Money.ToDirhams(p.CostsCentimes),
        p.FinancingPlan, Money.ToDirhams(p.OwnContributionCentimes), Money.ToDirhams(p.ExpectedMonthlyIncomeCentimes), p.Members, p.UpdatedAt, p.Version);
}

/// <summary>
/// The business plan of a self-employment project, written by the counsellor with the person (or the cooperative)
/// while the application is a draft. The first save creates it (version 0); later saves take its version.
/// </summary>
public static class SaveBusinessPlan
{
    public const int MaxMembers = 500;

    public sealed record Request(string? Activity, string? Market, string? Costs, decimal? CostsAmount, string? FinancingPlan,
        decimal? OwnContribution, decimal? ExpectedMonthlyIncome, int? Members, long Version);

    public static async Task<Results<Ok<BusinessPlanResponse>, NotFound>> Get(Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var plan = await ApplicationAccess.Visible(db, staff).Where(a => a.Id == id)
            .Join(db.BusinessPlans, a => a.Id, p => p.ApplicationId, (_, p) => p).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return plan is null ? TypedResults.NotFound() : TypedResults.Ok(BusinessPlanResponse.From(plan));
    }

    public static async Task<Results<Ok<BusinessPlanResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (!Applying.MayApply(staff))
        {
            return TypedResults.Forbid();
        }

        var programme = await Applying.ProgrammeOfAsync(db, application, cancellationToken);
        if (programme.Kind != ProgrammeKind.SelfEmploymentGrant)
        {
            return Conflicts.Of(text["Applying.BusinessPlanNotForProgramme", text[$"Programme.Kind.{programme.Kind}"]]);
        }

        if (application.Status != ApplicationStatus.Draft)
        {
            return Applying.NotDraft(application.Status, text);
        }

        var plan = await db.BusinessPlans.SingleOrDefaultAsync(p => p.ApplicationId == id, cancellationToken);
        if ((plan?.Version ?? 0) != request.Version)
        {
            return Applying.Stale(text);
        }

        if (!await ProcessingConsent.IsInForceAsync(db, application.PersonId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var errors = new ValidationErrors(text);
        foreach (var (field, value, label) in new[]
        {
            ("activity", request.Activity, "Applying.Plan.Activity"), ("market", request.Market, "Applying.Plan.Market"),
            ("costs", request.Costs, "Applying.Plan.Costs"), ("financingPlan", request.FinancingPlan, "Applying.Plan.FinancingPlan"),
        })
        {
            errors.Required(field, value, label).MaxLength(field, value, 2000, label);
        }

        var costs = errors.Centimes("costsAmount", request.CostsAmount, "Applying.Plan.CostsAmount");
        var own = errors.Centimes("ownContribution", request.OwnContribution, "Applying.Plan.OwnContribution", allowZero: true);
        var income = errors.Centimes("expectedMonthlyIncome", request.ExpectedMonthlyIncome, "Applying.Plan.ExpectedMonthlyIncome", allowZero: true);
        if (own > costs)
        {
            errors.Add("ownContribution", text["Applying.Plan.OwnOverCosts"]);
        }

        if (request.Members is null)
        {
            errors.Add("members", text["FieldRequired", text["Applying.Plan.Members"]]);
        }
        else if (request.Members is < 1 or > MaxMembers)
        {
            errors.Add("members", text["Applying.Plan.MembersRange", MaxMembers]);
        }

        if (!errors.IsValid)
        {
            return Applying.Invalid(errors, text);
        }

        if (plan is null)
        {
            plan = new BusinessPlan { ApplicationId = id, Activity = "", Market = "", Costs = "", FinancingPlan = "" };
            db.BusinessPlans.Add(plan);
        }

        plan.Activity = request.Activity!.Trim();
        plan.Market = request.Market!.Trim();
        plan.Costs = request.Costs!.Trim();
        plan.CostsCentimes = costs!.Value;
        plan.FinancingPlan = request.FinancingPlan!.Trim();
        plan.OwnContributionCentimes = own!.Value;
        plan.ExpectedMonthlyIncomeCentimes = income!.Value;
        plan.Members = request.Members!.Value;
        audit.Add(db, ApplicationAudit.Updated, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}: business plan");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DbUpdateException)
        {
            // Two first saves at once meet on the plan's key: the later one is as stale as an old version.
            return Applying.Stale(text);
        }

        return TypedResults.Ok(BusinessPlanResponse.From(plan));
    }
}
