using GraphQL.Types;

namespace Gateway.Graph;

public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> domains)
    {
        Name = "Mutation";
        Description = "Every write the Worksection, Zoho Projects and People v3 contracts allow, plus onboarding and offboarding across all three. " +
            "Input is validated before any upstream call; errors come back typed in each payload's `errors`.";
        foreach (var domain in domains) domain.AddTo(this);
    }
}
