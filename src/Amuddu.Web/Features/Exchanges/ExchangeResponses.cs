using Amuddu.Web.Features.Training;

namespace Amuddu.Web.Features.Exchanges;

public sealed record ExchangeSummary(
    Guid Id, string Title, ExchangeKind Kind, string HostOrganisation, string VisitingOrganisation, DateOnly StartsOn, DateOnly EndsOn,
    List<string> Themes);

public sealed record StaffName(Guid Id, string Name);

public sealed record LearningLogResponse(Guid Id, Guid UserId, string Author, string WhatISaw, string PracticeToTry, DateTimeOffset WrittenAt, long Version);

public sealed record ExchangeResponse(
    Guid Id, string Title, ExchangeKind Kind, Guid HostOrganisationId, string HostOrganisation, Guid VisitingOrganisationId,
    string VisitingOrganisation, DateOnly StartsOn, DateOnly EndsOn, string? Place, List<string> Themes, List<StaffName> Participants,
    string? Guests, string? Agenda, List<LearningLogResponse> Logs, List<PracticeSummary> Practices, long Version);

public sealed record PracticeTextResponse(
    string Language, bool IsOriginal, string Name, string Context, string WhatIsDone, string? Evidence, string? Adaptation, DateTimeOffset WrittenAt);

/// <summary>A practice in a list: its name in the reader's language when translated, else as written.</summary>
public sealed record PracticeSummary(
    Guid Id, string Name, string Language, Guid SourceOrganisationId, string SourceOrganisation, List<string> Themes, List<string> Languages);

public sealed record PracticeList(List<PracticeSummary> Items, int Page, int PageCount, int Total);

public sealed record PracticeResponse(
    Guid Id, Guid? ExchangeId, string? ExchangeTitle, Guid SourceOrganisationId, string SourceOrganisation, List<string> Themes,
    string OriginalLanguage, List<PracticeTextResponse> Texts, List<CommitmentResponse> Commitments, long Version);

public sealed record FollowUpResponse(Guid Id, int AfterMonths, DateOnly DueOn, CommitmentStatus? Result, string? Note, DateOnly? RecordedOn, bool Due);

public sealed record CommitmentResponse(
    Guid Id, Guid PracticeId, string PracticeName, Guid SiteId, string Site, Guid OwnerId, string Owner, DateOnly CommittedOn, DateOnly AdoptBy,
    CommitmentStatus Status, DateOnly? AdoptedOn, ServiceIndicator? Indicator, List<FollowUpResponse> FollowUps, long Version);
