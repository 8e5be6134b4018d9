using GraphQL;

namespace Gateway.Http.Errors;

/// <summary>
/// A request the endpoint refuses before execution. Thrown by the reader and written by the endpoint
/// as <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> with <see cref="StatusCode"/>.
/// </summary>
public abstract class GraphQLRequestError : ExecutionError
{
    /// <summary>Creates the error with its stable <paramref name="code"/> and HTTP status.</summary>
    protected GraphQLRequestError(string message, string code, int statusCode)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status the response gets.</summary>
    public int StatusCode { get; }
}
