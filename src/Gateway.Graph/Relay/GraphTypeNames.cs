using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Graph.Relay;

/// <summary>
/// The GraphQL name of a graph type class, known before the schema exists, so generic wrapper types
/// (<c>PersonConnection</c>, <c>ListFilterInputTypeOfSourceAccountFilterInput</c>) can name themselves in their constructors.
/// </summary>
internal static class GraphTypeNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    /// <summary>
    /// The <see cref="IGraphType.Name"/> of an instance when the class has a parameterless constructor
    /// (so a name set in the constructor counts); otherwise GraphQL.NET's default name for the class.
    /// </summary>
    public static string Of(Type graphType) => Names.GetOrAdd(graphType, static type =>
        type.GetConstructor(Type.EmptyTypes) is not null && Activator.CreateInstance(type) is IGraphType instance
            ? instance.Name
            : type.GraphQLName());
}
