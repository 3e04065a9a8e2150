using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Rights;

/// <summary>Everything held on a person, from every area, for the right of access. Every export is audited.</summary>
public static class ExportPerson
{
    public sealed record Response(DateTimeOffset ExportedAt, string FileNumber, IReadOnlyDictionary<string, object?> Sections);

    public static async Task<Results<Ok<Response>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, IEnumerable<IPersonalDataSection> sections, AuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var data = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            data[section.Name] = await section.ExportAsync(personId, cancellationToken);
        }

        await audit.RecordAsync(RightsAudit.Exported, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"sections: {string.Join(", ", data.Keys)}", cancellationToken);
        return TypedResults.Ok(new Response(clock.GetUtcNow(), person.FileNumber, data));
    }

    /// <summary>
    /// The same export as a file, "{file number}.json", for the page's download link: the JSON the API answers,
    /// written with the API's own serializer options, and audited as the API's export is.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> Download(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, IEnumerable<IPersonalDataSection> sections, AuditLog audit,
        TimeProvider clock, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        (await Handle(personId, db, staff, sections, audit, clock, cancellationToken)).Result is Ok<Response> { Value: { } export }
            ? TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, json.Value.SerializerOptions), "application/json", $"{export.FileNumber}.json")
            : TypedResults.NotFound();
}
