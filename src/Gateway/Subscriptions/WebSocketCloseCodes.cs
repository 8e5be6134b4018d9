namespace Gateway.Subscriptions;

/// <summary>The close codes of graphql-transport-ws (graphql-ws PROTOCOL.md).</summary>
internal static class WebSocketCloseCodes
{
    /// <summary>A message of a type or format the protocol does not specify.</summary>
    public const int BadRequest = 4400;

    /// <summary>A subscribe before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection was refused (no or a wrong token, a missing scope) or its token expired.</summary>
    public const int Forbidden = 4403;

    /// <summary>No <c>connection_init</c> within the wait time.</summary>
    public const int ConnectionInitTimeout = 4408;

    /// <summary>A subscribe with the id of an operation that is still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed.</summary>
    public const int InternalServerError = 4500;
}
