using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

/// <summary>
/// Loads one whole upstream list (or a value built from several) at most once per request. The upstream contracts
/// offer list endpoints and no lookups by email, so most data is a snapshot; loading it through a DataLoader defers
/// the call to the end of the execution level, so snapshots needed at the same level are fetched side by side.
/// </summary>
public abstract class SnapshotDataLoader<T> where T : class
{
    private readonly BatchDataLoader<bool, T> _loader;

    protected SnapshotDataLoader() =>
        _loader = new BatchDataLoader<bool, T>(async (_, ct) => new Dictionary<bool, T> { [true] = await FetchAsync(ct) })
        {
            Name = GetType().Name,
        };

    /// <summary>The snapshot, fetched with the first dispatch of this request and cached for the rest of it.</summary>
    public IDataLoaderResult<T> LoadAsync() => _loader.LoadAsync(true).Then(value => value!);

    /// <summary>Forgets the snapshot, so a read after a write in the same request sees the change.</summary>
    public virtual void Clear() => _loader.Clear(true);

    /// <summary>Replaces the snapshot with a value known without fetching, e.g. a list patched with a write's answer.</summary>
    public void Replace(T value)
    {
        _loader.Clear(true);
        _loader.Prime(true, value);
    }

    protected abstract Task<T> FetchAsync(CancellationToken cancellationToken);
}
