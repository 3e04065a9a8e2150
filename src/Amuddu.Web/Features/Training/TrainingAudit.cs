namespace Amuddu.Web.Features.Training;

/// <summary>The audit trail's names for changes to training cycles (a change of staff training, never a migrant's data).</summary>
public static class TrainingAudit
{
    public const string CycleSaved = "training.cycle-saved";
    public const string ModuleSaved = "training.module-saved";
    public const string MaterialUploaded = "training.material-uploaded";
    public const string SessionSaved = "training.session-saved";
    public const string ParticipantNominated = "training.participant-nominated";
    public const string ParticipantWithdrawn = "training.participant-withdrawn";
    public const string TrainerCertified = "training.trainer-certified";
    public const string AttendanceRecorded = "training.attendance-recorded";

    public static string Cycle(Guid id) => $"training-cycle {id}";
}
