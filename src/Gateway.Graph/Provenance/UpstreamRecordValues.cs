using System.Globalization;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Provenance;

/// <summary>
/// What each upstream record holds per <see cref="PersonField"/>, read the way the merge reads it. A field a system
/// does not have is absent (null), which is never a disagreement.
/// </summary>
public static class UpstreamRecordValues
{
    // Worksection's contract has no user state: an account user is active while listed.
    public static AccountValues From(WorksectionUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(UpstreamName.Worksection, user.Id, Active: true, UpdatedAt: null, new Dictionary<PersonField, string?>
        {
            [PersonField.Email] = user.Email,
            [PersonField.FirstName] = user.FirstName,
            [PersonField.LastName] = user.LastName,
            [PersonField.DisplayName] = user.Name,
            [PersonField.Title] = user.Title,
            [PersonField.Department] = user.Department,
            [PersonField.AvatarUrl] = user.AvatarUrl,
            [PersonField.Active] = FieldValues.Format(true),
            [PersonField.CreatedAt] = FieldValues.Format(user.DateAdded),
            [PersonField.Rate] = FieldValues.Format(user.Rate),
            [PersonField.Phone] = user.Phone,
            [PersonField.Address] = user.Address,
        });
    }

    /// <summary>Zoho holds one display name; it is split at the first space for the name parts, as the merge does.</summary>
    public static AccountValues From(ZohoPortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var parts = string.IsNullOrWhiteSpace(user.Name) ? [] : user.Name.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return new(UpstreamName.ZohoProjects, user.Id, user.Active, UpdatedAt: null, new Dictionary<PersonField, string?>
        {
            [PersonField.Email] = user.Email,
            [PersonField.FirstName] = parts.Length > 0 ? parts[0] : null,
            [PersonField.LastName] = parts.Length > 1 ? parts[1] : null,
            [PersonField.DisplayName] = user.Name,
            [PersonField.Active] = FieldValues.Format(user.Active),
        });
    }

    public static AccountValues From(PeopleV3Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var fullName = string.Join(' ', new[] { person.FirstName, person.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
        return new(UpstreamName.PeopleV3, person.Id.ToString(CultureInfo.InvariantCulture), !person.Suspended, person.UpdatedAt, new Dictionary<PersonField, string?>
        {
            [PersonField.Email] = person.Email,
            [PersonField.FirstName] = person.FirstName,
            [PersonField.LastName] = person.LastName,
            [PersonField.DisplayName] = fullName.Length > 0 ? fullName : null,
            [PersonField.Title] = person.Title,
            [PersonField.AvatarUrl] = person.ImageUrl,
            [PersonField.TimezoneOffsetHours] = FieldValues.Format(person.Timezone),
            [PersonField.Language] = person.Language,
            [PersonField.Active] = FieldValues.Format(!person.Suspended),
            [PersonField.CreatedAt] = FieldValues.Format(person.CreatedAt),
        });
    }
}
