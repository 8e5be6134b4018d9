using Gateway.Graph.Mutations;

namespace Gateway.Graph.People;

/// <summary>The input of inviteUser (<c>InviteUserInput</c>).</summary>
public sealed record InviteUserInput(string? Email, string? FirstName, string? LastName, string? Title, string? Department, string? Team, string? Role);

/// <summary>The input of createPerson (<c>CreatePersonInput</c>).</summary>
public sealed record CreatePersonInput(
    string? Email, string? FirstName, string? LastName, string? Title, string? RoleId, string? Language, IReadOnlyList<string>? GroupIds);

/// <summary>
/// The input of updatePerson (<c>UpdatePersonInput</c>), a partial update: each field says whether it was written.
/// A field given as null keeps its value, as an omitted one does.
/// </summary>
public sealed record UpdatePersonInput(
    string? Id,
    Optional<string> FirstName,
    Optional<string> LastName,
    Optional<string> Title,
    Optional<string> RoleId,
    Optional<string> Language,
    Optional<IReadOnlyList<string>> GroupIds,
    Optional<bool?> Suspended)
{
    /// <summary>Whether any field other than <see cref="Id"/> carries a value, i.e. the PUT would change something.</summary>
    public bool ChangesSomething =>
        FirstName.HasValue || LastName.HasValue || Title.HasValue || RoleId.HasValue || Language.HasValue || GroupIds.HasValue || Suspended.HasValue;
}

/// <summary>The input of deletePerson (<c>DeletePersonInput</c>).</summary>
public sealed record DeletePersonInput(string? Id);

/// <summary>
/// The input of activatePortalUser and deactivatePortalUser (<c>ActivatePortalUserInput</c>, <c>DeactivatePortalUserInput</c>):
/// the two input types have the same fields.
/// </summary>
public sealed record PortalUserInput(string? PersonId, string? Email);
