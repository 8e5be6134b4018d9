using Gateway.Graph.Mutations;

namespace Gateway.Graph.People;

/// <summary>
/// A person named in a mutation input by <c>personId</c> (global id: <see cref="IdKey"/>) or by <c>email</c>
/// (<see cref="MergeKey"/>, the normalised email); <see cref="Given"/> is what the caller wrote, for error messages.
/// </summary>
public sealed record PersonReference(string? IdKey, string? MergeKey, string Given)
{
    /// <summary>
    /// The person named by <paramref name="personId"/> (a global id) or, when it is blank, by <paramref name="email"/>
    /// (exactly one is needed), adding typed errors to <paramref name="checks"/>.
    /// </summary>
    public static PersonReference? Read(string? personId, string? email, InputChecks checks)
    {
        if (personId is { Length: > 0 })
        {
            return checks.GlobalIdKey("personId", personId, PersonType.TypeName) is { } key ? new PersonReference(key, null, personId) : null;
        }

        if (email is not null)
        {
            return checks.Email(email, "email") is { } valid ? new PersonReference(null, Sources.EmailKey.Normalize(valid), valid) : null;
        }

        checks.Add(new Errors.RequiredFieldError("Give `personId` or `email` to say who.", "personId"));
        return null;
    }

    /// <summary>The person this names in <paramref name="people"/>, or null.</summary>
    public Person? FindIn(PeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return IdKey is not null ? people.FindById(IdKey) : people.FindByKey(MergeKey!);
    }
}
