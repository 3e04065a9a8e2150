using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The printable certificate: one self-contained HTML page (its style inline, no script, no outside file) laid out
/// for A4 with print CSS, right to left in Arabic. HTML rather than PDF because the PDF libraries at hand cannot
/// shape Arabic; the browser's "Print, save as PDF" gives the PDF. Served with the browser session to its holder
/// and to the cycle's coordinators; the download variant is the same page as an attachment.
/// </summary>
public static class CertificateDocument
{
    /// <summary>Its own content policy: the inline style, nothing else.</summary>
    private const string ContentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static string Print(Guid certificateId, string? language = null) =>
        $"/training/certificates/{certificateId}/print" + (language is null ? "" : $"?lang={language}");

    public static string Download(Guid certificateId, string? language = null) =>
        $"/training/certificates/{certificateId}/download" + (language is null ? "" : $"?lang={language}");

    public static Task<Results<ContentHttpResult, NotFound>> PrintHandle(
        Guid id, string? lang, HttpContext http, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ServeAsync(id, lang, attachment: false, http, db, staff, text, cancellationToken);

    public static Task<Results<ContentHttpResult, NotFound>> DownloadHandle(
        Guid id, string? lang, HttpContext http, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ServeAsync(id, lang, attachment: true, http, db, staff, text, cancellationToken);

    private static async Task<Results<ContentHttpResult, NotFound>> ServeAsync(
        Guid id, string? lang, bool attachment, HttpContext http, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var certificate = await db.TrainingCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.RevokedAt == null, cancellationToken);
        if (certificate is null
            || (certificate.UserId != staff.UserId && await TestAccess.CoordinatedCycleAsync(db, staff, certificate.CycleId, cancellationToken) is null))
        {
            return TypedResults.NotFound();
        }

        var cycle = await db.TrainingCycles.AsNoTracking().SingleAsync(c => c.Id == certificate.CycleId, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Id == cycle.OrganisationId || o.Id == cycle.DeliveredById)
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var modules = await db.TrainingModules.AsNoTracking().Where(m => m.CycleId == cycle.Id).OrderBy(m => m.Number)
            .Select(m => new { m.Number, m.Title, m.DurationHours }).ToListAsync(cancellationToken);
        var language = lang is not null && Cultures.ByLanguage.ContainsKey(lang) ? lang : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var verifyUrl = $"{http.Request.Scheme}://{http.Request.Host}/verify/{certificate.Code}";
        var html = InCulture(Cultures.ByLanguage.GetValueOrDefault(language, Cultures.Default), () => Render(
            text, language, certificate, cycle, organisations.GetValueOrDefault(cycle.OrganisationId, ""), organisations.GetValueOrDefault(cycle.DeliveredById, ""),
            [.. modules.Select(m => (m.Number, m.Title, m.DurationHours))], verifyUrl));
        http.Response.Headers.ContentSecurityPolicy = ContentPolicy;
        if (attachment)
        {
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(certificate.Code, language)}\"";
        }

        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>Arabic and accents as they are (the page is UTF-8), markup characters escaped.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string FileName(string code, string language) => $"certificate-{code}-{language}.html";

    private static T InCulture<T>(CultureInfo culture, Func<T> render)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    public static string Render(
        IStringLocalizer text, string language, TrainingCertificate certificate, TrainingCycle cycle, string organiser, string deliveredBy,
        List<(int Number, string Title, int Hours)> modules, string verifyUrl)
    {
        static string E(string value) => Encoder.Encode(value);
        var culture = CultureInfo.CurrentCulture;
        var dir = language == "ar" ? "rtl" : "ltr";
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{language}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>{E(text["Certificate.DocumentTitle"])} – {E(certificate.HolderName)}</title>");
        html.Append("""
            <style>
            @page { size: A4 landscape; margin: 12mm; }
            * { box-sizing: border-box; }
            html { font-family: "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", Arial, sans-serif; color: #1d2433; }
            body { margin: 0; background: #eef1f5; }
            .sheet { width: 273mm; min-height: 186mm; margin: 8mm auto; padding: 14mm 18mm; background: #fff;
              border: 3mm double #1f5f8b; display: flex; flex-direction: column; gap: 5mm; }
            .organiser { font-size: 11pt; letter-spacing: .05em; text-transform: uppercase; color: #1f5f8b; margin: 0; }
            h1 { font-size: 30pt; margin: 0; color: #1f5f8b; }
            .holder { font-size: 24pt; font-weight: 700; margin: 2mm 0; border-block-end: .5mm solid #c9d3df; padding-block-end: 2mm; }
            p { margin: 0; font-size: 12pt; line-height: 1.5; }
            .cycle { font-size: 15pt; font-weight: 600; }
            ol { margin: 0; padding-inline-start: 7mm; font-size: 11pt; line-height: 1.5; }
            .foot { margin-block-start: auto; display: flex; justify-content: space-between; align-items: flex-end; gap: 8mm; font-size: 10pt; }
            .code { font-family: "DejaVu Sans Mono", monospace; font-size: 14pt; font-weight: 700; letter-spacing: .08em; direction: ltr; unicode-bidi: isolate; }
            .url { direction: ltr; unicode-bidi: isolate; word-break: break-all; }
            @media print { body { background: none; } .sheet { margin: 0; width: auto; min-height: 180mm; } }
            @media (max-width: 300mm) { .sheet { width: auto; margin: 0; min-height: 0; } }
            </style>
            """);
        html.Append("</head><body><main class=\"sheet\">");
        html.Append($"<p class=\"organiser\">{E(organiser)}</p>");
        html.Append($"<h1>{E(text["Certificate.DocumentTitle"])}</h1>");
        html.Append($"<p>{E(text["Certificate.AwardedTo"])}</p>");
        html.Append($"<p class=\"holder\">{E(certificate.HolderName)}</p>");
        html.Append($"<p>{E(text["Certificate.ForCompleting"])}</p>");
        html.Append($"<p class=\"cycle\">{E(cycle.Title)}</p>");
        html.Append($"<p>{E(text["Certificate.DeliveredBy", deliveredBy])} · {E(text["Certificate.Period", cycle.StartsOn.ToString("d", culture), cycle.EndsOn.ToString("d", culture)])}</p>");
        if (modules.Count > 0)
        {
            html.Append("<ol>");
            foreach (var (number, title, hours) in modules)
            {
                html.Append($"<li value=\"{number}\">{E(title)}{(hours > 0 ? " – " + E(text["Certificate.Hours", hours]) : "")}</li>");
            }

            html.Append("</ol>");
        }

        html.Append("<div class=\"foot\"><div>");
        html.Append($"<p>{E(text["Certificate.IssuedOn", SiteTime.ToLocal(certificate.IssuedAt).ToString("D", culture)])}</p>");
        html.Append("</div><div>");
        html.Append($"<p>{E(text["Certificate.VerifyWith"])}</p>");
        html.Append($"<p class=\"code\">{E(CertificateCodes.Display(certificate.Code))}</p>");
        html.Append($"<p class=\"url\">{E(verifyUrl)}</p>");
        html.Append("</div></div></main></body></html>");
        return html.ToString();
    }
}
