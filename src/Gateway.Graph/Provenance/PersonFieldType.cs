using GraphQL.Types;

namespace Gateway.Graph.Provenance;

public sealed class PersonFieldType : EnumerationGraphType<PersonField>
{
    public PersonFieldType()
    {
        Name = "PersonField";
        Description = "A merged field of `Person` whose sources the graph reports. PHONE and ADDRESS values need the `people:pii` scope.";
        foreach (var value in Values)
            value.Description = Descriptions[(PersonField)value.Value!];
    }

    private static readonly Dictionary<PersonField, string> Descriptions = new()
    {
        [PersonField.Email] = "`email`: the merge key; each record's spelling is listed, compared trimmed and lower-cased.",
        [PersonField.FirstName] = "`firstName` (compared).",
        [PersonField.LastName] = "`lastName` (compared).",
        [PersonField.DisplayName] = "`displayName`.",
        [PersonField.Title] = "`title` (compared).",
        [PersonField.Department] = "`department`.",
        [PersonField.AvatarUrl] = "`avatarUrl`.",
        [PersonField.TimezoneOffsetHours] = "`timezoneOffsetHours` (compared).",
        [PersonField.Language] = "`language` (compared).",
        [PersonField.Active] = "`active`: each record's own state; a listed Worksection user is active.",
        [PersonField.CreatedAt] = "`createdAt`.",
        [PersonField.Rate] = "`rate`.",
        [PersonField.Phone] = "`phones.main`; needs `people:pii`.",
        [PersonField.Address] = "The first of `addresses`; needs `people:pii`.",
    };
}
