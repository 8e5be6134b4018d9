using GraphQL;
using GraphQL.Builders;

namespace Gateway.Graph.Authorization;

/// <summary>
/// OAuth scopes the gateway checks per field when authentication is on. Queries need <see cref="Read"/>,
/// mutations <see cref="Write"/>, and the data fields of mutation payloads <see cref="Read"/> again (a payload must not
/// be a way round the read scope); fields that expose how to reach a person privately (phones, postal addresses,
/// messenger handles, free-text contacts) also need <see cref="Pii"/>.
/// </summary>
public static class FieldScopes
{
    /// <summary>The field metadata key holding the extra scope a field needs.</summary>
    public const string MetadataKey = "gateway:scope";

    /// <summary>Reading the graph.</summary>
    public const string Read = "people:read";

    /// <summary>Running mutations.</summary>
    public const string Write = "people:write";

    /// <summary>Reading personal contact data.</summary>
    public const string Pii = "people:pii";

    /// <summary>
    /// Marks a mutation payload field that only reports what the write did (a flag, an id, per-system outcomes), so a
    /// <see cref="Write"/>-only caller sees it. Every other payload field returns graph data and needs <see cref="Read"/>.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ReportsWrite<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(MetadataKey, Write);

    /// <summary>The field metadata key holding a function of the field's arguments that returns the extra scope it needs, or null.</summary>
    public const string ArgumentsMetadataKey = "gateway:scope-by-arguments";

    /// <summary>Marks a field that returns personal data for some argument values only (provenance of a phone number, say).</summary>
    public static FieldBuilder<TSource, TReturn> RequirePiiWhen<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, bool> isPii) =>
        field.WithMetadata(ArgumentsMetadataKey, new Func<IResolveFieldContext, string?>(ctx => isPii(ctx) ? Pii : null));

    /// <summary>Marks the field as personal data: it resolves only for callers holding <see cref="Pii"/>.</summary>
    public static FieldBuilder<TSource, TReturn> RequirePii<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(MetadataKey, Pii);
}
