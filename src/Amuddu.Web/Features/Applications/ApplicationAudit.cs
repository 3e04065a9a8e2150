using Amuddu.Web.Features.People;

namespace Amuddu.Web.Features.Applications;

/// <summary>Audit actions of programmes, applications and payments; each has a text "Audit.&lt;action&gt;".</summary>
public static class ApplicationAudit
{
    public const string ProgrammeSaved = "programme.saved";
    public const string Created = "application.created";
    public const string Updated = "application.updated";
    public const string Read = "application.read";
    public const string StatusChanged = "application.status-changed";
    public const string EligibilityChecked = "application.eligibility-checked";
    public const string EligibilityOverridden = "application.eligibility-overridden";
    public const string Approved = "application.approved";
    public const string DocumentAdded = "application.document-added";
    public const string DocumentRead = "application.document-read";
    public const string CommitteeScored = "application.committee-scored";
    public const string CommitteeMeetingRecorded = "committee.meeting-recorded";
    public const string Suspended = "application.suspended";
    public const string Resumed = "application.resumed";
    public const string TrancheConfirmed = "tranche.confirmed";
    public const string PaymentOrdered = "payment.ordered";
    public const string PaymentCancelled = "payment.cancelled";
    public const string PaymentsExported = "payment.exported";
    public const string PaymentsReconciled = "payment.reconciled";
    public const string RecoveryOpened = "recovery.opened";
    public const string RecoveryReceived = "recovery.received";

    /// <summary>Applications are about a person: their audit entries land in the person's access log.</summary>
    public static string Subject(Guid personId) => PeopleAudit.Subject(personId);

    public static string ProgrammeSubject(Guid programmeId) => $"programme {programmeId}";

    public static string PaymentsSubject(Guid organisationId) => $"payments {organisationId}";
}
