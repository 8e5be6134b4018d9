namespace Gateway.Graph.Tests.Relay.TestGraph;

public enum TestKind
{
    Admin,
    User,
    Guest,
}

public sealed record TestTag(string Label);

public sealed record TestItem(
    int Id,
    string? Name,
    bool? Active,
    int? Rank,
    decimal? Score,
    TestKind? Kind,
    DateTimeOffset? CreatedAt,
    IReadOnlyList<TestTag> Tags);
