using Gateway.Graph.Relay;
using Gateway.Graph.Tests.Relay.TestGraph;
using GraphQL.Types;

namespace Gateway.Graph.Tests.Relay;

public sealed class ConnectionTypeNamingTests
{
    [Fact]
    public void NodeTypeSetsName_ConnectionAndEdgeUseIt()
    {
        Assert.Equal("TestItemConnection", new ConnectionType<TestItemType, TestItem>().Name);
        Assert.Equal("TestItemEdge", new EdgeType<TestItemType, TestItem>().Name);
    }

    [Fact]
    public void NodeTypeNeedsServices_NamedByGraphQLNetDefaultFromClass()
    {
        Assert.Equal("ServiceBackedConnection", new ConnectionType<ServiceBackedType, TestItem>().Name);
    }

    [Fact]
    public async Task DateTimeScalar_SerializesDateTimeOffsetValues()
    {
        using var host = new TestGraphHost();

        var response = await host.ExecuteAsync("{ items(first: 5) { nodes { number createdAt } } }");

        response.NoErrors();
        var createdAt = response.GetProperty("data").GetProperty("items").GetProperty("nodes")[4].GetProperty("createdAt").GetString();
        Assert.Equal(DateTimeOffset.Parse("2024-03-15T10:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(createdAt!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class ServiceBackedType : ObjectGraphType<TestItem>
    {
        public ServiceBackedType(IServiceProvider services)
        {
            ArgumentNullException.ThrowIfNull(services);
        }
    }
}
