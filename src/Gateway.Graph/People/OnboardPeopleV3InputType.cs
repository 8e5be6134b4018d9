using GraphQL.Types;

namespace Gateway.Graph.People;

public sealed class OnboardPeopleV3InputType : InputObjectGraphType
{
    public OnboardPeopleV3InputType()
    {
        Name = "OnboardPeopleV3Input";
        Description = "How onboardPerson creates the People v3 record.";
        Field<IdGraphType>("roleId").Description("A People v3 role id: the `id` of one of `peopleV3Roles`.");
        Field<StringGraphType>("language").Description("A People v3 language code, e.g. `en`: the `code` of one of `peopleV3Languages`.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("groupIds").Description("People v3 group ids.");
    }
}
