using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Positioning;

/// <summary>Valid bodies for every part of the positioning, and the calls the tests make with them.</summary>
internal static class PositioningApi
{
    public static string Url(Guid personId) => $"/api/v1/people/{personId}/positioning";

    public static object Interview(DateOnly today, long? version = null, string? note = "Asthme : éviter la poussière de chantier.") => new
    {
        interviewedOn = today.AddDays(-1), educationLevel = "UpperSecondary", constraints = new[] { "Childcare", "Health" },
        constraintNote = note, availability = "FullTime", availableFrom = today.AddDays(14),
        strengths = "Rigoureuse, parle trois langues, expérience de la vente.", version,
    };

    /// <summary>One valid line per list, keyed by the list's route.</summary>
    public static Dictionary<string, object> Lines(DateOnly today) => new()
    {
        ["diplomas"] = new { title = "Baccalauréat série D", level = "UpperSecondary", field = "Sciences", countryCode = "SN", year = 2012, recognition = "EquivalenceInProgress" },
        ["languages"] = new { languageCode = "fr", understanding = "C1", speaking = "B2", writing = "B1", assessment = "Tested" },
        ["experiences"] = new { occupationCode = "OCC-CALL-CENTRE-AGENT", title = "Téléconseillère chez Orange Dakar", years = 3, countryCode = "SN" },
        ["skills"] = new { skillCode = "SK-PHONE-SERVICE", level = "Advanced" },
        ["target-occupations"] = new { occupationCode = "OCC-CALL-CENTRE-AGENT", priority = 1 },
        ["tests"] = new { kind = "French", takenOn = today.AddDays(-2), resultLevel = "C1", assessedBy = "Institut français de Rabat" },
        ["tryouts"] = new { employerName = "Centre d'appels Atlantic Contact", occupationCode = "OCC-CALL-CENTRE-AGENT", startsOn = today.AddDays(-10), endsOn = today.AddDays(-6), outcome = "Conclusive", note = "Très bonne élocution." },
    };

    public static async Task<JsonElement> RecordAsync(HttpClient client, Guid personId, object body)
    {
        var response = await client.PutAsJsonAsync(Url(personId), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> AddAsync(HttpClient client, Guid personId, string list, object body)
    {
        var response = await client.PostAsJsonAsync($"{Url(personId)}/{list}", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> GetAsync(HttpClient client, Guid personId) => client.GetFromJsonAsync<JsonElement>(Url(personId));

    /// <summary>The same body with its properties changed or added, as a client editing a line would send it.</summary>
    public static Dictionary<string, object?> With(object body, params (string Name, object? Value)[] changes)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(body))!;
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        return values;
    }
}
