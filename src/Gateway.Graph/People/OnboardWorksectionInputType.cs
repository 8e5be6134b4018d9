using GraphQL.Types;

namespace Gateway.Graph.People;

public sealed class OnboardWorksectionInputType : InputObjectGraphType
{
    public OnboardWorksectionInputType()
    {
        Name = "OnboardWorksectionInput";
        Description = "How onboardPerson invites the person to Worksection.";
        Field<StringGraphType>("role").Description("user (default), guest or reader.");
        Field<StringGraphType>("team").Description("The name of an existing Worksection team; Worksection's first team when omitted.");
    }
}
