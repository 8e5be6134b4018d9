using GraphQL.Types;

namespace Gateway.Graph.Provenance;

public sealed class PersonFieldType : EnumerationGraphType<PersonField>
{
    public PersonFieldType()
    {
        Name = "PersonField";
        Description = "A merged field of `Person` whose sources the graph reports. PHONE and ADDRESS values need the `people:pii` scope.";
    }
}
