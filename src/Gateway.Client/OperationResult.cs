namespace Gateway.Client;

/// <summary>The client's <see cref="IOperationResult{TData}"/>.</summary>
public sealed class OperationResult<TData>(TData? data, IReadOnlyList<IClientError> errors) : IOperationResult<TData>
    where TData : class
{
    /// <inheritdoc />
    public TData? Data { get; } = data;

    /// <inheritdoc />
    public IReadOnlyList<IClientError> Errors { get; } = errors;

    /// <inheritdoc />
    public void EnsureNoErrors()
    {
        if (Errors.Count > 0) throw new GraphQLClientException(Errors);
    }
}
