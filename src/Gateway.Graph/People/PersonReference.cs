using Gateway.Graph.Mutations;
using Gateway.Graph.Sources;

namespace Gateway.Graph.People;

/// <summary>A person named in a mutation input by <c>personId</c> (global id) or by <c>email</c>; <see cref="Key"/> is the merge key.</summary>
public sealed record PersonReference(string Key, string Given)
{
    /// <summary>Reads <c>personId</c> or <c>email</c> (exactly one is needed), adding typed errors to <paramref name="checks"/>.</summary>
    public static PersonReference? Read(MutationInput input, InputChecks checks, string idField = "personId")
    {
        if (input.String(idField) is { Length: > 0 } id)
        {
            return checks.GlobalIdKey(input.PathOf(idField), id, PersonType.TypeName) is { } key ? new PersonReference(key, id) : null;
        }

        if (input.Has("email"))
        {
            return checks.Email(input, "email") is { } email ? new PersonReference(EmailKey.Normalize(email), email) : null;
        }

        checks.Add(new Errors.RequiredFieldError($"Give `{input.PathOf(idField)}` or `{input.PathOf("email")}` to say who.", input.PathOf(idField)));
        return null;
    }
}
