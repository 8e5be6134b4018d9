using Gateway.Graph.Mutations;

namespace Gateway.Graph.People;

/// <summary>
/// A person named in a mutation input by <c>personId</c> (global id: <see cref="IdKey"/>) or by <c>email</c>
/// (<see cref="MergeKey"/>, the normalised email); <see cref="Given"/> is what the caller wrote, for error messages.
/// </summary>
public sealed record PersonReference(string? IdKey, string? MergeKey, string Given)
{
    /// <summary>Reads <c>personId</c> or <c>email</c> (exactly one is needed), adding typed errors to <paramref name="checks"/>.</summary>
    public static PersonReference? Read(MutationInput input, InputChecks checks, string idField = "personId")
    {
        if (input.String(idField) is { Length: > 0 } id)
        {
            return checks.GlobalIdKey(input.PathOf(idField), id, PersonType.TypeName) is { } key ? new PersonReference(key, null, id) : null;
        }

        if (input.Has("email"))
        {
            return checks.Email(input, "email") is { } email ? new PersonReference(null, Sources.EmailKey.Normalize(email), email) : null;
        }

        checks.Add(new Errors.RequiredFieldError($"Give `{input.PathOf(idField)}` or `{input.PathOf("email")}` to say who.", input.PathOf(idField)));
        return null;
    }

    /// <summary>The person this names in <paramref name="people"/>, or null.</summary>
    public Person? FindIn(PeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return IdKey is not null ? people.FindById(IdKey) : people.FindByKey(MergeKey!);
    }
}
