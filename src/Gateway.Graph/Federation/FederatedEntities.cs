using Gateway.Graph.Contacts;
using Gateway.Graph.People;
using Gateway.Graph.Projects;
using Gateway.Graph.Teams;

namespace Gateway.Graph.Federation;

/// <summary>
/// The entity types other subgraphs may reference, and the key fields each can be found by. Every key is a single
/// field: <c>id</c> is the global id this graph issues, <c>email</c> the merge key of a person.
/// </summary>
public static class FederatedEntities
{
    public const string IdKey = "id";
    public const string EmailKey = "email";

    /// <summary>Type name → its keys, in the order they are printed as <c>@key</c> directives.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Keys { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [PersonType.TypeName] = [IdKey, EmailKey],
        [TeamType.TypeName] = [IdKey],
        [ProjectType.TypeName] = [IdKey],
        [ContactType.TypeName] = [IdKey],
        [ContactFolderType.TypeName] = [IdKey],
    };

    /// <summary>Query fields that find one entity by its key: marked <c>@lookup</c> (Composite Schemas) in subgraph mode.</summary>
    public static IReadOnlySet<string> LookupFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "person", "personByEmail", "node" };
}
