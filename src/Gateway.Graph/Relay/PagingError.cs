using GraphQL;

namespace Gateway.Graph.Relay;

/// <summary>An invalid paging argument; <see cref="ExecutionError.Code"/> says which rule it broke.</summary>
public sealed class PagingError : ExecutionError
{
    /// <summary><c>first</c> or <c>last</c> below zero.</summary>
    public const string NegativeCount = "PAGING_NEGATIVE_COUNT";

    /// <summary><c>first</c> and <c>last</c> in one query.</summary>
    public const string FirstAndLast = "PAGING_FIRST_AND_LAST";

    /// <summary>A cursor this server did not issue.</summary>
    public const string InvalidCursor = "PAGING_INVALID_CURSOR";

    /// <summary><c>first</c> or <c>last</c> above <see cref="PagingOptions.MaxPageSize"/>.</summary>
    public const string MaxExceeded = "PAGING_MAX_EXCEEDED";

    /// <summary>Creates the error with its message and code.</summary>
    public PagingError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
