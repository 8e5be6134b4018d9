namespace Gateway.EndToEnd.Tests.Mutations;

/// <summary>Upstream write operation names as the emulators count them.</summary>
internal static class WriteOperations
{
    public const string WorksectionAddUser = "add_user";
    public const string WorksectionAddContact = "add_contact";
    public const string WorksectionAddUserGroup = "add_user_group";
    public const string WorksectionAddContactGroup = "add_contact_group";
    public const string WorksectionSubscribe = "subscribe";
    public const string WorksectionUnsubscribe = "unsubscribe";
    public const string ZohoAddProjectUsers = "POST /portal/{portalId}/projects/{projectId}/users/";
    public const string ZohoUpdateProjectUser = "POST /portal/{portalId}/projects/{projectId}/users/{userId}/";
    public const string ZohoActivate = "POST /portal/{portalId}/users/activate/";
    public const string PeopleV3Create = "POST /v3/people";
    public const string PeopleV3Update = "PUT /v3/people/{id}";
    public const string PeopleV3Delete = "DELETE /v3/people/{id}";
}
