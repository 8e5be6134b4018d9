using GraphQL;
using GraphQL.Types;

namespace Gateway.Graph.Relay;

public static class NodeGraphTypeExtensions
{
    /// <summary>Makes the type a Relay <c>Node</c>: implements the interface and adds <c>id: ID!</c> as a global id of the key.</summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, string typeName, Func<T, string> key) =>
        type.ImplementNode(typeName, ctx => key(ctx.Source));

    /// <summary>As above, for a key that needs the request's services (e.g. a keyed hash).</summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, string typeName, Func<IResolveFieldContext<T>, string> key)
    {
        type.Interface<NodeInterfaceType>();
        type.IsTypeOf = value => value is T;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id; stable across restarts. Never parse it.")
            .Resolve(ctx => GlobalId.Serialize(typeName, key(ctx)));
    }
}
