namespace Amuddu.Web;

/// <summary>
/// The marker for the application's texts: Resources/SharedResource.resx holds French,
/// the default; .ar.resx and .en.resx hold Arabic and English.
/// </summary>
public sealed class SharedResource;
