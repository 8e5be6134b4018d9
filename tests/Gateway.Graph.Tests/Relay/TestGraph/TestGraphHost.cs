using System.Text.Json;
using Gateway.Graph.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Tests.Relay.TestGraph;

/// <summary>The test schema in a real GraphQL.NET service provider, with page sizes 3 (default) and 10 (maximum).</summary>
public sealed class TestGraphHost : IDisposable
{
    private readonly ServiceProvider _services;

    public TestGraphHost(bool includeTotalCount = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Paging:DefaultPageSize"] = "3",
            ["Graph:Paging:MaxPageSize"] = "10",
            ["Graph:Paging:IncludeTotalCount"] = includeTotalCount ? "true" : "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddPaging(configuration);
        services.AddSingleton<TestItemSource>();
        services.AddGraphQL(b => b
            .AddSchema<TestSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .AddConnectionTypes());
        _services = services.BuildServiceProvider();
    }

    public ISchema Schema => _services.GetRequiredService<TestSchema>();

    public TestItemSource Source => _services.GetRequiredService<TestItemSource>();

    public async Task<JsonElement> ExecuteAsync(string query, string? variablesJson = null)
    {
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        var result = await _services.GetRequiredService<IDocumentExecuter<TestSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson),
            RequestServices = _services,
        });
        return JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone();
    }

    public void Dispose() => _services.Dispose();
}
