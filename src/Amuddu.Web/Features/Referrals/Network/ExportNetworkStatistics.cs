using System.Globalization;
using CsvHelper;
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
        StatisticsReads reads, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        if (!GetNetworkStatistics.TryReadPeriod(from, to, clock, text, out var first, out var last, out var errors))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var statistics = await GetNetworkStatistics.LoadAsync(reads.Db, staff, first, last, SiteTime.Today(clock), cancellationToken);
        var bytes = CsvFiles.Write(CsvFiles.Spreadsheet(), csv => Write(csv, statistics, text));
        return TypedResults.File(bytes, CsvFiles.ContentType, $"referral-network-{statistics.From}-{statistics.To}.csv");
    }

    public static void Write(CsvWriter csv, NetworkStatistics s, IStringLocalizer text)
    {
        var first = true;
        void Line(params object?[] cells)
        {
            foreach (var cell in cells)
            {
                switch (cell)
                {
                    case null: csv.WriteField(""); break;
                    case int i: csv.WriteField(i, default); break;
                    case double d: csv.WriteField(d, default); break;
                    case decimal m: csv.WriteField(m, default); break;
                    case DateOnly date: csv.WriteField(date, "yyyy-MM-dd"); break;
                    case LocalizedString l: csv.WriteField(l.Value); break;
                    default: csv.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""); break;
                }
            }

            csv.EndRecord();
        }

        void Section(string title, params string[] headers)
        {
            if (!first)
            {
                // A record of one empty field: the blank line between two tables.
                Line("");
            }

            first = false;
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
    }
}
