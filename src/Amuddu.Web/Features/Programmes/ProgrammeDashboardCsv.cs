using System.Text;
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
        Guid id, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.OrganisationId == staff.OrganisationId, cancellationToken);
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        var d = await GetProgrammeDashboard.LoadAsync(db, programme, SiteTime.Today(clock), cancellationToken);
        var csv = new StringBuilder("section,key,value\n");
        void Money(string section, DashboardFigures f)
        {
            foreach (var (key, value) in new[] { ("budget", f.Budget), ("committed", f.Committed), ("paid", f.Paid), ("ordered_not_paid", f.OrderedNotPaid), ("remaining", f.Remaining) })
            {
                csv.Append(section).Append(',').Append(key).Append(',').Append(Amounts.Invariant(value)).Append('\n');
            }
        }

        void Counts(string section, IEnumerable<DashboardCount> counts)
        {
            foreach (var c in counts)
            {
                csv.Append(section).Append(',').Append(c.Key).Append(',').Append(c.Count).Append('\n');
            }
        }

        Money("total", d.Totals);
        foreach (var region in d.Regions)
        {
            Money($"region {region.RegionCode}", region.Figures);
        }

        Counts("status", d.ByStatus);
        csv.Append("beneficiaries,all,").Append(d.Beneficiaries).Append('\n');
        Counts("sex", d.BySex);
        Counts("nationality", d.ByNationality);
        Counts("legal_status", d.ByLegalStatus);
        Counts("region", d.ByRegion);
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"{programme.Code}-dashboard.csv");
    }

    private static class Amounts
    {
        public static string Invariant(decimal dirhams) => dirhams.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
