using Gateway.Graph.Relay;
using GraphQL.Validation;

namespace Gateway.Graph.Federation;

/// <summary>
/// Checks an <c>_entities</c> representation before anything is resolved: an entity type of this graph and exactly
/// one of its keys, well-formed. A router only ever sends what the subgraph SDL declares, so anything else means a
/// stale supergraph or a hand-made call, and it is refused with the reason and the index, never half-resolved.
/// </summary>
public static class RepresentationReader
{
    public const string InvalidCode = "INVALID_REPRESENTATION";

    /// <exception cref="ValidationError">The representation is malformed; the message names the index and what is wrong.</exception>
    public static EntityReference Read(object? representation, int? index = null)
    {
        if (representation is not IDictionary<string, object?> fields)
            throw Invalid(index, "must be an object with `__typename` and one key field");

        if (!fields.TryGetValue("__typename", out var typeNameValue) || typeNameValue is not string typeName)
            throw Invalid(index, "has no `__typename` string");

        if (!FederatedEntities.Keys.TryGetValue(typeName, out var keys))
            throw Invalid(index, $"has `__typename` '{typeName}', which is not an entity of this graph " +
                $"(entities: {string.Join(", ", FederatedEntities.Keys.Keys)})");

        var given = fields.Keys.Where(name => name != "__typename").ToList();
        var unknown = given.Where(name => !keys.Contains(name)).ToList();
        if (unknown.Count > 0 || given.Count != 1)
            throw Invalid(index, $"({typeName}) must have exactly one key field of {Alternatives(keys)}; " +
                $"got {(given.Count == 0 ? "none" : string.Join(", ", given.Select(n => $"`{n}`")))}");

        var field = given[0];
        if (fields[field] is not string value || string.IsNullOrWhiteSpace(value))
            throw Invalid(index, $"({typeName}) key `{field}` must be a non-empty string");

        if (field == FederatedEntities.EmailKey && !value.Contains('@'))
            throw Invalid(index, $"({typeName}) key `email` must be an email address; got '{value}'");

        if (field == FederatedEntities.IdKey && !(GlobalId.TryParse(value, out var idType, out _) && idType == typeName))
            throw Invalid(index, $"({typeName}) key `id` must be the id of a {typeName} issued by this graph; got '{value}'");

        return new EntityReference(typeName, field, value);
    }

    private static string Alternatives(IReadOnlyList<string> keys) => string.Join(" or ", keys.Select(k => $"`{k}`"));

    private static ValidationError Invalid(int? index, string problem) =>
        new($"{(index is null ? "A representation" : $"Representation {index}")} {problem}. No entity was resolved; send the keys the subgraph SDL declares.")
        {
            Code = InvalidCode,
        };
}
