using GraphQL.Types;

namespace Gateway.Graph;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> domains)
    {
        Name = "Query";
        Description = "One Person / Team / Contact / Project graph over Worksection, Zoho Projects and People v3.";
        foreach (var domain in domains) domain.AddTo(this);
    }
}
