namespace Gateway.Client.Generator.Tests;

/// <summary>Operation documents the tests feed the generator.</summary>
internal static class Documents
{
    public const string PersonCard = """
        fragment PersonCard on Person {
          id
          email
          displayName
          accounts { source }
        }
        """;

    /// <summary>Variables of input, scalar and list types, a fragment with a nested selection, aliases and an interface.</summary>
    public const string GetPeople = """
        query GetPeople($where: PersonFilterInput, $first: Int = 10, $order: [PersonSortInput!]) {
          people(where: $where, first: $first, order: $order) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              ...PersonCard
              accounts { externalId }
              createdAt
              rate
            }
          }
          anyNode: node(id: "x") {
            id
            ... on Team { name kind }
          }
        }
        """;
}
