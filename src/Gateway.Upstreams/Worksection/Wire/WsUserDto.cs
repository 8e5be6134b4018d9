namespace Gateway.Upstreams.Worksection.Wire;

/// <summary>A <c>get_users</c>/<c>add_user</c> item (worksection-get-users-current.txt).</summary>
internal sealed class WsUserDto : WsPersonFieldsDto
{
    public string? Url { get; init; }

    public string? Avatar { get; init; }

    public string? Department { get; init; }

    public string? Role { get; init; }

    /// <summary><c>{"chats":{…},"socials":{…}}</c>, <c>{}</c>, or PHP's empty array <c>[]</c>.</summary>
    public WsServices? Services { get; init; }

    public string? Contacts { get; init; }

    /// <summary>"YYYY-MM-DD HH:MM"; absent unless an admin token is used.</summary>
    public string? DateAdded { get; init; }

    public decimal? Rate { get; init; }
}
