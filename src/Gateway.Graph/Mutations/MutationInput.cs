using System.Collections;

namespace Gateway.Graph.Mutations;

/// <summary>One mutation's <c>input</c> object as GraphQL.NET parsed it, read by field name. Strings come back trimmed.</summary>
public sealed class MutationInput(IReadOnlyDictionary<string, object?> values, string path = "")
{
    /// <summary>The field's name as an error should state it, e.g. <c>worksection.role</c>.</summary>
    public string PathOf(string field) => path + field;

    public bool Has(string field) => values.TryGetValue(field, out var value) && value is not null;

    public string? String(string field) => values.GetValueOrDefault(field)?.ToString()?.Trim();

    public bool? Boolean(string field) => values.GetValueOrDefault(field) as bool?;

    public decimal? Decimal(string field) => values.GetValueOrDefault(field) is { } value ? Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public T? Enum<T>(string field) where T : struct => values.GetValueOrDefault(field) is T value ? value : null;

    public IReadOnlyList<string>? Strings(string field) =>
        values.GetValueOrDefault(field) is IEnumerable list and not string ? list.Cast<object?>().Select(v => v?.ToString()?.Trim() ?? "").ToList() : null;

    public IReadOnlyList<T>? Enums<T>(string field) where T : notnull =>
        values.GetValueOrDefault(field) is IEnumerable list and not string ? list.OfType<T>().ToList() : null;

    public MutationInput? Object(string field) =>
        values.GetValueOrDefault(field) is IReadOnlyDictionary<string, object?> inner ? new MutationInput(inner, path + field + ".") : null;
}
