using GraphQL.Types;

namespace Gateway.Graph;

/// <summary>
/// A domain's contribution to the single Query type. GraphQL.NET has no type extensions, so each domain folder
/// (People, Teams, …) adds its root fields through this, keeping the root fields next to the types they return.
/// </summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
