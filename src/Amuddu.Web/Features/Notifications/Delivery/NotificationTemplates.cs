using System.Globalization;
using System.Net;
using Amuddu.Web.Features.Localisation;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>
/// What a message says, in its recipient's language: the text from "Notification.{key}", the
/// e-mail subject from "Notification.{key}.Subject", and an e-mail body (text and HTML) that
/// closes with a line saying where it comes from.
/// </summary>
public static class NotificationTemplates
{
    public sealed record Rendered(string Subject, string Text, string EmailText, string EmailHtml);

    public static Rendered Render(IStringLocalizer text, string templateKey, string culture, string parameters)
    {
        var body = Outbox.Render(text, templateKey, culture, parameters);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            var ui = Cultures.ByLanguage.GetValueOrDefault(culture, Cultures.Default);
            CultureInfo.CurrentUICulture = ui;
            var subject = text[$"Notification.{templateKey}.Subject"] is { ResourceNotFound: false } found
                ? found.Value
                : text["Notifications.DefaultSubject"].Value;
            var footer = text["Notifications.EmailFooter"].Value;
            var direction = ui.TextInfo.IsRightToLeft ? "rtl" : "ltr";
            var html = $"""
                <!DOCTYPE html>
                <html lang="{culture}" dir="{direction}">
                <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(subject)}</title></head>
                <body style="font-family: sans-serif; line-height: 1.5;">
                <p>{WebUtility.HtmlEncode(body).Replace("\n", "<br>", StringComparison.Ordinal)}</p>
                <p style="color: #555; font-size: 0.9em;">{WebUtility.HtmlEncode(footer)}</p>
                </body>
                </html>
                """;
            return new Rendered(subject, body, $"{body}\n\n-- \n{footer}\n", html);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
