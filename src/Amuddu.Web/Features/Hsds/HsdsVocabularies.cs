namespace Amuddu.Web.Features.Hsds;

/// <summary>The vocabularies Amuddu publishes as HSDS taxonomies; an offer is linked to their terms through attributes.</summary>
public enum HsdsVocabulary
{
    OfferKind,
    Eligibility,

    /// <summary>Facts of an offer HSDS has no field for (duration, seats, start dates, grant); the attribute's value carries them.</summary>
    OfferDetail,

    /// <summary>The occupations of Features/Positioning, each with its ISCO-08 unit group.</summary>
    Occupation,
}

public static class HsdsVocabularies
{
    public const string DurationHours = "duration-hours";
    public const string DurationWeeks = "duration-weeks";
    public const string Seats = "seats";
    public const string StartDate = "start-date";
    public const string GrantAvailable = "grant-available";

    public static readonly string[] Details = [DurationHours, DurationWeeks, Seats, StartDate, GrantAvailable];

    public static string Slug(HsdsVocabulary vocabulary) => vocabulary switch
    {
        HsdsVocabulary.OfferKind => "amuddu-offer-kind",
        HsdsVocabulary.Eligibility => "amuddu-eligibility",
        HsdsVocabulary.OfferDetail => "amuddu-offer-detail",
        HsdsVocabulary.Occupation => "isco-08",
    };

    public static Guid TaxonomyId(HsdsVocabulary vocabulary) => HsdsIds.Of("taxonomy", Slug(vocabulary));

    /// <summary>The term's code, unique across the vocabularies ("amuddu-offer-kind/LegalAid", "isco-08/OCC-WELDER").</summary>
    public static string TermCode(HsdsVocabulary vocabulary, string value) => $"{Slug(vocabulary)}/{value}";

    public static Guid TermId(HsdsVocabulary vocabulary, string value) => HsdsIds.Of("taxonomy_term", TermCode(vocabulary, value));

    public static bool TryParseCode(string? code, out HsdsVocabulary vocabulary, out string value)
    {
        foreach (var candidate in Enum.GetValues<HsdsVocabulary>())
        {
            var prefix = Slug(candidate) + "/";
            if (code is not null && code.StartsWith(prefix, StringComparison.Ordinal) && code.Length > prefix.Length)
            {
                vocabulary = candidate;
                value = code[prefix.Length..];
                return true;
            }
        }

        vocabulary = default;
        value = "";
        return false;
    }
}
