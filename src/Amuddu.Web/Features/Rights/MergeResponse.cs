namespace Amuddu.Web.Features.Rights;

public sealed record MergeResponse(
    Guid Id, Guid SurvivorId, string SurvivorFileNumber, Guid DuplicateId, string DuplicateFileNumber, int RowsMoved,
    DateTimeOffset MergedAt, DateTimeOffset? UndoneAt);
