using GraphQL.Types;

namespace Gateway.Graph.Mutations;

public static class MutationBuilderExtensions
{
    public static MutationBuilder Mutation(this ObjectGraphType mutation, string name, string description) => new(mutation, name, description);
}
