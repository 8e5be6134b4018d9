namespace Gateway.Graph.Tests.Relay.TestGraph;

/// <summary>The data every connection test queries; ids are the list positions plus one.</summary>
public static class TestItems
{
    public static readonly IReadOnlyList<TestItem> All =
    [
        new(1, "Alice", true, 3, 1.5m, TestKind.Admin, At("2024-01-01T00:00:00Z"), [new("a"), new("b")]),
        new(2, "bob", false, 1, 2.25m, TestKind.User, At("2024-02-01T00:00:00Z"), [new("b")]),
        new(3, "Carol", true, null, null, TestKind.Guest, null, []),
        new(4, null, null, 2, 0.5m, null, At("2023-12-31T00:00:00Z"), [new("c")]),
        new(5, "alice", true, 3, 10m, TestKind.User, At("2024-03-15T10:00:00+02:00"), [new("a")]),
        new(6, "Dave", false, 5, 3.75m, TestKind.Admin, At("2025-01-01T00:00:00Z"), [new("a"), new("c")]),
        new(7, "Eve", true, 4, -1m, TestKind.Guest, At("2024-06-30T00:00:00Z"), [new("b"), new("c")]),
        new(8, "Bob", null, 1, 2.25m, TestKind.User, At("2024-02-01T00:00:00Z"), []),
    ];

    private static DateTimeOffset At(string value) => DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
