using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals.Pages;

/// <summary>The referral form as posted; the shared-data checkboxes ("Shares") are read from the form itself.</summary>
public sealed class ReferralFormModel
{
    public const string SharesField = "Shares";
    public const string SendAction = "send";

    public string? Reason { get; set; }
    public string? Request { get; set; }
    public ReferralUrgency? Urgency { get; set; }
    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? RespondBy { get; set; }

    /// <summary>As typed (FormDates).</summary>
    public string? DueBy { get; set; }
    public long Version { get; set; }

    /// <summary>The sender ticked "send anyway" under the warning that the service is full.</summary>
    public bool ConfirmFull { get; set; }

    /// <summary>Which button was pressed: save the draft, or send.</summary>
    public string? Action { get; set; }

    public bool Send => Action == SendAction;

    public static ReferralFormModel From(Referral r) => new()
    {
        Reason = r.Reason, Request = r.Request, Urgency = r.Urgency, RespondBy = FormDates.Display(r.RespondBy), DueBy = FormDates.Display(r.DueBy), Version = r.Version,
    };

    /// <summary>The dates typed that are not dates, each naming its field (null when there are none): the page then stops there.</summary>
    public IDictionary<string, string[]>? DateErrors(IStringLocalizer text) =>
        FormDates.DateErrors(text, ("respondBy", RespondBy, "Sending.RespondBy"), ("dueBy", DueBy, "Sending.DueBy"));

    /// <summary>Identity always goes (its box is fixed); the other parts only when ticked and allowed by the consent.</summary>
    public static List<SharedData> Shares(IEnumerable<string?> posted) => [.. SharedDataParts.Parse([nameof(SharedData.Identity), .. posted])];
}
