using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amuddu.Web.Data;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// Reads the app's own OpenAPI document and sends every operation bodies and parameters no client should send
/// (not JSON, null, empty, wrong types, oversized, undefined enum values, bad path and query values), as each role
/// that can reach the operation, and fails on any 5xx. Seeded, so a failure happens again on the next run.
/// </summary>
public sealed class ApiFuzzTests
{
    private const int Seed = 13;
    private const int MinimumRequests = 3000;

    [Fact]
    public async Task No_operation_answers_fuzzed_input_with_a_server_error()
    {
        await using var app = await AmudduApp.StartAsync(new()
        {
            // The fuzzer signs in many times and posts to the login and public registration doors on purpose.
            ["Amuddu:RateLimits:SignInPerMinute"] = "100000",
            ["Amuddu:RateLimits:PublicRegistrationPerMinute"] = "100000",
            ["Amuddu:RateLimits:SignInPerAddressPerMinute"] = "100000",
            ["Amuddu:RateLimits:TwoFactorPerMinute"] = "100000",
            ["Amuddu:RateLimits:EmployerHiresPerHour"] = "100000",
        });
        var anonymous = app.CreateClient();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = Operations(document).ToList();
        Assert.True(operations.Count > 150, $"Only {operations.Count} operations in the OpenAPI document.");

        var clients = new List<HttpClient> { anonymous };
        foreach (var account in new[] { Demo.Admin, Demo.Counsellor, Demo.Caseworker, Demo.Officer, Demo.Employer, Demo.Analyst, Demo.SelfEmployment, Demo.NgoCounsellor,
            $"agent@{Features.Demo.DemoAccounts.Domain}", $"trainer@{Features.Demo.DemoAccounts.Domain}" })
        {
            clients.Add(await app.ApiClientAsync(account));
        }

        var ids = await KnownIdsAsync(app);
        var random = new Random(Seed);
        var failures = new List<string>();
        var sent = 0;
        var reached = new HashSet<string>();

        // Reads first, deletions then signing in and out last: a deleted record, or the signed-out tokens, would hide the operations after them.
        foreach (var operation in operations.OrderBy(o => o.Path.StartsWith("/api/v1/auth/", StringComparison.Ordinal))
            .ThenBy(o => o.Method == "DELETE").ThenBy(o => o.Method != "GET").ThenBy(o => o.Path, StringComparer.Ordinal))
        {
            var fuzz = new Fuzz(document, operation, ids, random);

            // Who can reach it: clients in a random order try a plausible request until two get past 401 and 403.
            var roles = new List<HttpClient>();
            foreach (var client in clients.OrderBy(_ => random.Next()))
            {
                var status = await SendAsync(client, fuzz.Plausible(), failures);
                sent++;
                if (status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
                {
                    roles.Add(client);
                    if (roles.Count == 2)
                    {
                        break;
                    }
                }
            }

            if (roles.Count > 0)
            {
                reached.Add(operation.Key);
            }
            else
            {
                // Refused to everyone with a plausible request (the sign-in answers 401 to a wrong password): fuzz it as everyone.
                roles = clients;
            }

            foreach (var request in fuzz.Requests())
            {
                await SendAsync(roles[random.Next(roles.Count)], request, failures);
                sent++;
            }
        }

        var unreached = operations.Select(o => o.Key).Where(k => !reached.Contains(k)).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} server errors out of {sent} requests:\n" + string.Join('\n', failures.Distinct().Take(200))
            + $"\nUnreached ({unreached.Count}): " + string.Join(", ", unreached));
        Assert.True(sent >= MinimumRequests, $"Only {sent} requests sent.");
        Assert.True(reached.Count * 10 >= operations.Count * 9, $"Only {reached.Count} of {operations.Count} operations reached by some role: unreached " + string.Join(", ", unreached));
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, FuzzRequest request, List<string> failures)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(request.ContentType);
        }

        using var response = await client.SendAsync(message);
        if ((int)response.StatusCode >= 500)
        {
            var body = await response.Content.ReadAsStringAsync();
            failures.Add($"{request.Method} {request.Template} ({request.Kind}): {(int)response.StatusCode} {request.Url} {Shorten(request.Body)} → {body[..Math.Min(body.Length, 300)]}");
        }

        return response.StatusCode;
    }

    private static string Shorten(byte[]? body) =>
        body is null ? "" : Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200));

    internal sealed record Operation(string Method, string Path, JsonElement Definition)
    {
        public string Key => $"{Method} {Path}";
    }

    internal sealed record FuzzRequest(string Method, string Template, string Url, string Kind, byte[]? Body, string ContentType = "application/json");

    private static IEnumerable<Operation> Operations(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject())
            {
                if (method.Name is "get" or "post" or "put" or "patch" or "delete")
                {
                    yield return new Operation(method.Name.ToUpperInvariant(), path.Name, method.Value);
                }
            }
        }
    }

    /// <summary>Real ids of the demo data by entity name ("person", "application"), so requests get past "not found".</summary>
    private static Task<Dictionary<string, List<Guid>>> KnownIdsAsync(AmudduApp app) => app.QueryAsync(async db =>
    {
        var ids = new Dictionary<string, List<Guid>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>)))
        {
            var key = entity.FindPrimaryKey();
            if (key is not { Properties.Count: 1 } || key.Properties[0].ClrType != typeof(Guid))
            {
                continue;
            }

            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            var property = key.Properties[0].Name;
            var values = await set.Select(e => EF.Property<Guid>(e, property)).OrderBy(i => i).Take(5).ToListAsync();
            if (values.Count > 0)
            {
                ids[entity.ClrType.Name] = values;
            }
        }

        return ids;
    });

    /// <summary>The requests made for one operation, from its parameters and body schema.</summary>
    private sealed class Fuzz(JsonElement document, Operation operation, Dictionary<string, List<Guid>> ids, Random random)
    {
        private static readonly string[] Malformed =
            ["{", "not json", "{\"a\":", "[1,2", "\"unterminated", "{\"x\": tru}", "\u0000\u0001", "{}}", "<xml/>"];

        private readonly List<JsonElement> _parameters = [.. Parameters(operation.Definition)];
        private readonly JsonElement? _body = Body(operation.Definition);

        public FuzzRequest Plausible() => Make("plausible", Url(PathValue.Known, QueryValue.Valid), _body is null ? null : Bytes(Value(_body.Value, 0)));

        public IEnumerable<FuzzRequest> Requests()
        {
            var bodyless = operation.Method is "GET" or "DELETE";
            // Path and query values.
            foreach (var path in Some<PathValue>([PathValue.Random, PathValue.Bad, PathValue.Empty, PathValue.Huge], operation.Path.Contains('{', StringComparison.Ordinal) ? 2 : 0))
            {
                yield return Make($"path {path}", Url(path, QueryValue.Valid), _body is null ? null : Bytes(Value(_body.Value, 0)));
            }

            if (_parameters.Any(p => p.GetProperty("in").GetString() == "query"))
            {
                foreach (var query in new[] { QueryValue.WrongType, QueryValue.UndefinedEnum, QueryValue.Huge, QueryValue.Negative, QueryValue.Repeated })
                {
                    yield return Make($"query {query}", Url(PathValue.Known, query), null);
                }
            }

            if (bodyless && _body is null)
            {
                // Even a GET may be sent a body it does not expect.
                yield return Make("unexpected body", Url(PathValue.Known, QueryValue.Valid), Encoding.UTF8.GetBytes("{\"x\":1}"));
                yield return Make("valid", Url(PathValue.Known, QueryValue.Valid), null);

                yield break;
            }

            var url = Url(PathValue.Known, QueryValue.Valid);
            foreach (var malformed in Some(Malformed, 3))
            {
                yield return Make("malformed", url, Encoding.UTF8.GetBytes(malformed));
            }

            foreach (var empty in Some<string>(["null"], 1).Concat(Some<string>(["", "{}", "[]", "0", "\"text\"", "true"], 2)))
            {
                yield return Make($"empty {empty}", url, Encoding.UTF8.GetBytes(empty));
            }

            yield return random.Next(2) == 0
                ? Make("wrong content type", url, Encoding.UTF8.GetBytes("a=1&b=2"), "application/x-www-form-urlencoded")
                : Make("text content type", url, Encoding.UTF8.GetBytes("{}"), "text/plain");
            if (_body is null)
            {
                yield break;
            }

            var schema = _body.Value;
            for (var i = 0; i < 2; i++)
            {
                yield return Make("valid", Url(PathValue.Known, QueryValue.Valid), Bytes(Value(schema, 0)));
            }

            var properties = PropertyPaths(schema, "", 0).ToList();
            foreach (var (path, property) in properties)
            {
                // Null, and one other way of being wrong (an undefined value, for an enum) chosen at random.
                var mutations = Mutations(property).ToList();
                var enums = mutations.Where(m => m.Kind.Contains("enum", StringComparison.Ordinal)).ToList();
                var others = mutations.Skip(1).Where(m => !enums.Contains(m)).ToList();
                foreach (var mutation in mutations.Take(1).Concat(Some(enums, 1)).Concat(Some(others, enums.Count > 0 ? 0 : 1)))
                {
                    var body = Value(schema, 0);
                    if (Set(body, path, mutation.Value))
                    {
                        yield return Make($"{mutation.Kind} {path}", url, Bytes(body));
                    }
                }
            }

            // Every property null at once, every property missing, and everything oversized at once.
            yield return Make("all null", url, Bytes(AllNull(schema)));
            var huge = Value(schema, 0);
            foreach (var (path, property) in properties.Where(p => Type(p.Schema) == "string"))
            {
                Set(huge, path, new string('x', 70_000));
            }

            yield return Make("all oversized", url, Bytes(huge));
            yield return Make("deep nesting", url, Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)));
        }

        private IEnumerable<T> Some<T>(IReadOnlyList<T> items, int count) => items.OrderBy(_ => random.Next()).Take(count).ToList();

        private FuzzRequest Make(string kind, string url, byte[]? body, string contentType = "application/json") =>
            new(operation.Method, operation.Path, url, kind, body, contentType);

        private static byte[] Bytes(JsonNode? node) => Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null");

        private enum PathValue { Known, Random, Bad, Empty, Huge }

        private enum QueryValue { Valid, WrongType, UndefinedEnum, Huge, Negative, Repeated }

        private string Url(PathValue pathValue, QueryValue queryValue)
        {
            var path = operation.Path;
            var previous = "";
            var builder = new StringBuilder();
            foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Append('/');
                if (segment.StartsWith('{'))
                {
                    var name = segment.Trim('{', '}');
                    var parameter = _parameters.FirstOrDefault(p => p.GetProperty("name").GetString() == name);
                    builder.Append(Uri.EscapeDataString(PathParameter(name, previous, parameter, pathValue)));
                }
                else
                {
                    builder.Append(segment);
                    previous = segment;
                }
            }

            var query = new List<string>();
            foreach (var parameter in _parameters.Where(p => p.GetProperty("in").GetString() == "query"))
            {
                var name = parameter.GetProperty("name").GetString()!;
                var schema = parameter.TryGetProperty("schema", out var s) ? Resolve(s) : default;
                if (queryValue == QueryValue.Valid && random.Next(3) == 0)
                {
                    continue;
                }

                string[] values = queryValue switch
                {
                    QueryValue.WrongType => [random.Next(2) == 0 ? "zz" : "1.5e400"],
                    QueryValue.UndefinedEnum => [random.Next(2) == 0 ? "99" : "NotAValue"],
                    QueryValue.Huge => [random.Next(2) == 0 ? new string('9', 40) : new string('q', 5000)],
                    QueryValue.Negative => ["-2147483649", "-1"],
                    QueryValue.Repeated => ["1", "2", "x"],
                    _ => [Scalar(schema, name, previous)],
                };
                query.AddRange(values.Select(v => $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(v)}"));
            }

            return builder + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        }

        private string PathParameter(string name, string previous, JsonElement parameter, PathValue value)
        {
            var schema = parameter.ValueKind == JsonValueKind.Object && parameter.TryGetProperty("schema", out var s) ? Resolve(s) : default;
            return value switch
            {
                PathValue.Random => Type(schema) == "string" && Format(schema) == "uuid" ? RandomGuid().ToString() : Scalar(schema, name, previous),
                PathValue.Bad => new[] { "not-a-guid", "00000000-0000-0000-0000-000000000000", "-1", "..", "%00" }[random.Next(5)],
                PathValue.Empty => " ",
                PathValue.Huge => new string('7', 3000),
                _ => Scalar(schema, name, previous),
            };
        }

        /// <summary>A plausible value of a scalar: a known id of the entity the name points to, a date, a number, a name of the enum.</summary>
        private string Scalar(JsonElement schema, string name, string previous)
        {
            if (Enum(schema) is { Count: > 0 } values)
            {
                return values[random.Next(values.Count)];
            }

            return (Type(schema), Format(schema)) switch
            {
                ("string", "uuid") => KnownId(name, previous).ToString(),
                ("string", "date") => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(random.Next(-400, 400)).ToString("yyyy-MM-dd"),
                ("string", "date-time") => DateTimeOffset.UtcNow.AddDays(random.Next(-400, 400)).ToString("O"),
                ("integer", _) => random.Next(0, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ("number", _) => (random.Next(0, 100000) / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ("boolean", _) => random.Next(2) == 0 ? "true" : "false",
                _ => name.Contains("id", StringComparison.OrdinalIgnoreCase) ? KnownId(name, previous).ToString() : "Fatima",
            };
        }

        private Guid RandomGuid()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        private Guid KnownId(string name, string previous)
        {
            var wanted = Singular((name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2 ? name[..^2] : previous).Replace("-", "", StringComparison.Ordinal));
            var match = ids.Keys.Where(k => k.Equals(wanted, StringComparison.OrdinalIgnoreCase)).Concat(
                ids.Keys.Where(k => wanted.Length > 2 && k.EndsWith(wanted, StringComparison.OrdinalIgnoreCase))).FirstOrDefault();
            var pool = match is null ? ids.Values.SelectMany(v => v).ToList() : ids[match];
            return pool[random.Next(pool.Count)];
        }

        private static string Singular(string word) =>
            word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
            : word.EndsWith("ses", StringComparison.Ordinal) ? word[..^2]
            : word.EndsWith('s') ? word[..^1] : word;

        /// <summary>A value that fits the schema, with random but plausible content.</summary>
        private JsonNode? Value(JsonElement schema, int depth)
        {
            schema = Resolve(schema);
            if (Enum(schema) is { Count: > 0 } values)
            {
                return JsonValue.Create(values[random.Next(values.Count)]);
            }

            switch (Type(schema))
            {
                case "object":
                    var node = new JsonObject();
                    if (depth < 6 && schema.TryGetProperty("properties", out var properties))
                    {
                        foreach (var property in properties.EnumerateObject())
                        {
                            node[property.Name] = Value(property.Value, depth + 1) ?? Name(property.Name);
                        }
                    }

                    return node;
                case "array":
                    var array = new JsonArray();
                    if (depth < 6 && schema.TryGetProperty("items", out var items))
                    {
                        for (var i = random.Next(0, 3); i > 0; i--)
                        {
                            array.Add(Value(items, depth + 1));
                        }
                    }

                    return array;
                case "integer":
                    return JsonValue.Create(random.Next(0, 6));
                case "number":
                    return JsonValue.Create(random.Next(1, 100000) / 100m);
                case "boolean":
                    return JsonValue.Create(random.Next(2) == 0);
                case "string":
                    return JsonValue.Create(Scalar(schema, "", ""));
                default:
                    return null;
            }
        }

        private static JsonNode Name(string property) => JsonValue.Create(property + " value")!;

        private IEnumerable<(string Path, JsonElement Schema)> PropertyPaths(JsonElement schema, string prefix, int depth)
        {
            schema = Resolve(schema);
            if (depth > 3 || Type(schema) != "object" || !schema.TryGetProperty("properties", out var properties))
            {
                yield break;
            }

            foreach (var property in properties.EnumerateObject())
            {
                var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                var resolved = Resolve(property.Value);
                yield return (path, resolved);
                foreach (var inner in PropertyPaths(resolved, path, depth + 1))
                {
                    yield return inner;
                }
            }
        }

        private IEnumerable<(string Kind, JsonNode? Value)> Mutations(JsonElement schema)
        {
            yield return ("null", null);
            var type = Type(schema);
            yield return ("wrong type", type switch
            {
                "string" => JsonValue.Create(random.Next(2) == 0 ? 42 : 1.5),
                "integer" or "number" => JsonValue.Create("twelve"),
                "boolean" => JsonValue.Create("yes"),
                "array" => new JsonObject { ["a"] = 1 },
                _ => JsonValue.Create(7),
            });
            if (Enum(schema) is { Count: > 0 })
            {
                yield return ("undefined enum number", JsonValue.Create(99));
                yield return ("undefined enum name", JsonValue.Create("NotAValue"));
                yield return ("numeric enum string", JsonValue.Create("77"));
                yield break;
            }

            switch (type)
            {
                case "string":
                    yield return ("oversized", JsonValue.Create(new string('é', 100_000)));
                    yield return ("odd", JsonValue.Create(new[] { "", " ", "\u0000", "<script>", "𝕏\u202e", "2024-02-30", "9999-12-31T23:59:59Z", "0001-01-01" }[random.Next(8)]));
                    break;
                case "integer":
                    yield return ("oversized", JsonValue.Create(long.MaxValue));
                    yield return ("negative", JsonValue.Create(int.MinValue));
                    yield return ("fraction", JsonValue.Create(1.5));
                    break;
                case "number":
                    yield return ("oversized", JsonNode.Parse("1e308"));
                    yield return ("negative", JsonValue.Create(-79228162514264337593543950335m));
                    break;
                case "array":
                    var many = new JsonArray();
                    for (var i = 0; i < 2000; i++)
                    {
                        many.Add(schema.TryGetProperty("items", out var items) ? Value(items, 5) : JsonValue.Create(i));
                    }

                    yield return ("oversized", many);
                    yield return ("null items", new JsonArray(null, null));
                    break;
            }
        }

        private JsonObject AllNull(JsonElement schema)
        {
            var node = new JsonObject();
            if (Resolve(schema).TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    node[property.Name] = null;
                }
            }

            return node;
        }

        private static bool Set(JsonNode? root, string path, JsonNode? value)
        {
            var names = path.Split('.');
            var node = root;
            foreach (var name in names[..^1])
            {
                node = node is JsonObject o ? o[name] : null;
            }

            if (node is not JsonObject target)
            {
                return false;
            }

            target[names[^1]] = value;
            return true;
        }

        private JsonElement Resolve(JsonElement schema)
        {
            for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object; i++)
            {
                if (schema.TryGetProperty("$ref", out var reference))
                {
                    var name = reference.GetString()!.Split('/')[^1];
                    schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
                }
                else if ((schema.TryGetProperty("oneOf", out var options) || schema.TryGetProperty("anyOf", out options) || schema.TryGetProperty("allOf", out options))
                    && options.EnumerateArray().FirstOrDefault(o => Type(o) != "null") is { ValueKind: JsonValueKind.Object } option)
                {
                    schema = option;
                }
                else
                {
                    break;
                }
            }

            return schema;
        }

        private static string? Type(JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (schema.TryGetProperty("type", out var type))
            {
                return type.ValueKind == JsonValueKind.Array
                    ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
                    : type.GetString();
            }

            return schema.TryGetProperty("properties", out _) ? "object" : schema.TryGetProperty("enum", out _) ? "string" : null;
        }

        private static string? Format(JsonElement schema) =>
            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) ? format.GetString() : null;

        private static List<string>? Enum(JsonElement schema) =>
            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values)
                ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
                : null;

        private static IEnumerable<JsonElement> Parameters(JsonElement operation) =>
            operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [];

        private static JsonElement? Body(JsonElement operation) =>
            operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
                && content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema)
                ? schema
                : null;
    }
}
