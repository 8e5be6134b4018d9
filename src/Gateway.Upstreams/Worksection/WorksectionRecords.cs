namespace Gateway.Upstreams.Worksection;

/// <summary>An account user from <c>get_users</c> (the current, larger form).</summary>
public sealed record WorksectionUser(
    string Id,
    string Email,
    string? FirstName,
    string? LastName,
    string? Name,
    string? Title,
    string? Url,
    string? AvatarUrl,
    string? Group,
    string? Department,
    string? Role,
    string? Phone,
    string? Phone2,
    string? Phone3,
    string? Phone4,
    string? Address,
    string? Address2,
    IReadOnlyDictionary<string, string> Chats,
    IReadOnlyDictionary<string, string> Socials,
    string? OtherContacts,
    DateTimeOffset? DateAdded,
    decimal? Rate);

/// <summary>A contact (not an account user) from <c>get_contacts</c> or <c>add_contact</c>; <see cref="Group"/> is the folder name.</summary>
public sealed record WorksectionContact(
    string Id,
    string Email,
    string? FirstName,
    string? LastName,
    string? Name,
    string? Title,
    string? Group,
    string? Phone,
    string? Phone2,
    string? Phone3,
    string? Phone4,
    string? Address,
    string? Address2);

/// <summary>A user team from <c>get_user_groups</c>/<c>add_user_group</c>; <c>client</c> 1 is an external client team.</summary>
/// <param name="Type">The group's <c>type</c> as sent (the contract's samples say <c>company</c>); null when absent.</param>
public sealed record WorksectionUserGroup(string Id, string Title, bool IsClientTeam, string? Type = null);

/// <summary>A contact folder from <c>get_contact_groups</c>/<c>add_contact_group</c>; <c>type</c> is <c>preset</c> or <c>folder</c>.</summary>
public sealed record WorksectionContactGroup(string Id, string Title, string Type);

/// <summary>Parameters of <c>add_user</c>; role is one of user, guest, reader.</summary>
public sealed record WorksectionNewUser(
    string Email,
    string? FirstName = null,
    string? LastName = null,
    string? Title = null,
    string? Group = null,
    string? Department = null,
    string? Role = null);

/// <summary>Parameters of <c>add_contact</c>; <see cref="Group"/> is the folder name.</summary>
public sealed record WorksectionNewContact(
    string Email,
    string Name,
    string? Title = null,
    string? Group = null,
    string? Phone = null,
    string? Phone2 = null,
    string? Phone3 = null,
    string? Phone4 = null,
    string? Address = null,
    string? Address2 = null);
