using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    /// <summary>Whether <paramref name="text"/> is one of the names <paramref name="type"/> defines.</summary>
    public static bool IsDefinedName(Type type, string text) =>
        IsName(text) && Enum.TryParse(type, text, ignoreCase: true, out var parsed) && Enum.IsDefined(type, parsed!);

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
                if (!string.IsNullOrEmpty(value) && !IsDefinedName(type, value))
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
