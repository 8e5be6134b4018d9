namespace Gateway.Emulators.ZohoProjects;

/// <summary>The result of a Zoho write: the <c>users</c> items, or an error code and message.</summary>
internal sealed record ZohoOutcome(List<object>? Users, int Status, int Code, string? Message)
{
    public static ZohoOutcome Ok(List<object> users) => new(users, 200, 0, null);

    public static ZohoOutcome NotFound(string message) => new(null, 404, 6404, message);

    public static ZohoOutcome Failed(int code, string message) => new(null, 400, code, message);
}
