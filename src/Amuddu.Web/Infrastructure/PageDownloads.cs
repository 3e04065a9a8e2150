using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals.Network;
using Amuddu.Web.Features.Rights;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Every file a page offers, served with the browser's session. The API takes bearer tokens only (no cookie, so no
/// cross-site request forgery on it), so a page's link into /api would answer 401. Each route here maps the API
/// endpoint's own use case under the API's own policy: the same organisation scoping, the same "not found" for what
/// is not the caller's, the same audit entry, the same bytes. Pages build their links with the methods below.
/// </summary>
public static class PageDownloads
{
    public static string Scan(Guid personId, Guid documentId) => $"/people/{personId}/documents/{documentId}/scan";

    public static string PersonExport(Guid personId) => $"/people/{personId}/export.json";

    public static string ApplicationDocument(Guid applicationId, Guid documentId) => $"/applications/{applicationId}/documents/{documentId}";

    public static string EmployerApplicationDocument(Guid applicationId, Guid documentId) =>
        $"/employer/applications/{applicationId}/documents/{documentId}";

    /// <summary><paramref name="from"/> and <paramref name="to"/> as ISO dates, as the statistics carry them.</summary>
    public static string NetworkStatistics(string from, string to) =>
        $"/referrals/network/export.csv?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";

    public static string ProgrammeDashboard(Guid programmeId) => $"/programmes/{programmeId}/dashboard.csv";

    public static string PaymentBatch(string batch) => $"/payments/batches/{Uri.EscapeDataString(batch)}";

    public const string VacancyImportTemplate = "/vacancies/import-template.csv";

    /// <summary>The indicators' view as a file: <paramref name="file"/> is export.xlsx, export.csv or iati.xml; <paramref name="query"/> the view's.</summary>
    public static string Indicators(string file, string query) => $"/indicators/{file}?{query}";

    public static IEndpointRouteBuilder MapPageDownloads(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("").ExcludeFromDescription();
        downloads.MapGet("/people/{personId:guid}/documents/{documentId:guid}/scan", DownloadScan.Handle)
            .RequireAuthorization(Policies.PeopleFiles);
        downloads.MapGet("/people/{personId:guid}/export.json", ExportPerson.Download)
            .RequireAuthorization(Policies.PeopleFiles);
        downloads.MapGet("/applications/{id:guid}/documents/{documentId:guid}", ApplicationDocuments.Download)
            .RequireAuthorization(Policies.Applications);
        downloads.MapGet("/employer/applications/{id:guid}/documents/{documentId:guid}", EmployerApplying.Download)
            .RequireAuthorization(Policies.Employer);
        downloads.MapGet("/referrals/network/export.csv", ExportNetworkStatistics.Handle)
            .RequireAuthorization(Policies.Indicators);
        downloads.MapGet("/programmes/{id:guid}/dashboard.csv", ProgrammeDashboardCsv.Handle)
            .RequireAuthorization(Policies.Staff)
            .RequireAuthorization(p => p.RequireRole(Policies.ProgrammeRoles));
        downloads.MapGet("/payments/batches/{batch}", TransferFile.Download)
            .RequireAuthorization(Policies.ProgrammeOfficers);
        downloads.MapGet("/training/materials/{id:guid}", Features.Training.Materials.Download)
            .RequireAuthorization(Policies.Staff);
        downloads.MapGet("/indicators/export.xlsx", Features.Indicators.ExportIndicators.Xlsx).RequireAuthorization(Policies.Indicators);
        downloads.MapGet("/indicators/export.csv", Features.Indicators.ExportIndicators.Csv).RequireAuthorization(Policies.Indicators);
        downloads.MapGet("/indicators/iati.xml", Features.Indicators.ExportIndicators.Iati).RequireAuthorization(Policies.Indicators);
        downloads.MapGet(VacancyImportTemplate, Features.Vacancies.ImportVacancies.Template)
            .RequireAuthorization(Policies.Employers);
        return app;
    }
}
