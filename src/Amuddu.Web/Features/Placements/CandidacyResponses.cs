namespace Amuddu.Web.Features.Placements;

/// <summary>A hiring-incentive programme the hire qualifies for, with where the employer applies for it.</summary>
public sealed record IncentiveOffer(Guid ProgrammeId, string Code, string Name, string ApplyUrl);

/// <summary>A candidacy as the counsellors of the vacancy's service read it.</summary>
public sealed record CandidacyResponse(Guid Id, Guid VacancyId, Guid PersonId, string FileNumber, string Name, string Alias, CandidacyStatus Status,
    int Score, DateTimeOffset ShortlistedAt, DateTimeOffset? CheckedAt, DateTimeOffset? SentAt, bool SharingConsentInForce,
    bool WorkContractAuthorisationNeeded, DateOnly? InterviewOn, NotRetainedReason? NotRetainedReason, string? EmployerNote, Guid? OutcomeId,
    IReadOnlyList<IncentiveOffer> Incentives, long Version);

/// <summary>Who the candidate is, once the profile was sent with the person's consent; the file number only once hired (to apply for an incentive).</summary>
public sealed record SharedIdentity(string Name, string? Phone, string? Email, string? FileNumber);

/// <summary>
/// A candidate as the employer reads it: the alias and the anonymous profile, and the identity only while the consent to share with
/// this company is in force. The work-contract notice says a visa of the contract is needed, never the nationality, and only on a
/// named candidate.
/// </summary>
public sealed record EmployerCandidateResponse(Guid Id, string Alias, CandidacyStatus Status, CandidateProfile Profile, SharedIdentity? Identity,
    bool WorkContractVisaRequired, DateOnly? InterviewOn, NotRetainedReason? NotRetainedReason, string? Note, IReadOnlyList<IncentiveOffer> Incentives,
    long Version);
