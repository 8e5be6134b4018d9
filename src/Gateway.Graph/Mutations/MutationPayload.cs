using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Mutations;

/// <summary>
/// What a mutation resolver returns: the value its payload fields read, or the typed errors. As in Hot Chocolate's
/// mutation conventions the data fields are null when there are errors, and <c>errors</c> is null when there are none.
/// </summary>
public sealed record MutationPayload(object? Value, IReadOnlyList<MutationError>? Errors)
{
    public static MutationPayload Ok(object value) => new(value, null);

    public static MutationPayload Failed(IReadOnlyList<MutationError> errors) => new(null, errors);

    public static MutationPayload Failed(MutationError error) => new(null, [error]);

    public static MutationPayload Failed(UpstreamException failure) => Failed(UpstreamError.From(failure));

    /// <summary>The value as the payload field expects it; null when the mutation failed.</summary>
    public T? As<T>() where T : class => Value as T;
}
