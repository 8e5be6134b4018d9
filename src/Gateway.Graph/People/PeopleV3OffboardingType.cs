using GraphQL.Types;

namespace Gateway.Graph.People;

public sealed class PeopleV3OffboardingType : EnumerationGraphType
{
    public PeopleV3OffboardingType()
    {
        Name = "PeopleV3Offboarding";
        Description = "How offboardPerson treats the People v3 record.";
        Add("SUSPEND", PeopleV3Offboarding.Suspend, "Keep the record, suspended (`PUT v3/people/{id}` with suspended=true). The default.");
        Add("DELETE", PeopleV3Offboarding.Delete, "Delete the record (`DELETE v3/people/{id}`).");
    }
}
