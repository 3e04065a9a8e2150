using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Support.Payments;

/// <summary>Approved applications with a payee, contracts and payment orders, for the payments tests.</summary>
public static class PaymentsSetup
{
    public const string Rib = "011780000012345678901234";

    public static FieldProtector Protector(this AmudduApp app) => app.Services.GetRequiredService<FieldProtector>();

    /// <summary>An approved application of <paramref name="personId"/> with a bank account to pay (encrypted as the applying part stores it).</summary>
    public static Task<SupportApplication> SeedApprovedAsync(this AmudduApp app, Programme programme, Guid personId, Action<SupportApplication>? configure = null)
    {
        var cipher = app.Protector().ProtectText(Rib);
        return app.SeedApplicationAsync(programme, personId, ApplicationStatus.Approved, a =>
        {
            a.PayeeChannel = PaymentChannel.BankTransfer;
            a.PayeeName = "Coopérative Awa; Sow";
            a.PayeeAccountCipher = cipher;
            configure?.Invoke(a);
        });
    }

    public static async Task<List<JsonElement>> ContractAsync(this HttpClient officer, SupportApplication application)
    {
        var response = await officer.PostAsJsonAsync($"/api/v1/applications/{application.Id}/contract", new { version = application.Version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>(Http.Json))!;
    }

    public static async Task<List<JsonElement>> TranchesAsync(this HttpClient client, Guid applicationId)
    {
        var response = await client.GetAsync($"/api/v1/applications/{applicationId}/tranches");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>(Http.Json))!;
    }

    public static Task<HttpResponseMessage> OrderAsync(this HttpClient officer, Guid trancheId, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments") { Content = JsonContent.Create(new { trancheId }) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return officer.SendAsync(request);
    }

    public static async Task<JsonElement> OrderedAsync(this HttpClient officer, Guid trancheId, string key, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await officer.OrderAsync(trancheId, key);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static async Task<string> ExportAsync(this HttpClient officer)
    {
        var response = await officer.PostAsync("/api/v1/payments/export", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<JsonElement> ReconcileAsync(this HttpClient officer, string content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(content), "file", "retour.csv");
        var response = await officer.PostAsync("/api/v1/payments/reconcile", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).ToString();

    public static decimal Dec(this JsonElement element, string property) => element.GetProperty(property).GetDecimal();

    /// <summary>A monthly programme (the placement-contract stipend): 1 500 MAD a month, retention checks after months 3 and 6.</summary>
    public static void Monthly(Programme p)
    {
        p.Kind = ProgrammeKind.HiringIncentive;
        p.AmountPolicy = AmountPolicy.Monthly;
        p.AmountCentimes = 1_500_00;
        p.MaxMonths = 12;
        p.Tranches = [];
        p.MonthlyCondition = TrancheCondition.EmploymentConfirmed;
        p.RetentionCheckMonths = [3, 6];
    }
}
