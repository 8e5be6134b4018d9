using Gateway.Upstreams.Common;

namespace Gateway.Graph.Errors;

/// <summary>A value built from the upstreams that answered, and the failures of those that did not.</summary>
public sealed record Partial<T>(T Value, IReadOnlyList<UpstreamException> Failures)
{
    /// <summary>A value built from this one, with the same failures.</summary>
    public Partial<TResult> Select<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new Partial<TResult>(map(Value), Failures);
    }
}
