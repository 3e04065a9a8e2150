using System.Globalization;
using System.Text;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals.Network;

/// <summary>
/// The network statistics as CSV, one section per table (a title line, a header line, the rows, a
/// blank line), in the request's language, for a spreadsheet.
/// </summary>
public static class ExportNetworkStatistics
{
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Handle(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken,
        string? from = null, string? to = null)
    {
        if (!GetNetworkStatistics.TryReadPeriod(from, to, clock, text, out var first, out var last, out var errors))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var statistics = await GetNetworkStatistics.LoadAsync(db, staff, first, last, SiteTime.Today(clock), cancellationToken);
        // A byte-order mark, or spreadsheets read the Arabic and the accents as Latin-1.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(statistics, text))).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"referral-network-{statistics.From}-{statistics.To}.csv");
    }

    public static string Write(NetworkStatistics s, IStringLocalizer text)
    {
        var csv = new StringBuilder();
        void Line(params object?[] cells) => csv.Append(string.Join(",", cells.Select(Cell))).Append("\r\n");
        void Section(string title, params string[] headers)
        {
            if (csv.Length > 0)
            {
                csv.Append("\r\n");
            }

            Line(title);
            Line(headers);
        }

        Section(text["Network.Summary"], text["Network.From"], text["Network.To"], text["Network.Sent"], text["Network.Overdue"], text["Network.CounterReferrals"]);
        Line(s.From, s.To, s.Sent, s.Overdue, s.CounterReferrals);
        Section(text["Network.ByPair"], text["Network.Sender"], text["Network.Recipient"], text["Network.Count"]);
        foreach (var p in s.Pairs)
        {
            Line(p.Sender, p.Recipient, p.Count);
        }

        Section(text["Network.ByService"], text["Network.Service"], text["Network.Organisation"], text["Network.Count"]);
        foreach (var x in s.Services)
        {
            Line(x.Service, x.Organisation, x.Count);
        }

        Section(text["Network.ByStatus"], text["Referral.Status"], text["Network.Count"]);
        foreach (var x in s.Statuses)
        {
            Line(text[$"Referral.Status.{x.Code}"], x.Count);
        }

        Section(text["Network.DeclineReasons"], text["Network.Reason"], text["Network.Count"]);
        foreach (var x in s.DeclineReasons)
        {
            Line(text[$"Referral.DeclineReason.{x.Code}"], x.Count);
        }

        Section(text["Network.Times"], text["Network.Step"], text["Network.Count"], text["Network.MedianDays"], text["Network.AverageDays"]);
        Line(text["Network.TimeToAccept"], s.TimeToAccept.Count, s.TimeToAccept.MedianDays, s.TimeToAccept.AverageDays);
        Line(text["Network.TimeToComplete"], s.TimeToComplete.Count, s.TimeToComplete.MedianDays, s.TimeToComplete.AverageDays);
        return csv.ToString();
    }

    private static string Cell(object? value)
    {
        var cell = value switch
        {
            null => "",
            LocalizedString l => l.Value,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        // Names typed by people must not run as formulas in a spreadsheet.
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && value is string)
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
