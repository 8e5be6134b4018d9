using Gateway.Graph.Filtering;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

public sealed class PersonConflictFilterInputType : FilterInputType<PersonConflict>
{
    public PersonConflictFilterInputType()
    {
        Name = "PersonConflictFilterInput";
        Description = "Filters a person's conflicts.";
        Enum<ConflictKindType, ConflictKind>("kind", c => c.Kind, "How the records disagree.");
        Enum<PersonFieldType, PersonField>("field", c => c.Field, "The field in question.");
        EnumOf<SourceSystemType, UpstreamName>("system", c => c.System, "The one system concerned (duplicate or missing accounts).");
    }
}
