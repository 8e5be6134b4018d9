using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

/// <summary>Composes pending results without awaiting them, so the composed result still batches.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>Maps the loaded value once it is available.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> parent, Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(map);
        return new MappedDataLoaderResult<T, TResult>(parent, (value, _) => Task.FromResult(map(value)));
    }

    /// <summary>
    /// Loads from a second loader with the value of the first. GraphQL.NET sees the second pending result
    /// and queues it with its siblings, so the second loader batches too.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> parent, Func<T, IDataLoaderResult<TResult>> chain)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(chain);
        return new ChainedDataLoaderResult<T, TResult>(parent, chain);
    }

    /// <summary>Runs an asynchronous step (not a loader) on the loaded value.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> parent, Func<T, CancellationToken, Task<TResult>> mapAsync)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(mapAsync);
        return new MappedDataLoaderResult<T, TResult>(parent, mapAsync);
    }
}
