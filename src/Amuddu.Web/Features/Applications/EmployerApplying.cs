using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// A hiring-incentive application as its employer reads it: the job and the money, the documents still to send,
/// and the hire named only as "first name + initial" once the agency has taken the application up, never more of the person's file.
/// </summary>
public sealed record EmployerApplicationResponse(Guid Id, string Reference, Guid ProgrammeId, string ProgrammeCode, string ProgrammeName,
    ApplicationStatus Status, string Purpose, string? Hire, DateOnly StartsOn, DateOnly? EndsOn, ContractType? ContractType,
    DateOnly? EmployerRegisteredOn, decimal Requested, int? Months, decimal? Approved, string? PayeeName,
    IReadOnlyList<ApplicationDocumentKind> MissingDocuments, IReadOnlyList<ApplicationDocumentResponse> Documents,
    DateOnly? NextTrancheDueOn, decimal? NextTrancheAmount, DateOnly? DecideBy, string? DecisionNote, DateTimeOffset CreatedAt, long Version);

/// <summary>
/// The employer view: employers apply for the hiring incentives of any organisation for the people they hired,
/// naming each hire by the file number and last name on their card, and follow their own applications only.
/// The checks, the documents, the submission and the withdrawal are the counsellors' own use cases.
/// </summary>
public static class EmployerApplying
{
    public sealed record Request(Guid? ProgrammeId, string? FileNumber, string? LastName, string? Purpose, DateOnly? StartsOn, DateOnly? EndsOn,
        ContractType? ContractType, DateOnly? EmployerRegisteredOn, decimal? Requested, int? Months, string? PayeeName, string? PayeeAccount)
    {
        /// <summary>An employer is paid by bank transfer to the company's account.</summary>
        public ApplicationTerms Terms => new(Purpose, StartsOn, EndsOn, Requested, Months, PaymentChannel.BankTransfer, PayeeName, PayeeAccount,
            ContractType, EmployerRegisteredOn);
    }

    public static async Task<Results<Created<EmployerApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Apply(
        Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        var programme = request.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId && p.Kind == ProgrammeKind.HiringIncentive, cancellationToken)
            : null;
        var programmeFits = CreateApplication.CheckProgramme(errors, request.ProgrammeId, programme, text);
        errors.Required("fileNumber", request.FileNumber, "FileNumber").Required("lastName", request.LastName, "LastName");
        var today = SiteTime.Today(clock);
        var person = programmeFits && !string.IsNullOrWhiteSpace(request.FileNumber) && !string.IsNullOrWhiteSpace(request.LastName)
            ? await HireAsync(db, programme!, request.FileNumber, request.LastName, cancellationToken)
            : null;
        if (person is not null && !await ProcessingConsent.IsInForceAsync(db, person.Id, today, cancellationToken))
        {
            // Someone on file who has not consented is, to an employer, no one: a different answer would tell
            // the employer that this number and name are an agency client.
            person = null;
        }

        if (programmeFits && person is null && !string.IsNullOrWhiteSpace(request.FileNumber) && !string.IsNullOrWhiteSpace(request.LastName))
        {
            // One answer whether the number or the name is wrong, or consent is missing: an employer cannot find out who is on file by trying.
            errors.Add("fileNumber", text["Applying.HireNotFound"]);
        }

        var terms = programme is null ? null : request.Terms.Check(errors, programme, accountRequired: true, today, text);
        if (!errors.IsValid || terms is null || person is null)
        {
            return Applying.Invalid(errors, text);
        }

