using GraphQL.Types;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public sealed class TestKindType : EnumerationGraphType<TestKind>
{
    public TestKindType()
    {
        Name = "TestKind";
    }
}
