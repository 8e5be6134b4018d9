namespace Gateway.Client;

/// <summary>Thrown by <see cref="IOperationResult{TData}.EnsureNoErrors"/>; carries every error.</summary>
public sealed class GraphQLClientException(IReadOnlyList<IClientError> errors)
    : Exception(errors.Count == 1 ? errors[0].Message : $"{errors.Count} errors: " + string.Join("; ", errors.Select(e => e.Message)))
{
    /// <summary>The errors of the result.</summary>
    public IReadOnlyList<IClientError> Errors { get; } = errors;
}
