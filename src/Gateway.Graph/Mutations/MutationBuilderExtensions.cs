using GraphQL.Types;

namespace Gateway.Graph.Mutations;

public static class MutationBuilderExtensions
{
    /// <summary>Declares a mutation whose payload fields read a <typeparamref name="TResult"/> on success.</summary>
    public static MutationBuilder<TResult> Mutation<TResult>(this ObjectGraphType mutation, string name, string description) where TResult : class =>
        new(mutation, name, description);
}
