using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The funder's export of a cycle: one row per enrolled participant (agency, attendance, the pre-test and best
/// post-test of each module, completion, certificate), as CSV (CsvHelper, the app's CSV policy) or as an XLSX
/// workbook (MiniExcel) that adds a sheet of every attendance and a sheet of every test attempt.
/// </summary>
public static class ExportCycle
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Csv(Guid cycleId) => $"/training/cycles/{cycleId}/export.csv";

    public static string Xlsx(Guid cycleId) => $"/training/cycles/{cycleId}/export.xlsx";

    public sealed record Table(string FileStem, List<string> Columns, List<object?[]> Rows, List<Dictionary<string, object?>> Attendance, List<Dictionary<string, object?>> Scores);

    public static async Task<Results<FileContentHttpResult, NotFound>> CsvHandle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(db, staff, id, cancellationToken) is not { } table)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(TestAudit.Exported, staff.UserId, staff.OrganisationId, TestAudit.CycleSubject(id), "csv", cancellationToken);
        var bytes = CsvFiles.Write(CsvFiles.Spreadsheet(), csv =>
        {
            csv.Row([.. table.Columns]);
            foreach (var row in table.Rows)
            {
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case int n:
                            csv.WriteField(n, default);
                            break;
                        case decimal d:
                            csv.WriteField(d, "0.0");
                            break;
                        default:
                            csv.WriteField(value?.ToString() ?? "");
                            break;
                    }
                }

                csv.EndRecord();
            }
        });
        return TypedResults.File(bytes, CsvFiles.ContentType, table.FileStem + ".csv");
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> XlsxHandle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(db, staff, id, cancellationToken) is not { } table)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(TestAudit.Exported, staff.UserId, staff.OrganisationId, TestAudit.CycleSubject(id), "xlsx", cancellationToken);
        var participants = table.Rows.Select(r => table.Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2)).ToList();
        var sheets = new Dictionary<string, object>
        {
            ["participants"] = Sheet(participants, table.Columns),
            ["attendance"] = Sheet(table.Attendance, AttendanceColumns),
            ["scores"] = Sheet(table.Scores, ScoreColumns),
        };
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return TypedResults.File(buffer.ToArray(), XlsxContentType, table.FileStem + ".xlsx");
    }

    /// <summary>A sheet's rows; an empty one still carries its header row.</summary>
    private static List<Dictionary<string, object?>> Sheet(List<Dictionary<string, object?>> rows, IEnumerable<string> columns) =>
        rows.Count > 0 ? rows : [columns.ToDictionary(c => c, _ => (object?)null)];

    private static readonly string[] AttendanceColumns = ["participant", "agency", "module", "session_starts", "catch_up", "status"];
    private static readonly string[] ScoreColumns = ["participant", "agency", "module", "test", "submitted_at", "correct", "total", "percent"];

    public static async Task<Table?> LoadAsync(AmudduDbContext db, ICurrentStaff staff, Guid cycleId, CancellationToken cancellationToken)
    {
        if (await TestAccess.CoordinatedCycleAsync(db, staff, cycleId, cancellationToken) is not { } cycle)
        {
            return null;
        }

        var modules = await db.TrainingModules.AsNoTracking().Where(m => m.CycleId == cycleId).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.CycleId == cycleId).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var people = await (
            from p in db.CycleParticipants.AsNoTracking()
            where p.CycleId == cycleId && p.Status == ParticipantStatus.Enrolled
            join u in db.Users on p.UserId equals u.Id
            join s in db.Sites on u.SiteId equals s.Id into sites
            from s in sites.DefaultIfEmpty()
            select new { p.Id, u.DisplayName, Agency = s == null ? null : s.Name, Region = s == null ? null : s.RegionCode, p.CompletedAt })
            .ToListAsync(cancellationToken);
        people = [.. people.OrderBy(p => p.Agency).ThenBy(p => p.DisplayName, StringComparer.Ordinal)];
        var ids = people.Select(p => p.Id).ToList();
        var attendance = await db.TrainingAttendance.AsNoTracking().Where(a => ids.Contains(a.ParticipantId)).ToListAsync(cancellationToken);
        var attempts = await db.TestAttempts.AsNoTracking().Where(a => a.CycleId == cycleId).OrderBy(a => a.SubmittedAt).ToListAsync(cancellationToken);
        var certificates = await db.TrainingCertificates.AsNoTracking().Where(c => c.CycleId == cycleId).ToDictionaryAsync(c => c.ParticipantId, cancellationToken);
        var held = sessions.Where(s => s.Status == TrainingSessionStatus.Held).ToDictionary(s => s.Id);
        var required = held.Values.Count(s => !s.IsCatchUp);

        List<string> columns = ["participant", "agency", "region", "sessions_held", "sessions_attended", "sessions_excused", "attendance_percent"];
        foreach (var m in modules)
        {
            columns.Add($"module{m.Number}_pre_test");
            columns.Add($"module{m.Number}_post_test_best");
        }

        columns.AddRange(["completed_on", "certificate_code", "certificate_revoked_on"]);
        var rows = new List<object?[]>();
        foreach (var p in people)
        {
            var mine = attendance.Where(a => a.ParticipantId == p.Id && held.ContainsKey(a.SessionId)).ToList();
            var present = Math.Min(mine.Count(a => a.Status == AttendanceStatus.Present), required);
            List<object?> row = [p.DisplayName, p.Agency ?? "", p.Region ?? "", required, present, mine.Count(a => a.Status == AttendanceStatus.Excused),
                required == 0 ? null : (object)Math.Round(100m * present / required, 1, MidpointRounding.AwayFromZero)];
            foreach (var m in modules)
            {
                var pre = attempts.Where(a => a.ParticipantId == p.Id && a.ModuleId == m.Id && a.Test == TestKind.Pre).Select(a => (int?)a.Percent).Max();
                var post = attempts.Where(a => a.ParticipantId == p.Id && a.ModuleId == m.Id && a.Test == TestKind.Post).Select(a => (int?)a.Percent).Max();
                row.Add(pre);
                row.Add(post);
            }

            var certificate = certificates.GetValueOrDefault(p.Id);
            row.Add(p.CompletedAt is { } done ? Iso(DateOnly.FromDateTime(SiteTime.ToLocal(done))) : "");
            row.Add(certificate?.Code ?? "");
            row.Add(certificate?.RevokedAt is { } revoked ? Iso(DateOnly.FromDateTime(SiteTime.ToLocal(revoked))) : "");
            rows.Add([.. row]);
        }

        var byId = people.ToDictionary(p => p.Id);
        var moduleNumber = modules.ToDictionary(m => m.Id, m => m.Number);
        var attendanceRows = attendance
            .Where(a => sessions.Any(s => s.Id == a.SessionId))
            .Select(a => (a, s: sessions.Single(s => s.Id == a.SessionId)))
            .OrderBy(x => x.s.StartsAt).ThenBy(x => byId[x.a.ParticipantId].DisplayName, StringComparer.Ordinal)
            .Select(x => new Dictionary<string, object?>
            {
                ["participant"] = byId[x.a.ParticipantId].DisplayName,
                ["agency"] = byId[x.a.ParticipantId].Agency ?? "",
                ["module"] = moduleNumber.GetValueOrDefault(x.s.ModuleId),
                ["session_starts"] = SiteTime.ToLocal(x.s.StartsAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ["catch_up"] = x.s.IsCatchUp ? "yes" : "no",
                ["status"] = x.a.Status.ToString(),
            }).ToList();
        var scoreRows = attempts.Where(a => byId.ContainsKey(a.ParticipantId)).Select(a => new Dictionary<string, object?>
        {
            ["participant"] = byId[a.ParticipantId].DisplayName,
            ["agency"] = byId[a.ParticipantId].Agency ?? "",
            ["module"] = moduleNumber.GetValueOrDefault(a.ModuleId),
            ["test"] = a.Test.ToString(),
            ["submitted_at"] = SiteTime.ToLocal(a.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["correct"] = a.Correct,
            ["total"] = a.Total,
            ["percent"] = a.Percent,
        }).ToList();
        var stem = $"training-{cycle.StartsOn:yyyy}-{cycleId.ToString()[..8]}";
        return new Table(stem, columns, rows, attendanceRows, scoreRows);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
