using Gateway.Graph.Filtering;
using Gateway.Graph.Provenance;
using Gateway.Graph.Sources;

namespace Gateway.Graph.People;

public sealed class PersonFilterInputType : FilterInputType<Person>
{
    public PersonFilterInputType()
    {
        Name = "PersonFilterInput";
        Description = "Filters people, in HotChocolate.Data's shape.";
        String("email", p => p.Email, "The merge email (lower-case).");
        String("firstName", p => p.FirstName, "First name.");
        String("lastName", p => p.LastName, "Last name.");
        String("displayName", p => p.DisplayName, "Full name as shown.");
        String("title", p => p.Title, "Job title.");
        String("department", p => p.Department, "Department.");
        String("language", p => p.Language, "Language code.");
        Boolean("active", p => p.Active, "Whether the person is active.");
        Boolean("suspended", p => p.Suspended, "Whether People v3 marks the person suspended.");
        Decimal("rate", p => p.Rate, "Worksection rate.");
        DateTime("createdAt", p => p.CreatedAt, "When the record was created.");
        DateTime("lastActiveAt", p => p.LastActiveAt, "Last activity.");
        List<SourceAccount, SourceAccountFilterInputType>("accounts", p => p.Accounts, "The upstream records merged into the person.");
        Boolean("hasConflicts", p => p.Provenance.Conflicts.Count > 0, "Whether the person's records disagree (see `conflicts`).");
        List<PersonConflict, PersonConflictFilterInputType>("conflicts", p => p.Provenance.Conflicts, "Where the person's records disagree.");
    }
}
