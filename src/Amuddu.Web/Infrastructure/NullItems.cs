using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Amuddu.Web.Infrastructure;

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
