using Gateway.Graph.Filtering;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public sealed class TestItemFilterInput : FilterInputType<TestItem>
{
    public TestItemFilterInput()
    {
        Name = "TestItemFilterInput";
        String("name", i => i.Name, "The item's name.");
        Boolean("active", i => i.Active, "Whether the item is active.");
        Int("rank", i => i.Rank, "The item's rank.");
        Decimal("score", i => i.Score, "The item's score.");
        Enum<TestKindType, TestKind>("kind", i => i.Kind, "The item's kind.");
        DateTime("createdAt", i => i.CreatedAt, "When the item was created.");
        List<TestTag, TestTagFilterInput>("tags", i => i.Tags, "The item's tags.");
    }
}
