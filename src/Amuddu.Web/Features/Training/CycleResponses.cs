namespace Amuddu.Web.Features.Training;

/// <summary>A cycle in a list.</summary>
public sealed record CycleSummary(Guid Id, string Title, string DeliveredBy, DateOnly StartsOn, DateOnly EndsOn, CycleStatus Status,
    int Capacity, int Enrolled, int Waiting);

public sealed record CycleList(List<CycleSummary> Items, int Page, int PageCount, int Total);

public sealed record TrainerName(Guid Id, string Name);

public sealed record MaterialResponse(Guid Id, Guid ModuleId, string Language, int VersionNumber, string FileName, string ContentType, long Size,
    DateTimeOffset UploadedAt);

public sealed record ModuleResponse(Guid Id, int Number, string Title, string? Objectives, int DurationHours, ModuleTheme Theme, long Version,
    List<MaterialResponse> Materials);

public sealed record SessionResponse(Guid Id, Guid ModuleId, DateTimeOffset StartsAt, int DurationMinutes, string? Place, Guid? SiteId,
    string? OnlineLink, int Capacity, bool IsCatchUp, string? RegionCode, TrainingSessionStatus Status, List<TrainerName> Trainers, long Version);

/// <summary>A participant as the coordinator and the trainers see them: a staff member, never anyone's client.</summary>
public sealed record ParticipantResponse(Guid Id, Guid UserId, string Name, string? Agency, string? RegionCode, List<string> Roles,
    ParticipantStatus Status, int? WaitingPosition, bool IsCertifiedTrainer, DateTimeOffset NominatedAt, DateTimeOffset? CompletedAt,
    List<Guid> CompletedModuleIds);

public sealed record CycleResponse(
    Guid Id, string Title, string? Description, Guid DeliveredById, string DeliveredBy, Guid? FunderId, string? Funder,
    DateOnly StartsOn, DateOnly EndsOn, List<string> TargetRoles, List<Guid> TargetSiteIds, List<string> TargetRegions,
    int Capacity, int MinAttendancePercent, int MinPostTestPercent, CycleStatus Status, long Version,
    bool Manages, List<ModuleResponse> Modules, List<SessionResponse> Sessions, List<ParticipantResponse> Participants);

public sealed record AttendanceRow(Guid ParticipantId, string Name, string? Agency, AttendanceStatus? Status, string? ExcuseReason);

public sealed record SessionDetail(SessionResponse Session, Guid CycleId, string CycleTitle, string ModuleTitle, int ModuleNumber,
    bool MayRecordAttendance, List<AttendanceRow> Attendance);
