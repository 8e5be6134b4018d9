using Gateway.Graph.DataLoading;
using GraphQL.Types;

namespace Gateway.Graph.Tests.DataLoading;

/// <summary>A small schema whose fields resolve through per-request loaders backed by <see cref="RecordingFetch"/>.</summary>
internal sealed class LoaderTestSchema : Schema
{
    public LoaderTestSchema(IServiceProvider services) : base(services)
    {
        Query = new LoaderTestQuery();
    }
}

internal sealed record Item(int Id);

internal sealed class NamesByIdDataLoader(RecordingFetch fetch) : BatchDataLoader<int, string>(fetch.NamesByIdAsync);

internal sealed class TagsByIdDataLoader(RecordingFetch fetch) : GroupDataLoader<int, string>(fetch.TagsByIdAsync);
