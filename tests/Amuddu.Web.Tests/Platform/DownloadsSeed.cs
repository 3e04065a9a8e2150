using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Support;
using Amuddu.Web.Tests.Support.Payments;
using static Amuddu.Web.Tests.Support.Applying.ApplyingKit;

namespace Amuddu.Web.Tests.Platform;

/// <summary>A file a page offers: who sees it, on which page, the link, and what it must download as.</summary>
public sealed record OfferedFile(string Who, string Page, string Link, string ContentType, string FileName);

/// <summary>
/// One of every file the pages offer, made through the API: a person's scan, an application's document (a counsellor's
/// and an employer's), a transfer file, with the programme whose dashboard and the period whose network statistics
/// are exported.
/// </summary>
public sealed record DownloadsSeed(Guid PersonId, string FileNumber, Guid ScanId, Programme Programme, Guid ApplicationId, Guid EnrolmentId,
    Guid HireId, Guid ContractId, string Batch, string From, string To)
{
    /// <summary>Every role signs in within the minute, more often than the sign-in limit per address allows.</summary>
    public static Dictionary<string, string?> Settings => new() { ["Amuddu:RateLimits:SignInPerMinute"] = "100" };

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    public static async Task<DownloadsSeed> CreateAsync(AmudduApp app)
    {
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var fileNumber = await app.FileNumberAsync(personId);
        var added = await counsellor.PostAsJsonAsync($"/api/v1/people/{personId}/documents", new
        {
            typeCode = "RESIDENCE_CARD", number = "RC-2024-77813", issuingAuthority = "DGSN",
            issuedOn = app.Today.AddYears(-1), expiresOn = app.Today.AddYears(1),
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var scanId = (await added.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var scan = await counsellor.PutAsync($"/api/v1/people/{personId}/documents/{scanId}/scan", new ByteArrayContent(Png));
        Assert.Equal(HttpStatusCode.NoContent, scan.StatusCode);

        var programme = await app.SeedProgrammeAsync();
        var applicationId = (await counsellor.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(10)))).Id();
        var enrolment = await counsellor.UploadAsync($"{Applications}/{applicationId}/documents", "TrainingEnrolment", fileName: "inscription.pdf");
        Assert.Equal(HttpStatusCode.Created, enrolment.StatusCode);

        var incentive = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive);
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        var hired = await employer.PostAsJsonAsync("/api/v1/employer/applications", new
        {
            programmeId = incentive.Id, fileNumber, lastName = "Sow", purpose = "Opératrice de confection", startsOn = app.Today.AddDays(3),
            contractType = "Cdi", employerRegisteredOn = app.Today.AddYears(-1), payeeName = "Atlas Textile SARL",
            payeeAccount = Rib("2307800000987654321098"),
        });
        Assert.Equal(HttpStatusCode.Created, hired.StatusCode);
        var hireId = (await hired.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var contract = await employer.UploadAsync($"/api/v1/employer/applications/{hireId}/documents", "EmploymentContract", fileName: "contrat.pdf");
        Assert.Equal(HttpStatusCode.Created, contract.StatusCode);

        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var tranches = await officer.ContractAsync(await app.SeedApprovedAsync(programme, personId));
        await officer.OrderedAsync(tranches[0].Id(), "downloads-1");
        await officer.ExportAsync();

        return new DownloadsSeed(personId, fileNumber, scanId, programme, applicationId, (await enrolment.Content.ReadFromJsonAsync<JsonElement>()).Id(),
            hireId, (await contract.Content.ReadFromJsonAsync<JsonElement>()).Id(),
            $"VIR-{app.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-1",
            app.Today.AddMonths(-12).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            app.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>Every file the pages offer, for each role that is offered it.</summary>
    public IReadOnlyList<OfferedFile> Offered() =>
    [
        new(Demo.Counsellor, $"/people/{PersonId}/documents", PageDownloads.Scan(PersonId, ScanId), "image/png", $"document-{ScanId}.png"),
        new(Demo.Counsellor, $"/people/{PersonId}/export", PageDownloads.PersonExport(PersonId), "application/json", $"{FileNumber}.json"),
        new(Demo.Counsellor, $"/applications/{ApplicationId}", PageDownloads.ApplicationDocument(ApplicationId, EnrolmentId), "application/pdf", "inscription.pdf"),
        new(Demo.Officer, $"/applications/{ApplicationId}", PageDownloads.ApplicationDocument(ApplicationId, EnrolmentId), "application/pdf", "inscription.pdf"),
        new(Demo.Officer, $"/applications/{HireId}", PageDownloads.ApplicationDocument(HireId, ContractId), "application/pdf", "contrat.pdf"),
        new(Demo.Officer, $"/programmes/{Programme.Id}", PageDownloads.ProgrammeDashboard(Programme.Id), "text/csv", $"{Programme.Code}-dashboard.csv"),
        new(Demo.Officer, "/payments", PageDownloads.PaymentBatch(Batch), "text/csv", $"{Batch}.csv"),
        new(Demo.Employer, $"/employer/applications/{HireId}", PageDownloads.EmployerApplicationDocument(HireId, ContractId), "application/pdf", "contrat.pdf"),
        new(Demo.Admin, "/referrals/network", PageDownloads.NetworkStatistics(From, To), "text/csv", $"referral-network-{From}-{To}.csv"),
        new(Demo.Admin, $"/programmes/{Programme.Id}", PageDownloads.ProgrammeDashboard(Programme.Id), "text/csv", $"{Programme.Code}-dashboard.csv"),
        new(Demo.Analyst, "/referrals/network", PageDownloads.NetworkStatistics(From, To), "text/csv", $"referral-network-{From}-{To}.csv"),
        new(Demo.Analyst, $"/programmes/{Programme.Id}", PageDownloads.ProgrammeDashboard(Programme.Id), "text/csv", $"{Programme.Code}-dashboard.csv"),
    ];
}
