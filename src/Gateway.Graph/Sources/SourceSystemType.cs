using GraphQL.Types;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

public sealed class SourceSystemType : EnumerationGraphType
{
    public SourceSystemType()
    {
        Name = "SourceSystem";
        Description = "An upstream system the gateway reads and writes.";
        Add("WORKSECTION", UpstreamName.Worksection, "Worksection (admin API v2).");
        Add("ZOHO_PROJECTS", UpstreamName.ZohoProjects, "Zoho Projects (portal users and project users).");
        Add("PEOPLE_V3", UpstreamName.PeopleV3, "People API v3.");
    }
}
