using System.Globalization;
using Gateway.Graph.Errors;
using Gateway.Graph.Relay;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Mutations;

/// <summary>
/// Collects the typed errors of one mutation's input. Every check runs before any upstream call, so invalid input
/// costs nothing upstream and nothing is half-written; all problems are reported at once, not the first only.
/// </summary>
public sealed class InputChecks
{
    private readonly List<MutationError> _errors = [];

    public IReadOnlyList<MutationError> Errors => _errors;

    public bool Failed => _errors.Count > 0;

    public void Add(MutationError error) => _errors.Add(error);

    /// <summary>The trimmed value, or null with a <see cref="RequiredFieldError"/> naming <paramref name="path"/>.</summary>
    public string? Required(string? value, string path)
    {
        if (!string.IsNullOrEmpty(value)) return value;
        _errors.Add(new RequiredFieldError($"`{path}` is required and must not be blank.", path));
        return null;
    }

    /// <summary>
    /// The email when it is given and <see cref="EmailAddress"/> accepts it, else null with a <see cref="RequiredFieldError"/>
    /// or an <see cref="InvalidEmailError"/>; the error names the field, never the value.
    /// </summary>
    public string? Email(string? value, string path)
    {
        if (Required(value, path) is not { } email) return null;
        if (EmailAddress.IsValid(email)) return email;
        _errors.Add(new InvalidEmailError(EmailAddress.Invalid(path), email));
        return null;
    }

    /// <summary>The role (or <paramref name="fallback"/> when none is given), or null with a <see cref="RoleNotAllowedError"/>.</summary>
    public string? Role(string? role, string path, IReadOnlyList<string> allowed, string? fallback)
    {
        if (string.IsNullOrEmpty(role))
        {
            if (fallback is not null) return fallback;
            return Required(role, path);
        }

        if (allowed.Contains(role, StringComparer.Ordinal)) return role;
        _errors.Add(new RoleNotAllowedError(
            $"Role {InputEcho.Quote(role)} is not allowed for `{path}`; use one of: {string.Join(", ", allowed)}.", role, allowed));
        return null;
    }

    public decimal? Rate(decimal? rate, string path)
    {
        if (rate is not < 0) return rate;
        _errors.Add(new InvalidRateError($"`{path}` must be zero or more; got {rate.Value.ToString(CultureInfo.InvariantCulture)}.", rate.Value));
        return null;
    }

    /// <summary>A numeric upstream id (People v3 roles and groups, Worksection projects and tasks).</summary>
    public long? Number(string field, string? value)
    {
        if (value is null) return null;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0) return number;
        _errors.Add(new InvalidIdError($"`{field}` must be a positive number as the upstream issues it; got {InputEcho.Quote(value)}.", field, value));
        return null;
    }

    /// <summary>The key inside a global id of <paramref name="typeName"/>, or null with an <see cref="InvalidIdError"/>.</summary>
    public string? GlobalIdKey(string field, string id, string typeName)
    {
        if (GlobalId.TryParse(id, out var actualType, out var key) && actualType == typeName) return key;
        _errors.Add(new InvalidIdError($"`{field}` must be the id of a {typeName} returned by this gateway; got {InputEcho.Quote(id)}.", field, id));
        return null;
    }
}
