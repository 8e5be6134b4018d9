using GraphQL.Types;

namespace Gateway.Graph;

/// <summary>
/// A domain's contribution to the single Mutation type, the write-side twin of <see cref="IQueryFields"/>:
/// each domain folder declares its mutations next to the types they return.
/// </summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
