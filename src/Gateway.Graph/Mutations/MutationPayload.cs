using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Mutations;

/// <summary>
/// What a mutation resolver returns: the typed value its payload fields read, or the typed errors. As in Hot Chocolate's
/// mutation conventions the data fields are null when there are errors, and <c>errors</c> is null when there are none.
/// </summary>
public sealed record MutationPayload<TResult>(TResult? Value, IReadOnlyList<MutationError>? Errors) where TResult : class
{
    public static implicit operator MutationPayload<TResult>(MutationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new MutationPayload<TResult>(null, failure.Errors);
    }
}

/// <summary>The typed errors of a mutation that did nothing (or not all of it); converts to any mutation's payload.</summary>
public sealed record MutationFailure(IReadOnlyList<MutationError> Errors);

/// <summary>Builds <see cref="MutationPayload{TResult}"/>s.</summary>
public static class MutationPayload
{
    public static MutationPayload<TResult> Ok<TResult>(TResult value) where TResult : class => new(value, null);

    public static MutationFailure Failed(IReadOnlyList<MutationError> errors) => new(errors);

    public static MutationFailure Failed(MutationError error) => new([error]);

    public static MutationFailure Failed(UpstreamException failure) => Failed(UpstreamError.From(failure));
}
