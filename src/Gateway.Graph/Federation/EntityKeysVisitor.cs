using Gateway.Graph.Contacts;
using Gateway.Graph.People;
using Gateway.Graph.Projects;
using Gateway.Graph.Teams;
using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Gateway.Graph.Federation;

/// <summary>
/// Marks the entity types with <c>@key</c> and their reference resolver, and the lookup fields with <c>@lookup</c>.
/// Runs before the engine's federation visitors (instance visitors run first), which read the keys to build the
/// <c>_Entity</c> union and the <c>_entities</c> field. The graph types stay free of federation: without subgraph
/// mode this visitor is not registered and the schema is the stand-alone one.
/// </summary>
internal sealed class EntityKeysVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (!FederatedEntities.Keys.TryGetValue(type.Name, out var keys)) return;

        foreach (var key in keys) type.Key(key);
        ResolveThroughLoaders(type);
    }

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (ReferenceEquals(type, schema.Query) && FederatedEntities.LookupFields.Contains(field.Name))
            field.ApplyDirective(LookupDirective.DirectiveName);
    }

    // The engine's ResolveReference is typed by the CLR source; one resolver serves every entity.
    private static void ResolveThroughLoaders(IObjectGraphType type)
    {
        var resolver = EntityReferenceResolver.Instance;
        switch (type)
        {
            case ObjectGraphType<Person> person: person.ResolveReference(resolver); break;
            case ObjectGraphType<Team> team: team.ResolveReference(resolver); break;
            case ObjectGraphType<Project> project: project.ResolveReference(resolver); break;
            case ObjectGraphType<Contact> contact: contact.ResolveReference(resolver); break;
            case ObjectGraphType<ContactFolder> folder: folder.ResolveReference(resolver); break;
            default: throw new InvalidOperationException($"'{type.Name}' is listed in FederatedEntities but has no reference resolver here.");
        }
    }
}
