using GraphQL.Types;

namespace Gateway.Graph.Relay;

/// <summary>The Relay <c>Node</c> interface that every type with a global id implements.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    /// <summary>Creates the <c>Node</c> interface with its <c>id: ID!</c> field.</summary>
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "The node interface is implemented by entities that have a global unique identifier.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique identifier of this object.");
    }
}
