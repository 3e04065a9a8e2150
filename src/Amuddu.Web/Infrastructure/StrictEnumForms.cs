using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Forms.Mapping;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Page forms read enums with Enum.TryParse, which takes any number: "Form.Sex=99" bound 99 and the use case stored it.
/// Wrapped around Blazor's form mapper, this is the pages' one home for that rule (<see cref="StrictEnums"/> is the API's):
/// a value the enum does not define is dropped before the page sees the form, and the field is remembered so that
/// <c>FieldError</c> shows "not valid" beside it (a required choice is then also reported missing by the use case).
/// </summary>
internal sealed class StrictEnumForms(IFormValueMapper inner, IHttpContextAccessor http) : IFormValueMapper
{
    public const string RefusedFields = "Amuddu.RefusedEnumFields";

    public bool CanMap(Type valueType, string scopeName, string? formName) => inner.CanMap(valueType, scopeName, formName);

    public void Map(FormValueMappingContext context)
    {
        inner.Map(context);
        if (context.Result is { } result && http.HttpContext is { } httpContext)
        {
            var refused = new HashSet<string>(StringComparer.Ordinal);
            Clean(result, refused, 0);
            if (refused.Count > 0)
            {
                httpContext.Items[RefusedFields] = refused;
            }
        }
    }

    /// <summary>The fields whose undefined choice was dropped on this request, by their camelCase name ("sex").</summary>
    public static bool IsRefused(HttpContext? context, string field) =>
        context?.Items[RefusedFields] is HashSet<string> refused && refused.Contains(field);

    private static void Clean(object model, HashSet<string> refused, int depth)
    {
        var type = model.GetType();
        if (depth > 3 || type.IsPrimitive || type == typeof(string) || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var value = property.GetValue(model);
            if (value is null)
            {
                continue;
            }

            var field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var propertyType = property.PropertyType;
            if ((Nullable.GetUnderlyingType(propertyType) ?? propertyType).IsEnum)
            {
                if (!StrictEnums.IsDefined(value))
                {
                    refused.Add(field);
                    property.SetValue(model, Nullable.GetUnderlyingType(propertyType) is null ? Activator.CreateInstance(propertyType) : null);
                }
            }
            else if (propertyType.IsArray && propertyType.GetElementType() is { IsEnum: true } element)
            {
                var items = (Array)value;
                var kept = items.Cast<object>().Where(StrictEnums.IsDefined).ToArray();
                if (kept.Length != items.Length)
                {
                    refused.Add(field);
                    var clean = Array.CreateInstance(element, kept.Length);
                    Array.Copy(kept, clean, kept.Length);
                    property.SetValue(model, clean);
                }
            }
            else if (value is IList list && propertyType.IsGenericType && propertyType.GetGenericArguments()[0].IsEnum)
            {
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    if (list[i] is { } item && !StrictEnums.IsDefined(item))
                    {
                        refused.Add(field);
                        list.RemoveAt(i);
                    }
                }
            }
            else if (value is not IEnumerable)
            {
                Clean(value, refused, depth + 1);
            }
        }
    }

    /// <summary>Wraps the mapper Blazor registered, whichever way it was registered.</summary>
    public static void Register(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IFormValueMapper));
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(IFormValueMapper), provider =>
        {
            var inner = original.ImplementationFactory is { } factory ? (IFormValueMapper)factory(provider)
                : original.ImplementationInstance is IFormValueMapper instance ? instance
                : (IFormValueMapper)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);
            return new StrictEnumForms(inner, provider.GetRequiredService<IHttpContextAccessor>());
        }, original.Lifetime));
    }
}
