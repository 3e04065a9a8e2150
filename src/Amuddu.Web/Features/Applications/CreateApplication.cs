using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// A counsellor drafts an application for a person to one of their organisation's open programmes; for a hiring
/// incentive the counsellor names the employer. The draft is checked like any application (<see cref="ApplicationTerms"/>).
/// </summary>
public static class CreateApplication
{
    public sealed record Request(
        Guid? PersonId, Guid? ProgrammeId, string? Purpose, DateOnly? StartsOn, DateOnly? EndsOn, decimal? Requested, int? Months,
        PaymentChannel? PayeeChannel, string? PayeeName, string? PayeeAccount,
        Guid? EmployerOrganisationId, ContractType? ContractType, DateOnly? EmployerRegisteredOn)
    {
        public ApplicationTerms Terms => new(Purpose, StartsOn, EndsOn, Requested, Months, PayeeChannel, PayeeName, PayeeAccount, ContractType, EmployerRegisteredOn);
    }

    public static async Task<Results<Created<ApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Handle(
        Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (!Applying.MayApply(staff))
        {
            return TypedResults.Forbid();
        }

        if (request.PersonId is null)
        {
            return Applying.Invalid("personId", text["FieldRequired", text["Applying.Person"]], text);
        }

        var person = await GetPerson.FindAsync(db, staff, request.PersonId.Value, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (person.IsClosed)
        {
            return ClosedFile.Refused(person, text);
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, person.Id, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var errors = new ValidationErrors(text);
        var programme = request.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId && p.OrganisationId == person.OrganisationId, cancellationToken)
            : null;
        if (!CheckProgramme(errors, request.ProgrammeId, programme, text))
        {
            return Applying.Invalid(errors, text);
        }

        var terms = request.Terms.Check(errors, programme!, accountRequired: true, today, text);
        Guid? employerId = null;
        if (programme!.Kind == ProgrammeKind.HiringIncentive)
        {
            employerId = request.EmployerOrganisationId;
            if (employerId is null)
            {
                errors.Add("employerOrganisationId", text["FieldRequired", text["Applying.Employer"]]);
            }
            else if (!await db.Organisations.AnyAsync(o => o.Id == employerId && o.Kind == OrganisationKind.Employer && o.IsActive, cancellationToken))
            {
                errors.Add("employerOrganisationId", text["FieldNotAllowed", text["Applying.Employer"]]);
            }
        }

        if (!errors.IsValid || terms is null)
        {
            return Applying.Invalid(errors, text);
        }

        var application = await SaveNewAsync(person, programme, request.Terms, terms, employerId, db, staff, protector, audit, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{application.Id}", ApplicationResponse.From(application));
    }

    /// <summary>Names <c>programmeId</c> when it is missing, unknown to the applicant, or not open; true when it may be applied to.</summary>
    public static bool CheckProgramme(ValidationErrors errors, Guid? programmeId, Programme? programme, IStringLocalizer text)
    {
        if (programmeId is null)
        {
            errors.Add("programmeId", text["FieldRequired", text["Applying.Programme"]]);
        }
        else if (programme is null)
        {
            errors.Add("programmeId", text["FieldNotAllowed", text["Applying.Programme"]]);
        }
        else if (programme.Status != ProgrammeStatus.Open)
        {
            errors.Add("programmeId", text["Applying.ProgrammeNotOpen", text[$"Programme.Status.{programme.Status}"]]);
        }

        return errors.IsValid;
    }

    /// <summary>Writes the checked draft, its first history line and the audit entry (the subject is the person).</summary>
    public static async Task<SupportApplication> SaveNewAsync(Person person, Programme programme, ApplicationTerms request,
        ApplicationTerms.Checked terms, Guid? employerOrganisationId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector,
        AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var application = new SupportApplication
        {
            Id = id,
            Reference = ApplicationAccess.NewReference(id),
            ProgrammeId = programme.Id,
            OrganisationId = programme.OrganisationId,
            PersonId = person.Id,
            EmployerOrganisationId = employerOrganisationId,
            Status = ApplicationStatus.Draft,
            Purpose = "",
            RegionCode = person.RegionCode,
        };
        request.ApplyTo(application, programme, terms, protector);
        var now = clock.GetUtcNow();
        db.Applications.Add(application);
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.StatusChanged, status: ApplicationStatus.Draft));
        audit.Add(db, ApplicationAudit.Created, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(person.Id),
            $"application {application.Id}: {programme.Code}, {programme.Kind}");
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
