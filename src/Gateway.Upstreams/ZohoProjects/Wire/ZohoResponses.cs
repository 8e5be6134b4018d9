namespace Gateway.Upstreams.ZohoProjects.Wire;

/// <summary><c>{"error":{"code":6401,"message":"…"}}</c>, sent with a 4xx status.</summary>
internal sealed class ZohoErrorBody
{
    public ZohoErrorDto? Error { get; init; }
}

internal sealed class ZohoErrorDto
{
    public int? Code { get; init; }

    public string? Message { get; init; }
}

/// <summary><c>{"users":[…]}</c>.</summary>
internal sealed class ZohoUsersResponse
{
    public required List<ZohoUserDto> Users { get; init; }
}

/// <summary><c>{"projects":[…]}</c>.</summary>
internal sealed class ZohoProjectsResponse
{
    public required List<ZohoProjectDto> Projects { get; init; }
}

/// <summary><c>{"available_user_count":"1"}</c>.</summary>
internal sealed class ZohoAvailableCountResponse
{
    public required int AvailableUserCount { get; init; }
}

/// <summary><c>{"response":"User Activated Successfully"}</c>.</summary>
internal sealed class ZohoMessageResponse
{
    public required string Response { get; init; }
}
