using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Amuddu.Web.Tests.Training;

public sealed class CertificateTests
{
    [Fact]
    public async Task Certificates_go_to_those_who_completed_the_cycle_once_and_anyone_verifies_a_valid_a_forged_and_a_revoked_code()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app, "Cycle 2020 – accueil et accompagnement");
        var coordinator = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var module = seed.ModuleIds[0];
        var post = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, module, TestKind.Post);
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var agent = await app.ApiClientAsync(TrainingTestsSeed.Agent);
        await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Post, post, [1], [0, 2], [0]);
        await TrainingTestsSeed.AnswerAsync(agent, module, TestKind.Post, post, [1], [], []);
        var issueUrl = $"/api/v1/training/cycles/{seed.CycleId}/certificates";

        var first = await (await coordinator.PostAsync(issueUrl, null)).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        var again = await (await coordinator.PostAsync(issueUrl, null)).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        // The agent passes on a second try: the next issue adds theirs only.
        await TrainingTestsSeed.AnswerAsync(agent, module, TestKind.Post, post, [1], [0, 2], [1]);
        var third = await (await coordinator.PostAsync(issueUrl, null)).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        var byCounsellor = await counsellor.PostAsync(issueUrl, null);

        Assert.Equal(1, first.GetProperty("issued").GetInt32());
        Assert.Equal(0, again.GetProperty("issued").GetInt32());
        Assert.Equal(1, third.GetProperty("issued").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, byCounsellor.StatusCode);
        var certificates = await app.QueryAsync(db => db.TrainingCertificates.AsNoTracking().ToListAsync());
        Assert.Equal(2, certificates.Count);
        Assert.All(certificates, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", c.Code));
        var youssef = certificates.Single(c => c.ParticipantId == seed.Participants[Demo.Counsellor]);
        var aminata = certificates.Single(c => c.ParticipantId == seed.Participants[TrainingTestsSeed.Agent]);
        Assert.Null(third.GetProperty("participants").EnumerateArray()
            .Single(p => p.GetProperty("participantId").GetGuid() == seed.Participants[Demo.SelfEmployment]).GetProperty("certificate").GetString());

        var missingReason = await (await coordinator.PostAsJsonAsync($"/api/v1/training/certificates/{aminata.Id}/revoke", new { reason = " " }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var revoked = await coordinator.PostAsJsonAsync($"/api/v1/training/certificates/{aminata.Id}/revoke", new { reason = "Présence mal saisie" });
        var revokedTwice = await coordinator.PostAsJsonAsync($"/api/v1/training/certificates/{aminata.Id}/revoke", new { reason = "Encore" });
        Assert.Contains("Motif de la révocation", missingReason.GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, revokedTwice.StatusCode);
        var fourth = await (await coordinator.PostAsync(issueUrl, null)).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal(0, fourth.GetProperty("issued").GetInt32());

        // Anyone, without signing in.
        var visitor = app.CreateBrowser("fr");
        var valid = await (await visitor.GetAsync($"/verify/{youssef.Code}")).ReadHtmlAsync();
        var typed = await (await visitor.GetAsync($"/verify?code={CertificateCodes.Display(youssef.Code).ToLowerInvariant()}")).ReadHtmlAsync();
        var forgedCode = youssef.Code[..11] + (youssef.Code[11] == 'Z' ? 'Y' : 'Z');
        var forged = await (await visitor.GetAsync($"/verify/{forgedCode}")).ReadHtmlAsync();
        var nonsense = await (await visitor.GetAsync("/verify/%3Cscript%3E")).ReadHtmlAsync();
        var revokedPage = await (await visitor.GetAsync($"/verify/{aminata.Code}")).ReadHtmlAsync();
        var arabic = await (await app.CreateBrowser("ar").GetAsync($"/verify/{aminata.Code}")).ReadHtmlAsync();

        Assert.Contains("data-outcome=\"Valid\"", valid, StringComparison.Ordinal);
        Assert.Contains("Certificat valide", valid, StringComparison.Ordinal);
        Assert.Contains("Youssef El Amrani", valid, StringComparison.Ordinal);
        Assert.Contains("Cycle 2020 – accueil et accompagnement", valid, StringComparison.Ordinal);
        Assert.Contains(DemoOrganisations.Vdab, valid, StringComparison.Ordinal);
        Assert.Contains(SiteTime.ToLocal(youssef.IssuedAt).ToString("D", System.Globalization.CultureInfo.GetCultureInfo("fr-MA")), valid, StringComparison.Ordinal);
        Assert.DoesNotContain("Casablanca", valid, StringComparison.Ordinal);
        Assert.DoesNotContain("@demo", valid, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"Valid\"", typed, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"Unknown\"", forged, StringComparison.Ordinal);
        Assert.Contains("Aucun certificat ne porte ce code.", forged, StringComparison.Ordinal);
        Assert.DoesNotContain("Youssef", forged, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"Unknown\"", nonsense, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"Revoked\"", revokedPage, StringComparison.Ordinal);
        Assert.Contains("a été révoqué le", revokedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Aminata", revokedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Présence mal saisie", revokedPage, StringComparison.Ordinal);
        Assert.Contains("ألغيت هذه الشهادة بتاريخ", arabic, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_verification_is_rate_limited_per_address()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:CertificateVerificationPerMinute"] = "3" });
        var visitor = app.CreateBrowser("fr");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await visitor.GetAsync($"/verify/{CertificateCodes.New()}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        // The other pages stay open.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/catalogue")).StatusCode);
    }

    [Fact]
    public void Codes_are_twelve_characters_of_crockford_base32_and_typing_slips_are_forgiven()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => CertificateCodes.New()).ToList();

        Assert.Equal(200, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", c));
        Assert.Equal("7K3MQ9TX2HB0", CertificateCodes.Normalise("7k3m-q9tx-2hbo"));
        Assert.Equal("1K3MQ9TX2HB0", CertificateCodes.Normalise("IK3M Q9TX 2HB0"));
        Assert.Null(CertificateCodes.Normalise("7K3M-Q9TX-2HB"));
        Assert.Null(CertificateCodes.Normalise("7K3M-Q9TX-2HBU"));
        Assert.Equal("7K3M-Q9TX-2HB0", CertificateCodes.Display("7K3MQ9TX2HB0"));
    }

    [Fact]
    public async Task The_funders_export_reads_back_as_csv_and_as_xlsx()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app, "Cycle export", Demo.Counsellor, TrainingTestsSeed.Agent);
        var coordinator = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var module = seed.ModuleIds[0];
        var pre = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, module, TestKind.Pre);
        var post = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, module, TestKind.Post);
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Pre, pre, [1], [], []);
        await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Post, post, [1], [0, 2], [0]);
        // The agent missed the second session.
        await app.QueryAsync(async db =>
        {
            var a = await db.TrainingAttendance.SingleAsync(x => x.ParticipantId == seed.Participants[TrainingTestsSeed.Agent] && x.SessionId == seed.SessionIds[1]);
            a.Status = AttendanceStatus.Excused;
            a.ExcuseReason = "Malade";
            return await db.SaveChangesAsync();
        });
        await coordinator.PostAsync($"/api/v1/training/cycles/{seed.CycleId}/certificates", null);

        var csvResponse = await coordinator.GetAsync($"/api/v1/training/cycles/{seed.CycleId}/export.csv");
        var xlsxResponse = await coordinator.GetAsync($"/api/v1/training/cycles/{seed.CycleId}/export.xlsx");
        var byCounsellor = await counsellor.GetAsync($"/api/v1/training/cycles/{seed.CycleId}/export.csv");

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var rows = CsvFiles.ReadRows(await csvResponse.Content.ReadAsStreamAsync()).ToList();
        var header = rows[0].ToList();
        Assert.Equal(["participant", "agency", "region", "sessions_held", "sessions_attended", "sessions_excused", "attendance_percent",
            "module1_pre_test", "module1_post_test_best", "module2_pre_test", "module2_post_test_best", "completed_on", "certificate_code", "certificate_revoked_on"], header);
        Assert.Equal(3, rows.Count);
        var youssef = rows.Single(r => r[0] == "Youssef El Amrani");
        var aminata = rows.Single(r => r[0] == "Aminata Diallo");
        string Cell(string[] row, string column) => row[header.IndexOf(column)];
        Assert.Equal("2", Cell(youssef, "sessions_attended"));
        Assert.Equal("100.0", Cell(youssef, "attendance_percent"));
        Assert.Equal("33", Cell(youssef, "module1_pre_test"));
        Assert.Equal("100", Cell(youssef, "module1_post_test_best"));
        Assert.Equal("", Cell(youssef, "module2_pre_test"));
        Assert.Matches("^[0-9A-Z]{12}$", Cell(youssef, "certificate_code"));
        Assert.Equal("1", Cell(aminata, "sessions_attended"));
        Assert.Equal("1", Cell(aminata, "sessions_excused"));
        Assert.Equal("50.0", Cell(aminata, "attendance_percent"));
        Assert.Equal("", Cell(aminata, "certificate_code"));

        Assert.Equal(ExportCycle.XlsxContentType, xlsxResponse.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(["participants", "attendance", "scores"], MiniExcel.GetSheetNames(xlsx));
        var participants = xlsx.Query(useHeaderRow: true, sheetName: "participants").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, participants.Count);
        var sheetYoussef = participants.Single(p => (string?)p["participant"] == "Youssef El Amrani");
        Assert.Equal(100, Convert.ToInt32(sheetYoussef["module1_post_test_best"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Cell(youssef, "certificate_code"), sheetYoussef["certificate_code"]);
        var attendance = xlsx.Query(useHeaderRow: true, sheetName: "attendance").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, attendance.Count);
        Assert.Single(attendance, a => (string?)a["status"] == "Excused");
        var scores = xlsx.Query(useHeaderRow: true, sheetName: "scores").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, scores.Count);
        Assert.Equal(["Post", "Pre"], scores.Select(s => (string?)s["test"]).Order());
        Assert.Equal(HttpStatusCode.Forbidden, byCounsellor.StatusCode);
    }
}
