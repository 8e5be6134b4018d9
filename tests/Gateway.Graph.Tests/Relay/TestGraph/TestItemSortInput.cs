using Gateway.Graph.Sorting;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public sealed class TestItemSortInput : SortInputType<TestItem>
{
    public TestItemSortInput()
    {
        Name = "TestItemSortInput";
        Field("number", i => i.Id, "The item's number.");
        Field("name", i => i.Name, "The item's name.");
        Field("active", i => i.Active, "Whether the item is active.");
        Field("rank", i => i.Rank, "The item's rank.");
        Field("score", i => i.Score, "The item's score.");
        Field("kind", i => i.Kind, "The item's kind.");
        Field("createdAt", i => i.CreatedAt, "When the item was created.");
    }
}
