using GraphQL.Types;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public sealed class TestTagType : ObjectGraphType<TestTag>
{
    public TestTagType()
    {
        Name = "TestTag";
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(ctx => ctx.Source.Label);
    }
}
