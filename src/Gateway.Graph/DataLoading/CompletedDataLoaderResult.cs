using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

/// <summary>A value that needs no loading, where an API expects a pending result.</summary>
public sealed class CompletedDataLoaderResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
