using Gateway.Graph.Filtering;
using Gateway.Graph.Sorting;
using GraphQL;
using GraphQL.DI;

namespace Gateway.Graph.Relay;

/// <summary>Registers the generic and shared graph types of connections, filtering and sorting.</summary>
public static class ConnectionGraphBuilderExtensions
{
    /// <summary>
    /// Registers <c>Node</c>, <c>PageInfo</c>, <c>SortEnumType</c>, the operation filter inputs and the open generic
    /// connection, edge, enum filter and list filter types, so the schema can create any closed form of them.
    /// Subclasses of <see cref="FilterInputType{T}"/> and <see cref="SortInputType{T}"/> are found by <c>AddGraphTypes(assembly)</c>.
    /// </summary>
    public static IGraphQLBuilder AddConnectionTypes(this IGraphQLBuilder builder)
    {
        builder.Services
            .Register<NodeInterfaceType>(ServiceLifetime.Transient)
            .Register<PageInfoType>(ServiceLifetime.Transient)
            .Register<SortEnumType>(ServiceLifetime.Transient)
            .Register<Scalars.DateTimeType>(ServiceLifetime.Transient)
            .Register<StringOperationFilterInputType>(ServiceLifetime.Transient)
            .Register<BooleanOperationFilterInputType>(ServiceLifetime.Transient)
            .Register<IntOperationFilterInputType>(ServiceLifetime.Transient)
            .Register<DecimalOperationFilterInputType>(ServiceLifetime.Transient)
            .Register<DateTimeOperationFilterInputType>(ServiceLifetime.Transient)
            .Register(typeof(ConnectionType<,>), typeof(ConnectionType<,>), ServiceLifetime.Transient)
            .Register(typeof(EdgeType<,>), typeof(EdgeType<,>), ServiceLifetime.Transient)
            .Register(typeof(EnumOperationFilterInputType<>), typeof(EnumOperationFilterInputType<>), ServiceLifetime.Transient)
            .Register(typeof(ListFilterInputType<>), typeof(ListFilterInputType<>), ServiceLifetime.Transient);
        return builder;
    }
}
