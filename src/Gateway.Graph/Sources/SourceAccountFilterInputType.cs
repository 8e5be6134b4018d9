using Gateway.Graph.Filtering;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

public sealed class SourceAccountFilterInputType : FilterInputType<SourceAccount>
{
    public SourceAccountFilterInputType()
    {
        Name = "SourceAccountFilterInput";
        Description = "Filters the upstream records of a person.";
        EnumOf<SourceSystemType, UpstreamName>("source", a => a.Source, "The upstream system.");
        String("externalId", a => a.ExternalId, "The record's id in that system.");
        String("email", a => a.Email, "The email as that system stores it.");
        String("role", a => a.Role, "The role in that system (Worksection and Zoho).");
        Boolean("active", a => a.Active, "Whether that system considers the account active.");
    }
}
