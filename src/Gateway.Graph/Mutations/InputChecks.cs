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

    /// <summary>The trimmed value, or null with a <see cref="RequiredFieldError"/>.</summary>
    public string? Required(MutationInput input, string field)
    {
        var value = input.String(field);
        if (!string.IsNullOrEmpty(value)) return value;
        _errors.Add(new RequiredFieldError($"`{input.PathOf(field)}` is required and must not be blank.", input.PathOf(field)));
        return null;
    }

    /// <summary>The trimmed email, or null with a <see cref="RequiredFieldError"/> or <see cref="InvalidEmailError"/>.</summary>
    public string? Email(MutationInput input, string field) => Required(input, field) is { } email ? Email(email, input.PathOf(field)) : null;

    /// <summary>The email when <see cref="EmailAddress"/> accepts it; the error names the field, never the value.</summary>
    public string? Email(string email, string path)
    {
        if (EmailAddress.IsValid(email)) return email;
        _errors.Add(new InvalidEmailError(EmailAddress.Invalid(path), email));
        return null;
    }

    /// <summary>The role (or <paramref name="fallback"/> when none is given), or null with a <see cref="RoleNotAllowedError"/>.</summary>
    public string? Role(MutationInput input, string field, IReadOnlyList<string> allowed, string? fallback)
    {
        var role = input.String(field);
        if (string.IsNullOrEmpty(role))
        {
            if (fallback is not null) return fallback;
            return Required(input, field);
        }

        if (allowed.Contains(role, StringComparer.Ordinal)) return role;
        _errors.Add(new RoleNotAllowedError(
            $"Role {InputEcho.Quote(role)} is not allowed for `{input.PathOf(field)}`; use one of: {string.Join(", ", allowed)}.", role, allowed));
        return null;
    }

    public decimal? Rate(MutationInput input, string field)
    {
        var rate = input.Decimal(field);
        if (rate is not < 0) return rate;
        _errors.Add(new InvalidRateError($"`{input.PathOf(field)}` must be zero or more; got {rate.Value.ToString(CultureInfo.InvariantCulture)}.", rate.Value));
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
