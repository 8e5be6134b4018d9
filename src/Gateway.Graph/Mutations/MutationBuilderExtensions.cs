using GraphQL.Types;

namespace Gateway.Graph.Mutations;

public static class MutationBuilderExtensions
{
    /// <summary>
    /// Declares a mutation whose <c>input</c> is bound to the record <typeparamref name="TInput"/> (<see cref="MutationInputBinder"/>)
    /// and whose payload fields read a <typeparamref name="TResult"/> on success.
    /// </summary>
    public static MutationBuilder<TInput, TResult> Mutation<TInput, TResult>(this ObjectGraphType mutation, string name, string description)
        where TInput : class where TResult : class =>
        new(mutation, name, description, MutationInputBinder.Bind<TInput>);
}
