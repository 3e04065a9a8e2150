using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Applications;

public sealed record EligibilityCheckResponse(EligibilityRuleKind Kind, bool Passed, string? Found);

/// <summary>An application as its organisation's staff read it. Amounts in dirhams; the payee's account is never in it.</summary>
public sealed record ApplicationResponse(
    Guid Id, string Reference, Guid ProgrammeId, Guid PersonId, Guid? EmployerOrganisationId, ApplicationStatus Status,
    string Purpose, DateOnly StartsOn, DateOnly? EndsOn, string RegionCode, decimal Requested, int? Months, decimal? Approved,
    ContractType? ContractType, DateOnly? EmployerRegisteredOn, PaymentChannel? PayeeChannel, string? PayeeName,
    IReadOnlyList<EligibilityCheckResponse> Eligibility, bool? IsEligible, string? OverrideJustification,
    DateOnly? DecideBy, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? DecisionConditions, string? DecisionNote,
    DateTimeOffset? ContractedAt, DateTimeOffset? SuspendedAt, string? SuspensionReason, DateTimeOffset CreatedAt, long Version)
{
    public static ApplicationResponse From(SupportApplication a) => new(
        a.Id, a.Reference, a.ProgrammeId, a.PersonId, a.EmployerOrganisationId, a.Status,
        a.Purpose, a.StartsOn, a.EndsOn, a.RegionCode, Money.ToDirhams(a.RequestedCentimes), a.Months,
        a.ApprovedCentimes is { } approved ? Money.ToDirhams(approved) : null,
        a.ContractType, a.EmployerRegisteredOn, a.PayeeChannel, a.PayeeName,
        a.Eligibility.Select(e => new EligibilityCheckResponse(e.Kind, e.Passed, e.Found)).ToList(), a.IsEligible, a.OverrideJustification,
        a.DecideBy, a.SubmittedAt, a.DecidedAt, a.DecisionConditions, a.DecisionNote,
        a.ContractedAt, a.SuspendedAt, a.SuspensionReason, a.CreatedAt, a.Version);
}
