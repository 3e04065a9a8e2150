using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// The one rule for reading an enum from outside: one of the names it defines, never a number. "sex": 99 was
/// stored as a value no page, report or duplicate check knows. JSON bodies follow it through <see cref="Json"/>
/// (the API's serializer options), route and query values through <see cref="CheckRouteAndQuery"/>.
/// </summary>
public static class StrictEnums
{
    /// <summary>Names only: a number, or a name the enum does not define, fails the body with a 400 naming the field.</summary>
    public static JsonStringEnumConverter Json() => new(namingPolicy: null, allowIntegerValues: false);

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return IsName(text) && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static bool IsDefined(object value) => Enum.IsDefined(value.GetType(), value);

    // Enum.TryParse also takes "99", " 1", "-3" and "A, B"; a name starts with a letter and is one word.
    private static bool IsName(string? text) =>
        text is { Length: > 0 } && char.IsLetter(text[0]) && text.All(c => char.IsLetterOrDigit(c) || c == '_');

    /// <summary>
    /// Route and query values of an enum type (a parameter, or a property of an [AsParameters] record): minimal APIs read
    /// them with Enum.TryParse, which takes any number, and answer an unknown name with a 400 that names nothing.
    /// Checked here, after routing and authorisation, before binding: anything but a defined name is a 400 naming the parameter.
    /// </summary>
    public static async Task CheckRouteAndQuery(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } method)
        {
            foreach (var (name, type) in Parameters.GetOrAdd(method, EnumParameters))
            {
                var value = context.Request.RouteValues.TryGetValue(name, out var route) ? route?.ToString()
                    : context.Request.Query.TryGetValue(name, out var query) ? query.ToString() : null;
                if (!string.IsNullOrEmpty(value) && !(IsName(value) && Enum.TryParse(type, value, ignoreCase: true, out var parsed) && Enum.IsDefined(type, parsed!)))
                {
                    var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                    await TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { [name] = [text["FieldInvalid", name]] }, title: text["ValidationTitle"]).ExecuteAsync(context);
                    return;
                }
            }
        }

        await next(context);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<MethodInfo, List<(string Name, Type Type)>> Parameters = new();

    private static List<(string Name, Type Type)> EnumParameters(MethodInfo method)
    {
        var found = new List<(string, Type)>();
        foreach (var parameter in method.GetParameters())
        {
            if (EnumOf(parameter.ParameterType) is { } type)
            {
                found.Add((parameter.Name!, type));
            }
            else if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                found.AddRange(parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => EnumOf(p.PropertyType) is not null)
                    .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), EnumOf(p.PropertyType)!)));
            }
        }

        return found;
    }

    private static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

}

/// <summary>
/// Two rules for every object read from a request body, added to the API's serializer options so that no request
/// type needs a check of its own; each breach is a 400 naming the property:
/// a list declared without null items (<c>IReadOnlyList&lt;Examined&gt;</c>, <c>string[]</c>) that arrives as <c>[null]</c>,
/// failing later in a use case; and a text with a NUL character ("\u0000"), which PostgreSQL cannot store or even compare.
/// </summary>
public static class NullItems
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static void Refuse(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var checks = info.Properties
            .Select(p => (p.Name, Property: p.AttributeProvider as PropertyInfo))
            .Where(p => p.Property is not null && (p.Property.PropertyType == typeof(string) || typeof(IEnumerable).IsAssignableFrom(p.Property.PropertyType)))
            .Select(p => (p.Name, Property: p.Property!, NoNulls: ItemsAreNotNull(p.Property!)))
            .ToList();
        if (checks.Count == 0)
        {
            return;
        }

        var previous = info.OnDeserialized;
        info.OnDeserialized = value =>
        {
            foreach (var (name, property, noNulls) in checks)
            {
                var read = property.GetValue(value);
                if (read is string text ? text.Contains('\0', StringComparison.Ordinal)
                    : read is IEnumerable items && items.Cast<object?>().Any(i => (i is null && noNulls) || (i is string s && s.Contains('\0', StringComparison.Ordinal))))
                {
                    throw new JsonException($"The property '{name}' has an empty item or a NUL character.", $"$.{name}", null, null);
                }
            }

            previous?.Invoke(value);
        };
    }

    private static bool ItemsAreNotNull(PropertyInfo property)
    {
        var type = property.PropertyType;
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        NullabilityInfo info;
        lock (Nullability)
        {
            info = Nullability.Create(property);
        }

        var item = type.IsArray ? info.ElementType : info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null;
        return item is { ReadState: NullabilityState.NotNull } && !item.Type.IsValueType;
    }
}