        var application = await CreateApplication.SaveNewAsync(person, programme!, request.Terms, terms, staff.OrganisationId, db, staff, protector,
            audit, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/employer/applications/{application.Id}",
            (await DescribeAsync(db, [application], cancellationToken)).Single());
    }

    /// <summary>The person of the programme's organisation with that file number and that last name (either script, any accents or case).</summary>
    private static async Task<Person?> HireAsync(AmudduDbContext db, Programme programme, string fileNumber, string lastName, CancellationToken cancellationToken)
    {
        var number = fileNumber.Trim().ToUpperInvariant();
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(
            p => p.FileNumber == number && p.OrganisationId == programme.OrganisationId && p.ErasedAt == null && p.MergedIntoId == null, cancellationToken);
        var typed = TextFolding.Fold(lastName);
        return person is not null && typed.Length > 0
            && (TextFolding.Fold(person.LastName) == typed || TextFolding.Fold(person.LastNameArabic) == typed)
            ? person
            : null;
    }

    public static async Task<Ok<List<EmployerApplicationResponse>>> List(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var applications = await ApplicationAccess.OfEmployer(db, staff).AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok((await DescribeAsync(db, applications, cancellationToken)).OrderByDescending(a => a.CreatedAt).ToList());
    }

    public static async Task<Results<Ok<EmployerApplicationResponse>, NotFound>> Get(Guid id, AmudduDbContext db, ICurrentStaff staff,
        CancellationToken cancellationToken) =>
        await ApplicationAccess.OfEmployer(db, staff).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } application
            ? TypedResults.Ok((await DescribeAsync(db, [application], cancellationToken)).Single())
            : TypedResults.NotFound();

    public static async Task<Results<Created<ApplicationDocumentResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> AddDocument(
        Guid id, HttpRequest request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        await FindAsync(db, staff, id, cancellationToken) is { } application
            ? await ApplicationDocuments.ReceiveAsync(application, request, ApplicationDocuments.EmployerKinds, db, staff, protector, audit, clock, text, cancellationToken)
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, Guid documentId, AmudduDbContext db, ICurrentStaff staff,
        FieldProtector protector, AuditLog audit, CancellationToken cancellationToken) =>
        await FindAsync(db, staff, id, cancellationToken) is { } application
            ? await ApplicationDocuments.DownloadAsync(application, documentId, db, staff, protector, audit, cancellationToken)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<EmployerApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Submit(
        Guid id, SubmitApplication.Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, staff, id, cancellationToken) is not { } application)
        {
            return TypedResults.NotFound();
        }

        var failure = await SubmitApplication.SubmitAsync(application, request.Version, db, staff, audit, clock, text, cancellationToken);
        return failure is null
            ? TypedResults.Ok((await DescribeAsync(db, [application], cancellationToken)).Single())
            : Applying.Fail<Ok<EmployerApplicationResponse>>(failure);
    }

    public static async Task<Results<Ok<EmployerApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Withdraw(
        Guid id, WithdrawApplication.Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, staff, id, cancellationToken) is not { } application)
        {
            return TypedResults.NotFound();
        }

        var failure = await WithdrawApplication.WithdrawAsync(application, request, db, staff, audit, clock, text, cancellationToken);
        return failure is null
            ? TypedResults.Ok((await DescribeAsync(db, [application], cancellationToken)).Single())
            : Applying.Fail<Ok<EmployerApplicationResponse>>(failure);
    }

    /// <summary>The employer's own application, tracked for a change; another employer's is "not found".</summary>
    public static Task<SupportApplication?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        ApplicationAccess.OfEmployer(db, staff).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The employer's reading of <paramref name="applications"/>, with a handful of queries whatever their number.</summary>
    public static async Task<List<EmployerApplicationResponse>> DescribeAsync(AmudduDbContext db, IReadOnlyCollection<SupportApplication> applications,
        CancellationToken cancellationToken)
    {
        var ids = applications.Select(a => a.Id).ToList();
        var programmeIds = applications.Select(a => a.ProgrammeId).Distinct().ToList();
        var personIds = applications.Select(a => a.PersonId).Distinct().ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var hires = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic })
            .ToDictionaryAsync(p => p.Id, p => HireName(p.FirstName ?? p.FirstNameArabic, p.LastName ?? p.LastNameArabic), cancellationToken);
        var documents = (await db.ApplicationDocuments.AsNoTracking().Where(d => ids.Contains(d.ApplicationId)).ToListAsync(cancellationToken))
            .ToLookup(d => d.ApplicationId);
        var tranches = (await db.Tranches.AsNoTracking()
                .Where(t => ids.Contains(t.ApplicationId) && (t.Status == TrancheStatus.Planned || t.Status == TrancheStatus.Due))
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.ApplicationId);
        return applications.Select(a =>
        {
            var programme = programmes[a.ProgrammeId];
            var carried = documents[a.Id].OrderBy(d => d.UploadedAt).ToList();
            var next = tranches[a.Id].OrderBy(t => t.DueOn).ThenBy(t => t.Number).FirstOrDefault();
            return new EmployerApplicationResponse(a.Id, a.Reference, a.ProgrammeId, programme.Code, programme.Name, a.Status, a.Purpose,
                HireConfirmed(a.Status) ? hires.GetValueOrDefault(a.PersonId, "—") : null, a.StartsOn, a.EndsOn, a.ContractType, a.EmployerRegisteredOn,
                Money.ToDirhams(a.RequestedCentimes), a.Months, a.ApprovedCentimes is { } approved ? Money.ToDirhams(approved) : null, a.PayeeName,
                Applying.MissingDocuments(programme, carried.Where(d => d.TrancheId is null).Select(d => d.Kind), hasBusinessPlan: false),
                carried.Select(ApplicationDocumentResponse.From).ToList(),
                next?.DueOn, next is null ? null : Money.ToDirhams(next.AmountCentimes), a.DecideBy, a.DecisionNote, a.CreatedAt, a.Version);
        }).ToList();
    }

    /// <summary>
    /// Whether the agency has taken the application up (a reviewer has it, or it is decided for the hire): only then
    /// does the employer read the hire's name (null until then), so that applying with a number and a surname found
    /// on a card does not answer with the first name of whoever it is.
    /// </summary>
    public static bool HireConfirmed(ApplicationStatus status) => status switch
    {
        ApplicationStatus.UnderReview or ApplicationStatus.Approved or ApplicationStatus.Contracted or ApplicationStatus.InPayment
            or ApplicationStatus.Completed or ApplicationStatus.Cancelled => true,
        ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.EligibilityChecked or ApplicationStatus.Rejected
            or ApplicationStatus.Withdrawn => false,
    };

    /// <summary>"Awa S.": enough for the employer to recognise the hire they named, nothing more of the file.</summary>
    public static string HireName(string? firstName, string? lastName) =>
        string.IsNullOrWhiteSpace(firstName) ? "—"
        : string.IsNullOrWhiteSpace(lastName) ? firstName.Trim()
        : $"{firstName.Trim()} {char.ToUpperInvariant(lastName.Trim()[0])}.";
}
