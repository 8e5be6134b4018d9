namespace Gateway.Graph.Mutations;

/// <summary>
/// An input field of a partial update: <see cref="IsSet"/> says whether the caller wrote the field at all, so an
/// omitted field is told apart from one given as <c>null</c> (Hot Chocolate's <c>Optional&lt;T&gt;</c>).
/// </summary>
public readonly record struct Optional<T>(bool IsSet, T? Value)
{
    /// <summary>The field was given with a value other than null.</summary>
    public bool HasValue => IsSet && Value is not null;
}
