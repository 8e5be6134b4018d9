using Gateway.Graph.Filtering;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Projects;

public sealed class ProjectFilterInputType : FilterInputType<Project>
{
    public ProjectFilterInputType()
    {
        Name = "ProjectFilterInput";
        Description = "Filters projects, in HotChocolate.Data's shape.";
        String("name", p => p.Name, "The project's name.");
        String("status", p => p.Status, "Zoho's project status.");
        String("ownerName", p => p.OwnerName, "The owner's name.");
        EnumOf<SourceSystemType, UpstreamName>("source", p => p.Source, "The upstream the project lives in.");
        DateTime("createdAt", p => p.CreatedAt, "When the project was created.");
    }
}
