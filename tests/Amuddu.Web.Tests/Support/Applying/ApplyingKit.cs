using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Applying;

/// <summary>What the applying tests share: valid requests, uploads, and the employer organisation.</summary>
public static class ApplyingKit
{
    public const string Applications = "/api/v1/applications";

    /// <summary>A RIB whose key checks.</summary>
    public static string Rib(string first22 = "0117800000123456789012") => first22 + Payee.RibKey(first22);

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    public static Task<Guid> EmployerIdAsync(this AmudduApp app) =>
        app.QueryAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Employer).OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync());

    public static Task<string> FileNumberAsync(this AmudduApp app, Guid personId) =>
        app.QueryAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FileNumber).SingleAsync());

    /// <summary>A counsellor's request body: the programme's own amount, a bank account, and for a hiring incentive the demo employer.</summary>
    public static Dictionary<string, object?> Body(Guid personId, Guid programmeId, DateOnly startsOn, Guid? employerId = null) => new()
    {
        ["personId"] = personId,
        ["programmeId"] = programmeId,
        ["purpose"] = "Formation d'opérateur de confection",
        ["startsOn"] = startsOn,
        ["payeeChannel"] = "BankTransfer",
        ["payeeName"] = "Awa Sow",
        ["payeeAccount"] = Rib(),
        ["employerOrganisationId"] = employerId,
        ["contractType"] = employerId is null ? null : "Cdi",
        ["employerRegisteredOn"] = employerId is null ? null : startsOn.AddYears(-1),
    };

    public static async Task<JsonElement> CreateAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Applications, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, string kind, byte[]? content = null,
        string fileName = "piece.pdf", string? trancheId = null)
    {
        using var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        var file = new ByteArrayContent(content ?? Pdf);
        file.Headers.ContentType = new("application/pdf");
        form.Add(file, "file", fileName);
        if (trancheId is not null)
        {
            form.Add(new StringContent(trancheId), "trancheId");
        }

        return await client.PostAsync(url, form);
    }

    public static async Task<JsonElement> ErrorsAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        (await response.ProblemAsync(status)).GetProperty("errors");

    public static Task<SupportApplication> ApplicationAsync(this AmudduApp app, Guid id) =>
        app.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
}
