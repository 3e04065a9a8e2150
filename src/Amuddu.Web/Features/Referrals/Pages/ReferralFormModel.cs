namespace Amuddu.Web.Features.Referrals.Pages;

/// <summary>The referral form as posted; the shared-data checkboxes ("Shares") are read from the form itself.</summary>
public sealed class ReferralFormModel
{
    public const string SharesField = "Shares";
    public const string SendAction = "send";

    public string? Reason { get; set; }
    public string? Request { get; set; }
    public ReferralUrgency? Urgency { get; set; }
    public DateOnly? RespondBy { get; set; }
    public DateOnly? DueBy { get; set; }
    public long Version { get; set; }

    /// <summary>The sender ticked "send anyway" under the warning that the service is full.</summary>
    public bool ConfirmFull { get; set; }

    /// <summary>Which button was pressed: save the draft, or send.</summary>
    public string? Action { get; set; }

    public bool Send => Action == SendAction;

    public static ReferralFormModel From(Referral r) => new()
    {
        Reason = r.Reason, Request = r.Request, Urgency = r.Urgency, RespondBy = r.RespondBy, DueBy = r.DueBy, Version = r.Version,
    };

    /// <summary>Identity always goes (its box is fixed); the other parts only when ticked and allowed by the consent.</summary>
    public static List<SharedData> Shares(IEnumerable<string?> posted) => [.. SharedDataParts.Parse([nameof(SharedData.Identity), .. posted])];
}
