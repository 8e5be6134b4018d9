using GraphQL.Types;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQuery query)
        : base(services)
    {
        Query = query;
        RegisterType(typeof(TestItemType));
    }
}
