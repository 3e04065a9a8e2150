using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// The OpenAPI schema name of a type: the default name, prefixed with its declaring types for a nested type.
/// Every use case declares its own nested <c>Request</c> (and often <c>Response</c>, <c>Page</c>, <c>Filters</c>):
/// under the default name they were all published as one schema "Request", so a generated client sent the
/// sign-in body to 89 operations. <c>RecordInterview.Request</c> is "RecordInterviewRequest".
/// </summary>
public static class SchemaNames
{
    public static string? Of(JsonTypeInfo type)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        if (name is null)
        {
            return null;
        }

        var clr = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        for (var outer = clr.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            name = Plain(outer.Name) + name;
        }

        return name;
    }

    // PositioningList`3 (a generic declaring type) reads as PositioningList.
    private static string Plain(string name) => name.IndexOf('`', StringComparison.Ordinal) is var tick and > 0 ? name[..tick] : name;
}
