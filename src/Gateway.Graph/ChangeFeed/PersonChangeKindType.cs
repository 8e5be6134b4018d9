using GraphQL.Types;

namespace Gateway.Graph.ChangeFeed;

public sealed class PersonChangeKindType : EnumerationGraphType<ChangeKind>
{
    public PersonChangeKindType()
    {
        Name = "PersonChangeKind";
        Description = "What happened to the person.";
    }
}
