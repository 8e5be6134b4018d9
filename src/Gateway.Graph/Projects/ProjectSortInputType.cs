using Gateway.Graph.Sorting;

namespace Gateway.Graph.Projects;

public sealed class ProjectSortInputType : SortInputType<Project>
{
    public ProjectSortInputType()
    {
        Name = "ProjectSortInput";
        Description = "Orders projects.";
        Field("name", p => p.Name, "The project's name.");
        Field("status", p => p.Status, "Zoho's status.");
        Field("source", p => p.Source, "The upstream.");
        Field("createdAt", p => p.CreatedAt, "Creation time.");
    }
}
