using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Programmes;

/// <summary>The dashboard as a machine-readable file for the donor's reports: one "section,key,value" row per figure, amounts in dirhams.</summary>
public static class ProgrammeDashboardCsv
{
    public static async Task<Results<FileContentHttpResult, NotFound>> Handle(
        Guid id, StatisticsReads statistics, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var db = statistics.Db;
        var programme = await db.Programmes.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.OrganisationId == staff.OrganisationId, cancellationToken);
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        var d = await GetProgrammeDashboard.LoadAsync(db, programme, cancellationToken);
        var bytes = CsvFiles.Write(CsvFiles.Spreadsheet(), csv =>
        {
            void Money(string section, DashboardFigures f)
            {
                foreach (var (key, value) in new[] { ("budget", f.Budget), ("committed", f.Committed), ("paid", f.Paid), ("ordered_not_paid", f.OrderedNotPaid), ("remaining", f.Remaining) })
                {
                    csv.WriteField(section);
                    csv.WriteField(key);
                    csv.WriteField(value, "0.00");
                    csv.EndRecord();
                }
            }

            void Counts(string section, IEnumerable<DashboardCount> counts)
            {
                foreach (var c in counts)
                {
                    csv.WriteField(section);
                    csv.WriteField(c.Key);
                    csv.WriteField(c.Count, default);
                    csv.EndRecord();
                }
            }

            csv.Row("section", "key", "value");
            Money("total", d.Totals);
            foreach (var region in d.Regions)
            {
                Money($"region {region.RegionCode}", region.Figures);
            }

            Counts("status", d.ByStatus);
            csv.WriteField("beneficiaries");
            csv.WriteField("all");
            csv.WriteField(d.Beneficiaries, default);
            csv.EndRecord();
            Counts("sex", d.BySex);
            Counts("nationality", d.ByNationality);
            Counts("legal_status", d.ByLegalStatus);
            Counts("region", d.ByRegion);
        });
        return TypedResults.File(bytes, CsvFiles.ContentType, $"{programme.Code}-dashboard.csv");
    }
}
