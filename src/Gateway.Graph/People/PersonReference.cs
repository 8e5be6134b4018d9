using Gateway.Graph.Mutations;

namespace Gateway.Graph.People;

/// <summary>
/// A person named in a mutation input by <c>personId</c> (global id: <see cref="IdKey"/>) or by <c>email</c>
/// (<see cref="MergeKey"/>, the normalised email); <see cref="Given"/> is what the caller wrote, for error messages.
/// </summary>
public sealed record PersonReference(string? IdKey, string? MergeKey, string Given)
{
    /// <summary>Reads <c>personId</c> or <c>email</c> (exactly one is needed), adding typed errors to <paramref name="checks"/>.</summary>
    public static PersonReference? Read(MutationInput input, InputChecks checks, string idField = "personId") =>
        Read(input.String(idField), input.Has("email") ? input.String("email") : null, checks, input.PathOf(idField));

    /// <summary>
    /// The person named by <paramref name="personId"/> (a global id) or, when it is blank, by <paramref name="email"/>
    /// (exactly one is needed), adding typed errors to <paramref name="checks"/>.
    /// </summary>
    public static PersonReference? Read(string? personId, string? email, InputChecks checks, string idPath = "personId")
    {
        if (personId is { Length: > 0 })
        {
            return checks.GlobalIdKey(idPath, personId, PersonType.TypeName) is { } key ? new PersonReference(key, null, personId) : null;
        }

        if (email is not null)
        {
            return checks.Email(email, "email") is { } valid ? new PersonReference(null, Sources.EmailKey.Normalize(valid), valid) : null;
        }

        checks.Add(new Errors.RequiredFieldError($"Give `{idPath}` or `email` to say who.", idPath));
        return null;
    }

    /// <summary>The person this names in <paramref name="people"/>, or null.</summary>
    public Person? FindIn(PeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return IdKey is not null ? people.FindById(IdKey) : people.FindByKey(MergeKey!);
    }
}
