using Gateway.Graph.Relay;
using GraphQL.Types;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public sealed class TestItemType : ObjectGraphType<TestItem>
{
    public TestItemType()
    {
        Name = "TestItem";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Serialize("TestItem", ctx.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Field<IntGraphType>("number").Resolve(ctx => ctx.Source.Id);
        Field<StringGraphType>("name").Resolve(ctx => ctx.Source.Name);
        Field<BooleanGraphType>("active").Resolve(ctx => ctx.Source.Active);
        Field<IntGraphType>("rank").Resolve(ctx => ctx.Source.Rank);
        Field<DecimalGraphType>("score").Resolve(ctx => ctx.Source.Score);
        Field<TestKindType>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<Gateway.Graph.Scalars.DateTimeType>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TestTagType>>>>("tags").Resolve(ctx => ctx.Source.Tags);
    }
}
