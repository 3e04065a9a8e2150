namespace Amuddu.Web.Features.Rights;

/// <summary>Audit actions of the person's rights; details hold ids, reasons and counts, never personal data.</summary>
public static class RightsAudit
{
    public const string Exported = "person.exported";
    public const string Erased = "person.erased";
    public const string Merged = "person.merged";
    public const string MergeUndone = "person.merge-undone";
    public const string ConsentFormPrinted = "person.consent-form-printed";
}
