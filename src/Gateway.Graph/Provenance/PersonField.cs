namespace Gateway.Graph.Provenance;

/// <summary>A merged scalar field of a person whose provenance the graph reports.</summary>
public enum PersonField
{
    Email,
    FirstName,
    LastName,
    DisplayName,
    Title,
    Department,
    AvatarUrl,
    TimezoneOffsetHours,
    Language,
    Active,
    CreatedAt,
    Rate,
    Phone,
    Address,
}

/// <summary>What the graph knows about each <see cref="PersonField"/>: how values compare, and who may read them.</summary>
public static class PersonFields
{
    /// <summary>
    /// Fields whose values, after <see cref="FieldValues.Normalize"/>, must agree across a person's accounts; a difference
    /// is a VALUE_MISMATCH. Display name is left out (it is made of the name parts, which are compared), and so are
    /// values each system owns by nature: its own avatar image, its own creation time.
    /// </summary>
    public static bool IsCompared(PersonField field) =>
        field is PersonField.FirstName or PersonField.LastName or PersonField.Title or PersonField.Language or PersonField.TimezoneOffsetHours;

    /// <summary>The field in words, for messages: "time zone", "first name".</summary>
    public static string Describe(PersonField field) => field switch
    {
        PersonField.TimezoneOffsetHours => "time zone",
        PersonField.AvatarUrl => "avatar",
        PersonField.CreatedAt => "creation time",
        PersonField.FirstName => "first name",
        PersonField.LastName => "last name",
        PersonField.DisplayName => "display name",
        _ => field.ToString().ToLowerInvariant(),
    };

    /// <summary>Fields whose values are personal contact data: reading them needs the <c>people:pii</c> scope, as on <c>Person</c>.</summary>
    public static bool IsPii(PersonField field) => field is PersonField.Phone or PersonField.Address;
}
