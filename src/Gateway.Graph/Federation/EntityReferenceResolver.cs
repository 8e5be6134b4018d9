using Gateway.Graph.DataLoading;
using Gateway.Graph.Nodes;
using Gateway.Graph.People;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation.Resolvers;
using GraphQL.Types;

namespace Gateway.Graph.Federation;

/// <summary>
/// Finds the entity behind a representation through the request's loaders, the same ones <c>person</c>,
/// <c>personByEmail</c> and <c>node</c> use: a thousand representations in one <c>_entities</c> call cost one read
/// of each list they need. A key nobody has gives null at its index.
/// </summary>
public sealed class EntityReferenceResolver : IFederationResolver
{
    public static EntityReferenceResolver Instance { get; } = new();

    private EntityReferenceResolver()
    {
    }

    public bool MatchKeys(IDictionary<string, object?> representation) => true;

    public object ParseRepresentation(IComplexGraphType graphType, IDictionary<string, object?> representation) =>
        RepresentationReader.Read(representation);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, IComplexGraphType graphType, object parsedRepresentation) =>
        new(Resolve(context, (EntityReference)parsedRepresentation));

    private static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, EntityReference reference) =>
        reference.KeyField == FederatedEntities.EmailKey
            ? context.Loader<PeopleDirectoryDataLoader>().LoadAsync().Then(people => (object?)context.Unwrap(people).FindByEmail(reference.KeyValue))
            : NodeResolver.Resolve(context, reference.KeyValue);
}
