using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using GraphQL.Types;

namespace Gateway.Graph.Mutations;

/// <summary>
/// Binds a mutation's <c>input</c> object, as GraphQL.NET parsed it, to its input record, once per call: each
/// constructor parameter takes the input field of the same name in camelCase (<c>Address2</c> ← <c>address2</c>).
/// Strings come back trimmed; an <see cref="Optional{T}"/> parameter records whether the field was written at all.
/// GraphQL.NET's own <c>GetArgument&lt;T&gt;</c> neither trims nor tells an omitted field from a null one.
/// </summary>
public static class MutationInputBinder
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo> Constructors = new();

    public static T Bind<T>(IReadOnlyDictionary<string, object?> values) where T : class => (T)Bind(typeof(T), values);

    /// <summary>
    /// Fails at schema build when <paramref name="record"/> and the input type it binds do not name the same fields, so a
    /// field added to one and forgotten in the other (which would bind as always omitted) cannot ship.
    /// </summary>
    public static void EnsureMatches(Type record, IInputObjectGraphType input)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(input);
        var parameters = record.GetConstructors().Single().GetParameters().Select(p => FieldName(p.Name!)).Order(StringComparer.Ordinal);
        var fields = input.Fields.Select(f => f.Name).Order(StringComparer.Ordinal);
        if (!parameters.SequenceEqual(fields))
            throw new InvalidOperationException($"{record.Name} must have one constructor parameter per field of {input.Name} ({string.Join(", ", fields)}).");
    }

    private static string FieldName(string parameter) => char.ToLowerInvariant(parameter[0]) + parameter[1..];

    private static object Bind(Type type, IReadOnlyDictionary<string, object?> values)
    {
        var constructor = Constructors.GetOrAdd(type, t => t.GetConstructors().Single());
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            var given = values.TryGetValue(FieldName(parameter.Name!), out var value);
            var declared = parameter.ParameterType;
            if (!declared.IsGenericType || declared.GetGenericTypeDefinition() != typeof(Optional<>)) return Convert(declared, value);
            return given ? Activator.CreateInstance(declared, true, Convert(declared.GetGenericArguments()[0], value)) : Activator.CreateInstance(declared);
        }).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? Convert(Type type, object? value)
    {
        if (value is null) return null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string)) return value.ToString()?.Trim();
        if (target == typeof(decimal)) return System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return value is IEnumerable items and not string ? ToList(target.GetGenericArguments()[0], items) : null;
        if (value is IReadOnlyDictionary<string, object?> inner && target.IsClass) return Bind(target, inner);
        // Booleans, enums and values of scalar or enumeration types, as GraphQL.NET parsed them.
        return target.IsInstanceOfType(value) ? value : null;
    }

    private static object ToList(Type element, IEnumerable items)
    {
        if (element == typeof(string)) return items.Cast<object?>().Select(v => v?.ToString()?.Trim() ?? "").ToList();
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
            if (element.IsInstanceOfType(item)) list.Add(item);
        return list;
    }
}
