namespace Amuddu.Web.Features.Referrals;

/// <summary>Audit actions of the referral network; each has a text "Audit.&lt;action&gt;".</summary>
public static class ReferralAudit
{
    public const string Created = "referral.created";
    public const string Updated = "referral.updated";

    /// <summary>Any status change; the detail names the new status.</summary>
    public const string StatusChanged = "referral.status-changed";
    public const string NoteAdded = "referral.note-added";

    /// <summary>A consent check, granted or refused (the detail says which, and the data asked for).</summary>
    public const string ConsentChecked = "referral.consent-checked";

    /// <summary>The receiving organisation read the shared part of the person's file.</summary>
    public const string SharedDataViewed = "referral.shared-data-viewed";
    public const string Escalated = "referral.escalated";

    public static string Subject(Guid referralId) => $"referral {referralId}";
}
