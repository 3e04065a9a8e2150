namespace Amuddu.Web.Features.Training;

/// <summary>The audit actions of the training tests, questionnaires and certificates.</summary>
public static class TestAudit
{
    public const string QuestionAdded = "training.test-question-added";
    public const string QuestionRemoved = "training.test-question-removed";
    public const string TestSubmitted = "training.test-submitted";

    /// <summary>That someone answered a session's questionnaire (the receipt), never what they answered.</summary>
    public const string SatisfactionAnswered = "training.satisfaction-answered";
    public const string CertificatesIssued = "training.certificates-issued";
    public const string CertificateRevoked = "training.certificate-revoked";
    public const string Exported = "training.cycle-exported";

    public static string ModuleSubject(Guid moduleId) => $"training-module:{moduleId}";

    public static string CycleSubject(Guid cycleId) => $"training-cycle:{cycleId}";

    public static string SessionSubject(Guid sessionId) => $"training-session:{sessionId}";

    public static string CertificateSubject(Guid certificateId) => $"training-certificate:{certificateId}";

    public static readonly string[] All =
        [QuestionAdded, QuestionRemoved, TestSubmitted, SatisfactionAnswered, CertificatesIssued, CertificateRevoked, Exported];
}
