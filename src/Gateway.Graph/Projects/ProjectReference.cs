using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Relay;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Projects;

/// <summary>
/// Reads the <c>projectId</c> of a Zoho membership mutation: the <c>id</c> of a Zoho Project from this gateway, or the
/// raw Zoho project id (its <c>externalId</c>). People v3 projects are only ids on people; they have no members to change.
/// </summary>
public static class ProjectReference
{
    public static string? ReadZohoProjectId(string field, string? given, InputChecks checks)
    {
        if (string.IsNullOrEmpty(given))
        {
            checks.Add(new RequiredFieldError($"`{field}` is required.", field));
            return null;
        }

        if (given.All(char.IsAsciiDigit)) return given;
        var zohoPrefix = UpstreamName.ZohoProjects.Code + ":";
        if (GlobalId.TryParse(given, out var typeName, out var key) && typeName == ProjectType.TypeName)
        {
            if (key.StartsWith(zohoPrefix, StringComparison.Ordinal) && key[zohoPrefix.Length..] is { Length: > 0 } id && id.All(char.IsAsciiDigit)) return id;
            checks.Add(new UnknownProjectError($"Project {InputEcho.Quote(given)} is not a Zoho Projects project; only Zoho projects have members to change.", given));
            return null;
        }

        checks.Add(new InvalidIdError($"`{field}` must be a Project id from this gateway or a Zoho project id; got {InputEcho.Quote(given)}.", field, given));
        return null;
    }
}
