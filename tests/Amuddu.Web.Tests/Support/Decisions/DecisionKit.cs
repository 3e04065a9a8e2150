using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Decisions;

/// <summary>Calls and reads the decision tests share.</summary>
internal static class DecisionKit
{
    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid applicationId, string action, object body) =>
        client.PostAsJsonAsync($"/api/v1/applications/{applicationId}/{action}", body);

    public static Task<long> VersionAsync(this AmudduApp app, Guid applicationId) =>
        app.QueryAsync(db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.Version).SingleAsync());

    public static Task<SupportApplication> ApplicationAsync(this AmudduApp app, Guid applicationId) =>
        app.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId));

    public static Task<long> CommittedAsync(this AmudduApp app, Guid programmeId) =>
        app.QueryAsync(db => db.Programmes.Where(p => p.Id == programmeId).Select(p => p.CommittedCentimes).SingleAsync());

    public static Task<Guid> UserIdAsync(this AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Another client signed in with the same token: a second browser tab of the same officer, for parallel calls.</summary>
    public static HttpClient Twin(this AmudduApp app, HttpClient client)
    {
        var twin = app.CreateClient();
        twin.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        twin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return twin;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);

    /// <summary>An application at <paramref name="status"/> of a person the demo counsellor registered (and follows).</summary>
    public static async Task<(Programme Programme, SupportApplication Application, Guid PersonId)> SeedAsync(this AmudduApp app,
        ApplicationStatus status, ProgrammeKind kind = ProgrammeKind.TrainingGrant, Action<Programme>? programme = null,
        Action<SupportApplication>? application = null, Guid? personId = null)
    {
        var person = personId ?? (await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en")).PersonId;
        var seeded = await app.SeedProgrammeAsync(kind, programme);
        return (seeded, await app.SeedApplicationAsync(seeded, person, status, application), person);
    }

    /// <summary>An approval sent with the version the application has now, as an officer who just opened it would.</summary>
    public static async Task<HttpResponseMessage> ApproveAsync(this HttpClient client, AmudduApp app, Guid applicationId,
        decimal? amount = null, string? comment = null, string? conditions = null)
    {
        var version = await app.VersionAsync(applicationId);
        return await client.DecideAsync(applicationId, "approve", new { version, amount, comment, conditions });
    }
}
