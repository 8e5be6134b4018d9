namespace Gateway.Upstreams.ZohoProjects;

/// <summary>The <c>usertype</c> filter of the users endpoints; Zoho lists only active users by default.</summary>
public enum ZohoUserType
{
    Active,
    Inactive,
    All,
}

/// <summary>A portal user from <c>GET /portal/{portalId}/users/</c>.</summary>
public sealed record ZohoPortalUser(string Id, string Name, string Email, string Role, bool Active);

/// <summary>A project member from the project users endpoints; <see cref="Rate"/> arrives as a string such as "20.750".</summary>
public sealed record ZohoProjectUser(string Id, string Name, string Email, string Role, bool? Active, decimal? Rate);

/// <summary>A project from the portal's project list (<c>GET /portal/{portalId}/projects/</c>).</summary>
public sealed record ZohoProject(string Id, string Name, string Status, string? Description, string? OwnerName, DateTimeOffset? CreatedAt);
