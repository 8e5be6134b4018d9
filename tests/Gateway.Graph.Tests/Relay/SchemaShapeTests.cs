using Gateway.Graph.Tests.Relay.TestGraph;
using GraphQL;

namespace Gateway.Graph.Tests.Relay;

/// <summary>The printed SDL carries Hot Chocolate's type names and shapes, so Hot Chocolate client documents validate.</summary>
public sealed class SchemaShapeTests : IDisposable
{
    private readonly TestGraphHost _host = new();

    [Theory]
    [InlineData("""
        items(
            "Returns the first _n_ elements from the list."
            first: Int,
            "Returns the elements in the list that come after the specified cursor."
            after: String,
            "Returns the last _n_ elements from the list."
            last: Int,
            "Returns the elements in the list that come before the specified cursor."
            before: String,
            where: TestItemFilterInput,
            order: [TestItemSortInput!]): TestItemConnection

        """)]
    [InlineData("""
        "A connection to a list of items."
        type TestItemConnection {
          "A list of edges."
          edges: [TestItemEdge!]
          "A flattened list of the nodes."
          nodes: [TestItem!]
          "Information to aid in pagination."
          pageInfo: PageInfo!
          "Identifies the total count of items in the connection."
          totalCount: Int!
        }
        """)]
    [InlineData("""
        "An edge in a connection."
        type TestItemEdge {
          "A cursor for use in pagination."
          cursor: String!
          "The item at the end of the edge."
          node: TestItem!
        }
        """)]
    [InlineData("""
        "Information about pagination in a connection."
        type PageInfo {
          "Indicates whether more edges exist following the set defined by the clients arguments."
          hasNextPage: Boolean!
          "Indicates whether more edges exist prior the set defined by the clients arguments."
          hasPreviousPage: Boolean!
          "When paginating backwards, the cursor to continue."
          startCursor: String
          "When paginating forwards, the cursor to continue."
          endCursor: String
        }
        """)]
    [InlineData("""
        "The node interface is implemented by entities that have a global unique identifier."
        interface Node {
        """)]
    [InlineData("type TestItem implements Node {")]
    [InlineData("createdAt: DateTime\n")]
    [InlineData("""
        "The `DateTime` scalar represents an ISO-8601 compliant date time type."
        scalar DateTime
        """)]
    [InlineData("""
        input TestItemFilterInput {
          "Matches when every condition in the list matches."
          and: [TestItemFilterInput!]
          "Matches when at least one condition in the list matches."
          or: [TestItemFilterInput!]
          "The item's name."
          name: StringOperationFilterInput
          "Whether the item is active."
          active: BooleanOperationFilterInput
          "The item's rank."
          rank: IntOperationFilterInput
          "The item's score."
          score: DecimalOperationFilterInput
          "The item's kind."
          kind: TestKindOperationFilterInput
          "When the item was created."
          createdAt: DateTimeOperationFilterInput
          "The item's tags."
          tags: ListFilterInputTypeOfTestTagFilterInput
        }
        """)]
    [InlineData("""
        input StringOperationFilterInput {
          and: [StringOperationFilterInput!]
          or: [StringOperationFilterInput!]
          eq: String
          neq: String
          contains: String
          ncontains: String
          in: [String]
          nin: [String]
          startsWith: String
          nstartsWith: String
          endsWith: String
          nendsWith: String
        }
        """)]
    [InlineData("""
        input BooleanOperationFilterInput {
          eq: Boolean
          neq: Boolean
        }
        """)]
    [InlineData("""
        input IntOperationFilterInput {
          eq: Int
          neq: Int
          in: [Int]
          nin: [Int]
          gt: Int
          ngt: Int
          gte: Int
          ngte: Int
          lt: Int
          nlt: Int
          lte: Int
          nlte: Int
        }
        """)]
    [InlineData("input DecimalOperationFilterInput {\n  eq: Decimal\n")]
    [InlineData("input DateTimeOperationFilterInput {\n  eq: DateTime\n")]
    [InlineData("""
        input TestKindOperationFilterInput {
          eq: TestKind
          neq: TestKind
          in: [TestKind]
          nin: [TestKind]
        }
        """)]
    [InlineData("""
        input ListFilterInputTypeOfTestTagFilterInput {
          all: TestTagFilterInput
          none: TestTagFilterInput
          some: TestTagFilterInput
          any: Boolean
        }
        """)]
    [InlineData("""
        input TestItemSortInput {
          "The item's number."
          number: SortEnumType
        """)]
    [InlineData("""
        enum SortEnumType {
          ASC
          DESC
        }
        """)]
    public void PrintedSchema_HasHotChocolateShape(string expected)
    {
        // Blocks quoted with Hot Chocolate's descriptions must match as printed; blocks quoted without them
        // (Hot Chocolate leaves filter operations undescribed, we describe them) must match the shape alone.
        var described = _host.Schema.Print().ReplaceLineEndings("\n");
        var bare = _host.Schema.Print(new GraphQL.Utilities.PrintOptions { IncludeDescriptions = false }).ReplaceLineEndings("\n");
        expected = expected.ReplaceLineEndings("\n");

        Assert.True(described.Contains(expected, StringComparison.Ordinal) || bare.Contains(expected, StringComparison.Ordinal),
            $"Expected block not found in the printed schema:\n{expected}\n---\n{described}");
    }

    [Fact]
    public void PrintedSchema_OneDateScalarNamedAsHotChocolates()
    {
        Assert.DoesNotContain("DateTimeOffset", _host.Schema.Print(), StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
