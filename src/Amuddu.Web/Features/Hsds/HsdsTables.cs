using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amuddu.Web.Features.Hsds;

/// <summary>
/// One table of an HSDS 3.0 data package, as compiled/tabular.json describes it: the name used as
/// the key of the JSON package, the CSV file name, its scalar columns, and the columns a row
/// must carry (required plus tabular_required).
/// </summary>
public sealed record HsdsTable(string Name, string File, string[] Columns, string[] Required)
{
    /// <summary>The tables Amuddu writes and reads, in the order the specification lists them.</summary>
    public static readonly IReadOnlyList<HsdsTable> All =
    [
        new("organization", "organizations.csv", ["id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"], ["id", "name", "description"]),
        new("service", "services.csv", ["id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email", "status", "interpretation_services", "application_process", "fees_description", "wait_time", "fees", "accreditations", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "licenses", "alert", "last_modified"], ["id", "name", "status", "organization_id"]),
        new("location", "locations.csv", ["id", "location_type", "url", "organization_id", "name", "alternate_name", "description", "transportation", "latitude", "longitude", "external_identifier", "external_identifier_type"], ["id", "location_type"]),
        new("address", "addresses.csv", ["id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province", "postal_code", "country", "address_type"], ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"]),
        new("service_at_location", "service_at_location.csv", ["id", "service_id", "location_id", "description"], ["id", "service_id", "location_id"]),
        new("language", "languages.csv", ["id", "service_id", "location_id", "phone_id", "name", "code", "note"], ["id"]),
        new("cost_option", "cost_options.csv", ["id", "service_id", "valid_from", "valid_to", "option", "currency", "amount", "amount_description"], ["id", "service_id"]),
        new("required_document", "required_documents.csv", ["id", "service_id", "document", "uri"], ["id"]),
        new("phone", "phones.csv", ["id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id", "number", "extension", "type", "description"], ["id", "number"]),
        new("schedule", "schedules.csv", ["id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart", "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at", "closes_at", "schedule_link", "attending_type", "notes"], ["id"]),
        new("attribute", "attributes.csv", ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"], ["id", "link_id", "taxonomy_term_id", "link_entity"]),
        new("taxonomy", "taxonomies.csv", ["id", "name", "description", "uri", "version"], ["id", "name", "description"]),
        new("taxonomy_term", "taxonomy_terms.csv", ["id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri"], ["id", "name", "description"]),
    ];

    public static HsdsTable Named(string name) => All.Single(t => t.Name == name);

    /// <summary>Columns typed "number" in the specification; every other column is a string.</summary>
    public static readonly IReadOnlySet<string> NumberColumns = new HashSet<string>(StringComparer.Ordinal)
    {
        "year_incorporated", "minimum_age", "maximum_age", "latitude", "longitude", "amount", "extension", "timezone", "count", "interval",
    };

    public static bool IsIdColumn(string column) => column == "id" || column.EndsWith("_id", StringComparison.Ordinal);
}

public static class HsdsJson
{
    /// <summary>HSDS field names are snake_case; absent values are left out, for the schemas allow no nulls.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>
/// Name-based (version 5) UUIDs for the HSDS objects that have no row of their own in Amuddu
/// (an offer's address, its languages, the vocabularies' terms...), so that they keep the same id
/// from one export to the next.
/// </summary>
public static class HsdsIds
{
    private static readonly byte[] Namespace = new Guid("6f0b5c8e-3a1d-5b7e-9c2f-2d4a8e1b7c30").ToByteArray(bigEndian: true);

    public static Guid Of(params object[] parts)
    {
        var name = Encoding.UTF8.GetBytes(string.Join('|', parts.Select(p => p.ToString())));
        var hash = SHA1.HashData([.. Namespace, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
