namespace Amuddu.Web.Data;

/// <summary>
/// An entity whose creation and last change are stamped by <see cref="AuditFieldsInterceptor"/>,
/// and whose <see cref="Version"/> detects concurrent edits.
/// </summary>
public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }
    Guid? CreatedBy { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    Guid? UpdatedBy { get; set; }
    long Version { get; set; }
}
