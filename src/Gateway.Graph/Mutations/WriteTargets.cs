using Gateway.Graph.People;
using Gateway.Graph.Projects;
using Gateway.Graph.Relay;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Mutations;

/// <summary>
/// The names <see cref="IWriteTargetLock"/> serializes on, read from a mutation's input record before it is checked
/// (an input that names no valid target is refused by the checks anyway, with nothing to serialize). A person is named
/// by their merge key whether the input gives an id or an email, so <c>inviteUser</c> and <c>updatePerson</c> of one
/// person queue behind each other.
/// </summary>
public static class WriteTargets
{
    /// <summary>The person given by <paramref name="id"/> (a global id) or, when no id is given, by <paramref name="email"/>.</summary>
    public static string? Person(string? id, string? email)
    {
        if (id is { Length: > 0 })
            return GlobalId.TryParse(id, out var type, out var key) && type == PersonType.TypeName ? "person:" + key : null;
        return email is { Length: > 0 } ? "person:" + EmailKey.Normalize(email) : null;
    }

    /// <summary>A Zoho project, by its Zoho id whichever form <paramref name="projectId"/> has.</summary>
    public static string? Project(string? projectId) =>
        ProjectReference.ReadZohoProjectId("projectId", projectId, new InputChecks()) is { } id ? "project:" + id : null;

    /// <summary>A named thing (team, contact folder) or a contact's email, compared as the upstream compares names.</summary>
    public static string? Named(string kind, string? name) => name is { Length: > 0 } ? kind + ":" + name.ToLowerInvariant() : null;
}
