using System.Globalization;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Localisation;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Rights;

/// <summary>
/// The consent form's texts in the person's language, which need not be the staff member's: read with
/// the UI culture switched for the time of the lookup only.
/// </summary>
public sealed class ConsentFormTexts
{
    private static readonly string[] Keys =
    [
        "Title", "Organisation", "FileNumber", "Name", "Intro", "Yes", "No", "Minimal", "RightsTitle", "RightAccess",
        "RightCorrection", "RightErasure", "RightWithdrawal", "Law", "Date", "PersonSignature", "StaffSignature", "Witness",
    ];

    /// <summary>Each language named in itself, as the language switcher does.</summary>
    public static readonly (string Code, string Name)[] Languages = [("fr", "Français"), ("ar", "العربية"), ("en", "English")];

    private readonly Dictionary<string, string> _texts;

    private ConsentFormTexts(string language, CultureInfo culture, Dictionary<string, string> texts)
    {
        Language = language;
        Culture = culture;
        _texts = texts;
    }

    public string Language { get; }
    public CultureInfo Culture { get; }
    public bool RightToLeft => Culture.TextInfo.IsRightToLeft;

    public string this[string key] => _texts[key];

    /// <summary>The consent asked for a purpose, naming the organisation that asks it.</summary>
    public string Purpose(ConsentPurpose purpose) => _texts[$"Purpose.{purpose}"];

    /// <summary>A part of the file a partner may see, for the person to tick under the consent to sharing.</summary>
    public string SharedData(Referrals.SharedData part) => _texts[$"SharedData.{part}"];

    /// <summary>French, Arabic or English; anything else gives French, the platform's first language.</summary>
    public static ConsentFormTexts For(string? language, string organisation, IStringLocalizer text)
    {
        var chosen = language is not null && Cultures.ByLanguage.ContainsKey(language) ? language : "fr";
        var culture = Cultures.ByLanguage[chosen];
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var texts = Keys.ToDictionary(k => k, k => text[$"ConsentForm.{k}"].Value);
            foreach (var purpose in Enum.GetValues<ConsentPurpose>())
            {
                texts[$"Purpose.{purpose}"] = text[$"ConsentForm.Purpose.{purpose}", organisation].Value;
            }

            texts["SharedDataIntro"] = text["Sending.ConsentForm.SharedDataIntro"].Value;
            foreach (var part in Referrals.SharedDataParts.All)
            {
                texts[$"SharedData.{part}"] = text[$"Referral.SharedData.{part}"].Value;
            }

            return new ConsentFormTexts(chosen, culture, texts);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
