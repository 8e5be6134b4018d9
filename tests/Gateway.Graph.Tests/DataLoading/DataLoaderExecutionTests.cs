using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Tests.DataLoading;

/// <summary>Batching as GraphQL.NET's own execution strategy drives it, through a real schema and executer.</summary>
public sealed class DataLoaderExecutionTests : IAsyncDisposable
{
    private readonly RecordingFetch _fetch = new();
    private readonly ServiceProvider _services;

    public DataLoaderExecutionTests()
    {
        _services = new ServiceCollection()
            .AddSingleton(_fetch)
            .AddScoped<NamesByIdDataLoader>()
            .AddScoped<TagsByIdDataLoader>()
            .AddSingleton<ItemType>()
            .AddGraphQL(b => b.AddSchema<LoaderTestSchema>().AddSystemTextJson())
            .BuildServiceProvider();
    }

    [Fact]
    public async Task FiftySiblingRootFields_OneFetch()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(1, 50).Select(i => $"n{i}: name(id: {i})")) + " }";

        var json = await ExecuteAsync(query);

        Assert.Contains("\"n1\":\"name-1\"", json);
        Assert.Contains("\"n50\":\"name-50\"", json);
        Assert.Equal(Enumerable.Range(1, 50), Assert.Single(_fetch.Calls));
    }

    [Fact]
    public async Task ListOfFiftyItems_OneFetch()
    {
        var json = await ExecuteAsync("{ items { id name } }");

        Assert.Contains("{\"id\":50,\"name\":\"name-50\"}", json);
        Assert.Equal(Enumerable.Range(1, 50), Assert.Single(_fetch.Calls));
    }

    [Fact]
    public async Task ThreeNestedLevels_OneFetchPerLevel()
    {
        var json = await ExecuteAsync("{ items(count: 3) { name friend { name friend { name } } } }");

        Assert.Equal(
            """{"data":{"items":[{"name":"name-1","friend":{"name":"name-101","friend":{"name":"name-201"}}},{"name":"name-2","friend":{"name":"name-102","friend":{"name":"name-202"}}},{"name":"name-3","friend":{"name":"name-103","friend":{"name":"name-203"}}}]}}""",
            json);
        Assert.Equal([[1, 2, 3], [101, 102, 103], [201, 202, 203]], _fetch.Calls);
    }

    [Fact]
    public async Task NestedLevelsResolvedWithoutLoader_StillOneFetch()
    {
        await ExecuteAsync("{ items(count: 2) { name twin { name twin { name } } } }");

        Assert.Equal([1, 2, 101, 102, 201, 202], Assert.Single(_fetch.Calls).Order());
    }

    [Fact]
    public async Task SameKeyInTwoFieldsWithThenMap_OneFetch()
    {
        var json = await ExecuteAsync("{ items(count: 2) { name shout } }");

        Assert.Equal("""{"data":{"items":[{"name":"name-1","shout":"NAME-1"},{"name":"name-2","shout":"NAME-2"}]}}""", json);
        Assert.Single(_fetch.Calls);
    }

    [Fact]
    public async Task ThenChainToSecondLoader_OneFetchPerLoader()
    {
        var json = await ExecuteAsync("{ items(count: 12) { tagsOfNameLength } }");

        Assert.Contains("""{"tagsOfNameLength":["even","tag-6"]}""", json);
        Assert.Contains("""{"tagsOfNameLength":[]}""", json);
        Assert.Equal(2, _fetch.Calls.Count);
        Assert.Equal(Enumerable.Range(1, 12), _fetch.Calls[0]);
        Assert.Equal([6, 7], _fetch.Calls[1].Order());
    }

    [Fact]
    public async Task TwoRequests_EachHasItsOwnLoader()
    {
        await ExecuteAsync("{ name(id: 1) }");
        await ExecuteAsync("{ name(id: 1) }");

        Assert.Equal(2, _fetch.Calls.Count);
    }

    [Fact]
    public async Task FetchToken_IsTheExecutionToken()
    {
        using var aborted = new CancellationTokenSource();

        await ExecuteAsync("{ name(id: 1) }", aborted.Token);

        Assert.Equal(aborted.Token, _fetch.LastToken);
    }

    private async Task<string> ExecuteAsync(string query, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider, CancellationToken = cancellationToken });
        Assert.Null(result.Errors);
        return scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
