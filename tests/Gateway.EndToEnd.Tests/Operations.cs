namespace Gateway.EndToEnd.Tests;

/// <summary>Upstream operation names as the emulators count them (<c>GET /_emulator/stats</c>).</summary>
internal static class Operations
{
    public const string WorksectionGetUsers = "get_users";
    public const string WorksectionGetUserGroups = "get_user_groups";
    public const string WorksectionGetContacts = "get_contacts";
    public const string WorksectionGetContactGroups = "get_contact_groups";
    public const string ZohoPortalUsers = "GET /portal/{portalId}/users/";
    public const string ZohoProjects = "GET /portal/{portalId}/projects/";
    public const string ZohoProjectUsers = "GET /portal/{portalId}/projects/{projectId}/users/";
    public const string PeopleV3People = "GET /v3/people";
    public const string PeopleV3Groups = "GET /v3/groups";
    public const string PeopleV3Roles = "GET /v3/roles";
}
