using GraphQL;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Provenance;

/// <summary>
/// What resolvePersonConflict may write in one upstream: which fields its contract can change in an account, and
/// whether it can reactivate one. An upstream whose adapter does not implement this is never written to
/// (NOT_SUPPORTED, saying so). Writes are single attempts: the caller reports a failure and never retries it.
/// </summary>
public interface IProfileWriter : ISource
{
    /// <summary>Null when <see cref="WriteAsync"/> can change <paramref name="field"/>; else why not, in words for the caller.</summary>
    string? WriteRefusal(PersonField field);

    /// <summary>Sets <paramref name="field"/> of one account to <paramref name="value"/>.</summary>
    Task WriteAsync(SourceAccount account, PersonField field, string value, IResolveFieldContext context);

    /// <summary>Null when <see cref="ReactivateAsync"/> can make an inactive account active; else why not.</summary>
    string? ReactivateRefusal { get; }

    /// <summary>Makes an inactive account active again: the reverse of what offboarding did there.</summary>
    Task ReactivateAsync(SourceAccount account, IResolveFieldContext context);
}
