namespace Amuddu.Web.Features.Training;

/// <summary>A cycle in a list.</summary>
public sealed record TrainingCycleSummary(Guid Id, string Title, string DeliveredBy, DateOnly StartsOn, DateOnly EndsOn, CycleStatus Status,
    int Capacity, int Enrolled, int Waiting);

public sealed record TrainingCycleList(List<TrainingCycleSummary> Items, int Page, int PageCount, int Total);

public sealed record TrainingTrainerName(Guid Id, string Name);

public sealed record ModuleMaterialResponse(Guid Id, Guid ModuleId, string Language, int VersionNumber, string FileName, string ContentType, long Size,
    DateTimeOffset UploadedAt);

public sealed record TrainingModuleResponse(Guid Id, int Number, string Title, string? Objectives, int DurationHours, ModuleTheme Theme, long Version,
    List<ModuleMaterialResponse> Materials);

public sealed record TrainingSessionResponse(Guid Id, Guid ModuleId, DateTimeOffset StartsAt, int DurationMinutes, string? Place, Guid? SiteId,
    string? OnlineLink, int Capacity, bool IsCatchUp, string? RegionCode, TrainingSessionStatus Status, List<TrainingTrainerName> Trainers, long Version);

/// <summary>A participant as the coordinator and the trainers see them: a staff member, never anyone's client.</summary>
public sealed record CycleParticipantResponse(Guid Id, Guid UserId, string Name, string? Agency, string? RegionCode, List<string> Roles,
    ParticipantStatus Status, int? WaitingPosition, bool IsCertifiedTrainer, DateTimeOffset NominatedAt, DateTimeOffset? CompletedAt,
    List<Guid> CompletedModuleIds);

public sealed record TrainingCycleResponse(
    Guid Id, string Title, string? Description, Guid DeliveredById, string DeliveredBy, Guid? FunderId, string? Funder,
    DateOnly StartsOn, DateOnly EndsOn, List<string> TargetRoles, List<Guid> TargetSiteIds, List<string> TargetRegions,
    int Capacity, int MinAttendancePercent, int MinPostTestPercent, CycleStatus Status, long Version,
    bool Manages, List<TrainingModuleResponse> Modules, List<TrainingSessionResponse> Sessions, List<CycleParticipantResponse> Participants);

public sealed record TrainingAttendanceRow(Guid ParticipantId, string Name, string? Agency, AttendanceStatus? Status, string? ExcuseReason);

public sealed record TrainingSessionDetail(TrainingSessionResponse Session, Guid CycleId, string CycleTitle, string ModuleTitle, int ModuleNumber,
    bool MayRecordAttendance, List<TrainingAttendanceRow> Attendance);
