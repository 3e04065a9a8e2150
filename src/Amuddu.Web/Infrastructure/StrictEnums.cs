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
/// (the API's serializer options), route and query values through <see cref="Filter"/>.
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
    /// Route and query values of an enum type (direct, or on an [AsParameters] record): minimal APIs read them
    /// with Enum.TryParse, which takes any number; an undefined one is a 400 naming the parameter.
    /// </summary>
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checks = new List<(int Index, PropertyInfo? Property, string Field)>();
        var parameters = context.MethodInfo.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (IsEnum(parameter.ParameterType))
            {
                checks.Add((i, null, parameter.Name!));
            }
            else if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                checks.AddRange(parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => IsEnum(p.PropertyType))
                    .Select(p => (i, (PropertyInfo?)p, JsonNamingPolicy.CamelCase.ConvertName(p.Name))));
            }
        }

        if (checks.Count == 0)
        {
            return next;
        }

        return async invocation =>
        {
            foreach (var (index, property, field) in checks)
            {
                var argument = invocation.Arguments[index];
                var value = property is null || argument is null ? argument : property.GetValue(argument);
                if (value is not null && !IsDefined(value))
                {
                    var text = invocation.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                    return TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { [field] = [text["FieldInvalid", field]] }, title: text["ValidationTitle"]);
                }
            }

            return await next(invocation);
        };
    }

    private static bool IsEnum(Type type) => (Nullable.GetUnderlyingType(type) ?? type).IsEnum;
}

/// <summary>
/// A list the request type declares without null items (<c>IReadOnlyList&lt;Examined&gt;</c>, <c>string[]</c>) that arrives
/// as <c>[null]</c> is refused while the body is read (400 naming the list), instead of failing later in a use case.
/// Added to the API's serializer options, so every request type is covered without a check of its own.
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

        var lists = info.Properties
            .Select(p => (p.Name, Property: p.AttributeProvider as PropertyInfo))
            .Where(p => p.Property is not null && ItemsAreNotNull(p.Property))
            .Select(p => (p.Name, Property: p.Property!))
            .ToList();
        if (lists.Count == 0)
        {
            return;
        }

        var previous = info.OnDeserialized;
        info.OnDeserialized = value =>
        {
            foreach (var (name, property) in lists)
            {
                if (property.GetValue(value) is IEnumerable items && items.Cast<object?>().Any(i => i is null))
                {
                    throw new JsonException($"The list '{name}' has an empty item.", $"$.{name}", null, null);
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
