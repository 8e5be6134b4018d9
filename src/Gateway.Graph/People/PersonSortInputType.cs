using Gateway.Graph.Sorting;

namespace Gateway.Graph.People;

public sealed class PersonSortInputType : SortInputType<Person>
{
    public PersonSortInputType()
    {
        Name = "PersonSortInput";
        Description = "Orders people; several entries sort by the first, then the next.";
        Field("email", p => p.Email, "The merge email.");
        Field("firstName", p => p.FirstName, "First name.");
        Field("lastName", p => p.LastName, "Last name.");
        Field("displayName", p => p.DisplayName, "Full name as shown.");
        Field("title", p => p.Title, "Job title.");
        Field("department", p => p.Department, "Department.");
        Field("active", p => p.Active, "Active first with DESC.");
        Field("createdAt", p => p.CreatedAt, "Creation time.");
        Field("lastActiveAt", p => p.LastActiveAt, "Last activity.");
        Field("conflictCount", p => p.Provenance.Conflicts.Count, "How many conflicts the person's records have; most first with DESC.");
    }
}
