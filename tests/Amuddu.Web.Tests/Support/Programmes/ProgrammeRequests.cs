using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Support.Programmes;

/// <summary>Programme bodies as an administrator's client sends them.</summary>
internal static class ProgrammeRequests
{
    public static Dictionary<string, object?> Training(DateOnly today, string code = "BOURSE-TEST") => new()
    {
        ["code"] = code,
        ["name"] = "Bourses de formation qualifiante",
        ["description"] = "Allocation mensuelle pendant la formation.",
        ["kind"] = "TrainingGrant",
        ["funder"] = "Union européenne – Enabel",
        ["budget"] = 500000.00m,
        ["startsOn"] = today.AddDays(-10).ToString("yyyy-MM-dd"),
        ["endsOn"] = today.AddYears(1).ToString("yyyy-MM-dd"),
        ["amountPolicy"] = "Monthly",
        ["amount"] = 1200.50m,
        ["maxMonths"] = 9,
        ["monthlyCondition"] = "AttendanceConfirmed",
        ["retentionCheckMonths"] = Array.Empty<int>(),
        ["tranches"] = Array.Empty<object>(),
        ["rules"] = new object[]
        {
            new { kind = "LegalStatus", values = new[] { "REFUGEE", "REGULARISED_MIGRANT" } },
            new { kind = "AgeRange", min = 18, max = 35 },
            new { kind = "Region", values = new[] { "MA-04", "MA-06" } },
            new { kind = "DiplomaLevel", values = new[] { "UpperSecondary", "Vocational" } },
            new { kind = "NotAlreadyFunded" },
        },
        ["requiredDocuments"] = new[] { "TrainingEnrolment" },
        ["decisionDays"] = 15,
    };

    public static Dictionary<string, object?> Cooperatives(DateOnly today) => new()
    {
        ["code"] = "COOP-TEST",
        ["name"] = "Subvention aux coopératives",
        ["kind"] = "SelfEmploymentGrant",
        ["funder"] = "État",
        ["budget"] = 300000m,
        ["startsOn"] = today.ToString("yyyy-MM-dd"),
        ["endsOn"] = today.AddYears(1).ToString("yyyy-MM-dd"),
        ["amountPolicy"] = "Ceiling",
        ["amount"] = 50000m,
        ["tranches"] = new object[]
        {
            new { condition = "PurchaseReceipts", percent = 70, month = 1 },
            new { condition = "ActivityStarted", percent = 30, month = 3 },
        },
        ["scoringGrid"] = new object[]
        {
            new { code = "VIAB", label = "Viabilité", maxPoints = 60 },
            new { code = "EQUIPE", label = "Équipe", maxPoints = 40 },
        },
        ["passMark"] = 60,
    };

    public static async Task<JsonElement> CreateAsync(HttpClient admin, Dictionary<string, object?> body)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/programmes", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(body) { [field] = value };
        return copy;
    }
}
