using GraphQL.Types;

namespace Gateway.Graph.People;

public sealed class OnboardZohoProjectsInputType : InputObjectGraphType
{
    public OnboardZohoProjectsInputType()
    {
        Name = "OnboardZohoProjectsInput";
        Description = "How onboardPerson adds the person to Zoho Projects. Zoho has no portal invitation call: joining a project makes the portal user.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("projectIds").Description("Zoho projects to join: Project ids from this gateway or Zoho ids.");
        Field<StringGraphType>("role").Description("manager, employee (default) or contractor.");
        Field<DecimalGraphType>("rate").Description("Hourly rate in those projects; zero or more.");
    }
}
