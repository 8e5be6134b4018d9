using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

public static class DataLoaderResultListExtensions
{
    /// <summary>Awaits several pending results as one, e.g. one per id of <c>nodes(ids:)</c>; their loads still batch.</summary>
    public static IDataLoaderResult<T[]> WhenAll<T>(this IEnumerable<IDataLoaderResult<T>> results) =>
        new DataLoaderResultList<T>(results.ToArray());
}
