using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// Corrects a draft (the programme, the person and the employer stay). A blank payee account keeps the one on file,
/// which is never sent back.
/// </summary>
public static class UpdateApplication
{
    public sealed record Request(
        string? Purpose, DateOnly? StartsOn, DateOnly? EndsOn, decimal? Requested, int? Months,
        PaymentChannel? PayeeChannel, string? PayeeName, string? PayeeAccount, ContractType? ContractType, DateOnly? EmployerRegisteredOn,
        long Version)
    {
        public ApplicationTerms Terms => new(Purpose, StartsOn, EndsOn, Requested, Months, PayeeChannel, PayeeName, PayeeAccount, ContractType, EmployerRegisteredOn);
    }

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
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

        var failure = await UpdateAsync(application, request.Terms, request.Version, db, staff, protector, audit, clock, text, cancellationToken);
        return failure is null ? TypedResults.Ok(ApplicationResponse.From(application)) : Applying.Fail<Ok<ApplicationResponse>>(failure);
    }

    /// <summary>The correction itself, for the counsellor's and the employer's endpoints; null when saved.</summary>
    public static async Task<IResult?> UpdateAsync(SupportApplication application, ApplicationTerms terms, long version, AmudduDbContext db,
        ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (application.Status != ApplicationStatus.Draft)
        {
            return Applying.NotDraft(application.Status, text);
        }

        if (application.Version != version)
        {
            return Applying.Stale(text);
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, application.PersonId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var programme = await Applying.ProgrammeOfAsync(db, application, cancellationToken);
        var errors = new ValidationErrors(text);
        var checkedTerms = terms.Check(errors, programme, accountRequired: application.PayeeAccountCipher is null, today, text);
        if (checkedTerms is null)
        {
            return Applying.Invalid(errors, text);
        }

        terms.ApplyTo(application, programme, checkedTerms, protector);
        audit.Add(db, ApplicationAudit.Updated, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Applying.Stale(text);
        }

        return null;
    }
}
