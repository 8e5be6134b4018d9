using Gateway.Graph.Filtering;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public sealed class TestTagFilterInput : FilterInputType<TestTag>
{
    public TestTagFilterInput()
    {
        Name = "TestTagFilterInput";
        String("label", t => t.Label, "The tag's label.");
    }
}
