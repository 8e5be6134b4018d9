namespace Gateway.Client;

/// <summary>The outcome of one operation: data (possibly partial) and errors.</summary>
public interface IOperationResult<out TData> where TData : class
{
    /// <summary>The typed data; null when the request failed before execution.</summary>
    TData? Data { get; }

    /// <summary>GraphQL errors and transport failures, in response order.</summary>
    IReadOnlyList<IClientError> Errors { get; }

    /// <summary>Throws <see cref="GraphQLClientException"/> when <see cref="Errors"/> is not empty.</summary>
    void EnsureNoErrors();
}
