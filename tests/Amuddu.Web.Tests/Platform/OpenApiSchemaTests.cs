using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// A client generated from the OpenAPI document sends and reads the right shapes: for every operation, the schema the
/// document gives its JSON body (and its success response) has exactly the JSON properties of the CLR type the endpoint
/// binds (read from the endpoint metadata, named by the app's own serializer options), down through nested objects;
/// and one schema name never stands for two types (89 operations once all pointed at the sign-in body "Request").
/// </summary>
public sealed class OpenApiSchemaTests
{
    [Fact]
    public async Task Every_operation_s_schemas_have_the_shape_of_the_types_its_endpoint_binds_and_returns()
    {
        await using var app = await AmudduApp.StartAsync();
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var check = new ShapeCheck(document, json);
        var bodies = 0;

        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            if (endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true }
                || endpoint.RoutePattern.RawText is not { } route || !route.StartsWith("/api/", StringComparison.Ordinal) || methods.Count != 1)
            {
                continue;
            }

            var operation = check.Operation(route, methods[0]);
            var where = $"{methods[0]} {route}";
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: { } requestType } accepts
                && accepts.ContentTypes.Contains("application/json"))
            {
                bodies++;
                var schema = operation?.TryGetProperty("requestBody", out var body) == true
                    && body.GetProperty("content").TryGetProperty("application/json", out var content) ? content.GetProperty("schema") : default;
                check.Compare(schema, requestType, $"{where} body");
            }

            // A status with two possible types (the programmes an employer sees, or staff see) has one schema in the
            // document, which OpenAPI cannot say better: only statuses with one type are compared.
            foreach (var produces in endpoint.Metadata.OfType<IProducesResponseTypeMetadata>()
                .Where(p => p.StatusCode is 200 or 201 && p.Type is { } t && t != typeof(void) && p.ContentTypes.Contains("application/json"))
                .GroupBy(p => p.StatusCode).Where(g => g.Select(p => p.Type).Distinct().Count() == 1).Select(g => g.First()))
            {
                var schema = operation?.GetProperty("responses").TryGetProperty(produces.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
                    && response.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var media)
                        ? media.GetProperty("schema") : default;
                check.Compare(schema, produces.Type!, $"{where} {produces.StatusCode}");
            }
        }

        Assert.True(bodies > 80, $"Only {bodies} operations with a JSON body found.");
        Assert.True(check.Errors.Count == 0, string.Join('\n', check.Errors.Distinct()));
    }

    private sealed class ShapeCheck(JsonElement document, JsonSerializerOptions json)
    {
        private readonly Dictionary<string, Type> _named = new(StringComparer.Ordinal);
        private readonly HashSet<(string, Type)> _compared = [];

        public List<string> Errors { get; } = [];

        public JsonElement? Operation(string route, string method)
        {
            var wanted = Normalise(route);
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                if (Normalise(path.Name) == wanted && path.Value.TryGetProperty(method.ToLowerInvariant(), out var operation))
                {
                    return operation;
                }
            }

            Errors.Add($"{method} {route}: not in the document.");
            return null;
        }

        // "/people/{personId:guid}/positioning/" in a route is "/people/{personId}/positioning" in the document.
        private static string Normalise(string route) =>
            System.Text.RegularExpressions.Regex.Replace(route, @"\{(\*{0,2})([^}:?=]+)[^}]*\}", "{$2}").TrimEnd('/');

        public void Compare(JsonElement schema, Type type, string where)
        {
            var info = json.GetTypeInfo(type);
            if (schema.ValueKind != JsonValueKind.Object)
            {
                Errors.Add($"{where}: no schema for {type.Name}.");
                return;
            }

            var (resolved, name) = Resolve(schema);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Enumerable when info.ElementType is { } element:
                    if (resolved.TryGetProperty("items", out var items))
                    {
                        Compare(items, element, $"{where}[]");
                    }
                    else
                    {
                        Errors.Add($"{where}: {type.Name} is a list, the schema is not.");
                    }

                    return;
                case JsonTypeInfoKind.Object:
                    break;
                default:
                    return;
            }

            if (name is not null)
            {
                if (_named.TryGetValue(name, out var other) && other != type)
                {
                    Errors.Add($"{where}: schema '{name}' stands for both {other.FullName} and {type.FullName}.");
                }

                _named[name] = type;
                if (!_compared.Add((name, type)))
                {
                    return;
                }
            }

            var expected = info.Properties.Where(p => p.Get is not null || p.Set is not null).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            var actual = resolved.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            if (!expected.SequenceEqual(actual))
            {
                Errors.Add($"{where}: schema '{name ?? "(inline)"}' has [{string.Join(", ", actual)}], {type.FullName} has [{string.Join(", ", expected)}].");
                return;
            }

            foreach (var property in info.Properties)
            {
                Compare(properties.GetProperty(property.Name), property.PropertyType, $"{where}.{property.Name}");
            }
        }

        /// <summary>The schema behind references and nullable wrappers, and the component name it was found under.</summary>
        private (JsonElement Schema, string? Name) Resolve(JsonElement schema)
        {
            string? name = null;
            for (var i = 0; i < 10; i++)
            {
                if (schema.TryGetProperty("$ref", out var reference))
                {
                    name = reference.GetString()!.Split('/')[^1];
                    schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
                }
                else if ((schema.TryGetProperty("oneOf", out var options) || schema.TryGetProperty("anyOf", out options) || schema.TryGetProperty("allOf", out options))
                    && options.EnumerateArray().FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"))
                        is { ValueKind: JsonValueKind.Object } option)
                {
                    schema = option;
                }
                else
                {
                    break;
                }
            }

            return (schema, name);
        }
    }
}
